using Rasid.Analysis;

namespace Rasid.Extraction;

/// <summary>
/// The kind of a name no list knows, from the words news puts around it (<c>Resources/kind-cues.txt</c>): a noun
/// before it (النموذج «R1»، نظارات Vanguard، شركة Forrester), its own last word (Reality Labs, KeyBanc Capital
/// Markets), the word after a Latin name (Vibes video generator), or letters and digits together (R1, Llama 4).
/// Written by hand: the tagger knows persons, places and organizations, and no Arabic tagger knows products.
/// </summary>
internal static class KindCues
{
    private sealed record Cues(Dictionary<string, string> Before, Dictionary<string, string> Last, Dictionary<string, string> After, Dictionary<string, string> Suffix);

    private static readonly Lazy<Cues> Table = new(() =>
    {
        var cues = new Cues(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        foreach (string line in RasidResources.ReadLines("kind-cues.txt"))
        {
            string[] columns = line.Split('\t');
            if (line.StartsWith('#') || columns.Length < 3)
            {
                continue;
            }

            var into = columns[1] switch { "before" => cues.Before, "last" => cues.Last, "suffix" => cues.Suffix, _ => cues.After };
            foreach (string word in columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                into.TryAdd(Bare(word), columns[0]);
            }
        }

        return cues;
    });

    /// <summary>How many words before a name may hold the noun that says what it is (النموذج الأكبر الموعود "Behemoth").</summary>
    private const int Reach = 3;

    /// <param name="before">The words before the name in its sentence, nearest last (an acronym in parentheses takes the kind of the name before it: «…» (MSL)).</param>
    /// <param name="after">The word right after it, if any.</param>
    /// <param name="onlyOwnWords">The tagger gave the name a kind: only the name's own last word may overrule it.</param>
    public static string? KindOf(string surface, IReadOnlyList<string> before, string? after, bool onlyOwnWords = false)
    {
        var cues = Table.Value;
        string[] words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        bool latin = words.All(w => w.Any(char.IsAsciiLetter));
        if (cues.Last.TryGetValue(latin ? words[^1].ToLowerInvariant() : Bare(words[^1]), out var byLast))
        {
            return byLast;
        }

        if (after is not null && cues.Suffix.TryGetValue(Bare(after), out var bySuffix))
        {
            return bySuffix; // the company's own legal suffix, left outside the name (ميزبرومب إنك): it overrules the tagger too
        }

        if (onlyOwnWords)
        {
            return null;
        }

        if (latin && (words.Any(w => w.Any(char.IsAsciiLetter) && w.Any(char.IsAsciiDigit)) || (words.Length > 1 && words[^1].All(char.IsAsciiDigit))))
        {
            return "product";
        }

        if (latin && after is not null && cues.After.TryGetValue(after.ToLowerInvariant(), out var byAfter))
        {
            return byAfter;
        }

        for (int k = before.Count - 1; k >= Math.Max(0, before.Count - Reach); k--)
        {
            if (cues.Before.TryGetValue(Bare(before[k]), out var byBefore))
            {
                return byBefore;
            }
        }

        return null;
    }

    /// <summary>A cue word as compared: normalized, a proclitic and the article off (وبالنموذج → نموذج).</summary>
    private static string Bare(string word)
    {
        string w = ArabicNormalizer.Normalize(word);
        if (w.Length > 3 && w[0] is '\u0648' or '\u0641')
        {
            w = w[1..];
        }

        int start = w.Length > 0 ? LightStemmer.StripPrefixes(w) : 0;
        if (start == 0 && w.Length > 3 && w[0] is '\u0628' or '\u0644' or '\u0643')
        {
            start = 1; // بنموذج، لشركة
        }

        return w[start..];
    }
}
