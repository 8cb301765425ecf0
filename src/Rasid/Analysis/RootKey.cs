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
    private const int RootLetters = 3;

    /// <summary>Writes the key of a light stem into <paramref name="destination"/> (at least as long) and returns its length.</summary>
    /// <remarks>
    /// The endings and prefixes are matched letter by letter rather than from tables of strings: a table walk with
    /// span comparisons was half the analyzer's time per word (SaudiNewsNet, 80 of 170 ns), and every index term
    /// passes here. <c>AffixRulesAsTablesTests</c> holds the tables and checks this against them.
    /// </remarks>
    public static int Write(ReadOnlySpan<char> stem, Span<char> destination)
    {
        int length = stem.Length;
        length -= EndingLength(stem, length);
        int start = PrefixLength(stem, length);

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

    /// <summary>The subject or object ending to drop, longest first, three letters kept: تما تم تن نا وا هم هن كم ت ا.</summary>
    private static int EndingLength(ReadOnlySpan<char> s, int n)
    {
        if (n < RootLetters + 1)
        {
            return 0;
        }

        char last = s[n - 1], before = s[n - 2];
        switch (last)
        {
            case ArabicLetters.Alef:
                if (n >= RootLetters + 3 && before == ArabicLetters.Meem && s[n - 3] == ArabicLetters.Teh)
                {
                    return 3; // تما
                }

                return n >= RootLetters + 2 && before is ArabicLetters.Noon or ArabicLetters.Waw ? 2 : 1; // نا وا، ا
            case ArabicLetters.Meem:
                return n >= RootLetters + 2 && before is ArabicLetters.Teh or ArabicLetters.Heh or ArabicLetters.Kaf ? 2 : 0; // تم هم كم
            case ArabicLetters.Noon:
                return n >= RootLetters + 2 && before is ArabicLetters.Teh or ArabicLetters.Heh ? 2 : 0; // تن هن
            case ArabicLetters.Teh:
                return 1; // ت
            default:
                return 0;
        }
    }

    /// <summary>The derivational or tense prefix to drop, longest first, three letters kept: مست يست تست است ين ان يت تت ي ت ن ا م.</summary>
    private static int PrefixLength(ReadOnlySpan<char> s, int n)
    {
        if (n < RootLetters + 1)
        {
            return 0;
        }

        char first = s[0], second = s[1];
        if (n >= RootLetters + 3 && second == ArabicLetters.Seen && s[2] == ArabicLetters.Teh
            && first is ArabicLetters.Meem or ArabicLetters.Yeh or ArabicLetters.Teh or ArabicLetters.Alef)
        {
            return 3; // مست يست تست است
        }

        if (n >= RootLetters + 2 && ((first is ArabicLetters.Yeh or ArabicLetters.Alef && second == ArabicLetters.Noon)
            || (first is ArabicLetters.Yeh or ArabicLetters.Teh && second == ArabicLetters.Teh)))
        {
            return 2; // ين ان يت تت
        }

        return first is ArabicLetters.Yeh or ArabicLetters.Teh or ArabicLetters.Noon or ArabicLetters.Alef or ArabicLetters.Meem ? 1 : 0;
    }

    /// <summary>The key of a light stem.</summary>
    public static string Of(string stem)
    {
        var key = new char[stem.Length];
        return new string(key, 0, Write(stem, key));
    }
}
