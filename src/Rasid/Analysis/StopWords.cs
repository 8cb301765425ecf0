namespace Rasid.Analysis;

/// <summary>Arabic function words, from Resources/stopwords.txt, looked up in normalized form.</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = Load();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in RasidResources.ReadLines("stopwords.txt"))
        {
            set.Add(ArabicNormalizer.Normalize(line));
        }

        return set;
    }

    private static readonly int LongestWord = Words.Max(w => w.Length);

    /// <summary>Function words are short: longer words skip the hash lookup (the common case on the hot path).</summary>
    public static bool Contains(ReadOnlySpan<char> normalizedWord) => normalizedWord.Length <= LongestWord && Lookup.Contains(normalizedWord);
}
