namespace Rasid.Analysis;

/// <summary>
/// A coarse key under which words derived from one root mostly agree, for matching a question's words with the
/// passage that answers it in other forms (مولد and ولد، الحدود and حدد، استقلال and قلل). Not a root extractor
/// (no dictionary, no patterns table): from a light stem (see <see cref="LightStemmer"/>), each rule applied once
/// and only when three letters stay:
/// 1. A verb's subject or object ending goes: تما تم تن نا وا هم هن كم ت ا (كتبت → كتب، شمالا → شمال).
/// 2. A derivational or tense prefix goes, longest first: مست يست تست است ين ان يت تت ي ت ن ا م
///    (مستشار → شار، يتزوج → زوج، مولد → ولد).
/// 3. The long vowels ا و ي after the first letter go, while more than three letters are left (حدود → حدد،
///    ولاد → ولد).
/// Words of different roots meet under one key too (مدين and دين): the key weighs little beside the stem and
/// the word as written.
/// </summary>
public static class RootKey
{
    // Subject and object endings, longest first. ت teh, م meem, ا alef, ن noon, و waw, ه heh, ك kaf.
    private static readonly string[] Endings =
    [
        "\u062A\u0645\u0627", // تما
        "\u062A\u0645",       // تم
        "\u062A\u0646",       // تن
        "\u0646\u0627",       // نا
        "\u0648\u0627",       // وا
        "\u0647\u0645",       // هم
        "\u0647\u0646",       // هن
        "\u0643\u0645",       // كم
        "\u062A",             // ت
        "\u0627",             // ا
    ];

    // Derivational and tense prefixes, longest first. م meem, س seen, ت teh, ي yeh, ا alef, ن noon.
    private static readonly string[] Prefixes =
    [
        "\u0645\u0633\u062A", // مست
        "\u064A\u0633\u062A", // يست
        "\u062A\u0633\u062A", // تست
        "\u0627\u0633\u062A", // است
        "\u064A\u0646",       // ين
        "\u0627\u0646",       // ان
        "\u064A\u062A",       // يت
        "\u062A\u062A",       // تت
        "\u064A",             // ي
        "\u062A",             // ت
        "\u0646",             // ن
        "\u0627",             // ا
        "\u0645",             // م
    ];

    private const int RootLetters = 3;

    /// <summary>Writes the key of a light stem into <paramref name="destination"/> (at least as long) and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> stem, Span<char> destination)
    {
        int length = stem.Length;
        foreach (string ending in Endings)
        {
            if (length - ending.Length >= RootLetters && stem[..length].EndsWith(ending, StringComparison.Ordinal))
            {
                length -= ending.Length;
                break;
            }
        }

        int start = 0;
        foreach (string prefix in Prefixes)
        {
            if (length - prefix.Length >= RootLetters && stem[..length].StartsWith(prefix, StringComparison.Ordinal))
            {
                start = prefix.Length;
                break;
            }
        }

        int written = 0;
        int left = length - start;
        for (int i = start; i < length; i++)
        {
            char c = stem[i];
            if (i > start && left > RootLetters && c is ArabicLetters.Alef or ArabicLetters.Waw or ArabicLetters.Yeh)
            {
                left--;
                continue;
            }

            destination[written++] = c;
        }

        return written;
    }

    /// <summary>The key of a light stem.</summary>
    public static string Of(string stem)
    {
        var key = new char[stem.Length];
        return new string(key, 0, Write(stem, key));
    }
}
