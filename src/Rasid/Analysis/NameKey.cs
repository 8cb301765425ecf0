namespace Rasid.Analysis;

/// <summary>
/// A key under which transliteration variants of a name agree, for names in search and entity merging.
/// From the normalized, prefix-stripped word: ج غ ق and Persian گ all stand for the foreign g and fold
/// to one letter (زوكربيرج = زوكربيرغ, جوجل = غوغل = قوقل); ة/ه and ي/ى are already one letter after
/// normalization; a letter written twice in a row counts once (فيسبووك, Scalle). Vowel letters are kept,
/// so that words differing in their vowels (جمال, جميل) stay apart.
/// </summary>
public static class NameKey
{
    /// <summary>Writes the key of <paramref name="normalizedWord"/> into <paramref name="destination"/> and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> normalizedWord, Span<char> destination)
    {
        int w = 0;
        char previous = '\0';
        foreach (char c in normalizedWord)
        {
            char k = c switch
            {
                ArabicLetters.Ghain or ArabicLetters.Qaf or ArabicLetters.PersianGaf => ArabicLetters.Jeem,
                _ => c,
            };
            if (k == previous)
            {
                continue;
            }

            destination[w++] = k;
            previous = k;
        }

        return w;
    }

    /// <summary>The name key of a raw word or phrase (normalizes, strips clitic prefixes of each word).</summary>
    public static string Of(string text)
    {
        var parts = new List<string>();
        var e = new TokenEnumerator(text);
        Span<char> buffer = stackalloc char[256];
        Span<char> key = stackalloc char[256];
        while (e.MoveNext())
        {
            var token = e.Current;
            var source = text.AsSpan(token.Start, Math.Min(token.Length, 128));
            int len = ArabicNormalizer.Normalize(source, buffer);
            var word = buffer[..len];
            if (token.Kind == TokenKind.Arabic)
            {
                word = word[LightStemmer.StripPrefixes(word)..];
            }

            int k = Write(word, key);
            parts.Add(new string(key[..k]));
        }

        return string.Join(' ', parts);
    }
}
