using Rasid.Analysis;

namespace Rasid.Extraction.Figures;

/// <summary>
/// Words that say a value changed (ارتفع، انخفض، تراجع، رفع، خفض), from <c>Resources/change-words.txt</c>, normalized:
/// figures read a change from one value to another after them, claims a toll that rose to a value after a rising one.
/// </summary>
public static class ChangeWords
{
    private static readonly Lazy<(HashSet<string> All, HashSet<string> Rising)> Words = new(() =>
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        var rising = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in RasidResources.ReadLines("change-words.txt"))
        {
            string[] columns = line.Split('\t');
            string word = ArabicNormalizer.Normalize(columns[^1].Trim());
            all.Add(word);
            if (columns[0] == "rise")
            {
                rising.Add(word);
            }
        }

        return (all, rising);
    });

    /// <summary>Every word of change, either way.</summary>
    public static IReadOnlySet<string> All => Words.Value.All;

    /// <summary>The words that say a value grew (ارتفع، زاد، وصل).</summary>
    public static IReadOnlySet<string> Rising => Words.Value.Rising;
}
