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

    /// <summary>The name key of a raw word or phrase: the keys <see cref="TermAnalyzer"/> gives its words, one per word.</summary>
    public static string Of(string text) =>
        string.Join(' ', TermAnalyzer.Analyze(text).DistinctBy(t => t.Start).Select(t => t.NameKey));
}
