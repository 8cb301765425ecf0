namespace Rasid.Extraction.Ner;

/// <summary>
/// The second stage's evidence: what the first stage found in the neighbouring sentences. News names a person
/// in full once ("صالح الأعرجي") and by surname after ("قال الأعرجي"); a word the first stage tagged as a
/// person elsewhere in the article is likely a person here too. Words are compared by gazetteer key, so that
/// clitics (والأعرجي) and spelling variants agree.
/// </summary>
public static class DocumentContext
{
    /// <summary>Sentences either side that count as the same document when the input has no document boundaries.</summary>
    public const int Window = 10;

    /// <summary>Each word's first-stage features followed by its document-context features (what training reads).</summary>
    public static ulong[][][] AddFeatures(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<ulong[][]> firstFeatures, IReadOnlyList<string[]> firstTags)
    {
        var context = Features(sentences, firstTags);
        return context.Select((sentence, s) => sentence.Select((word, i) => (ulong[])[.. firstFeatures[s][i], .. word]).ToArray()).ToArray();
    }

    /// <summary>Each word's document-context features alone: the first stage's tags around it and elsewhere in the document.</summary>
    public static ulong[][][] Features(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> firstTags)
    {
        var keys = sentences.Select(words => words.Select(Gazetteer.Key).ToArray()).ToArray();

        // Per sentence: the (key, type) of every word inside an entity the first stage found.
        var entityWords = new List<(string Key, string Type)>[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            entityWords[s] = [];
            for (int i = 0; i < firstTags[s].Length; i++)
            {
                if (firstTags[s][i] != "O" && keys[s][i].Length > 1)
                {
                    entityWords[s].Add((keys[s][i], firstTags[s][i][2..]));
                }
            }
        }

        var result = new ulong[sentences.Count][][];
        for (int s = 0; s < sentences.Count; s++)
        {
            var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            for (int n = Math.Max(0, s - Window); n <= Math.Min(sentences.Count - 1, s + Window); n++)
            {
                foreach (var (key, type) in entityWords[n])
                {
                    if (!counts.TryGetValue(key, out var byType))
                    {
                        counts[key] = byType = new Dictionary<string, int>(StringComparer.Ordinal);
                    }

                    byType[type] = byType.GetValueOrDefault(type) + 1;
                }
            }

            var tags = firstTags[s];
            result[s] = new ulong[tags.Length][];
            for (int i = 0; i < tags.Length; i++)
            {
                var features = new List<ulong>(6) { NerFeatures.Hash(90, tags[i]) };
                features.Add(NerFeatures.Hash(91, i > 0 ? tags[i - 1] : "<s>", tags[i]));
                features.Add(NerFeatures.Hash(92, tags[i], i + 1 < tags.Length ? tags[i + 1] : "</s>"));
                if (counts.TryGetValue(keys[s][i], out var byType))
                {
                    // Not counting this very word's own first-stage tag: the evidence must come from elsewhere.
                    string own = tags[i] == "O" ? "" : tags[i][2..];
                    var others = byType.Select(p => (Type: p.Key, Count: p.Value - (p.Key == own ? 1 : 0))).Where(p => p.Count > 0).ToList();
                    if (others.Count > 0)
                    {
                        var top = others.MaxBy(p => p.Count);
                        features.Add(NerFeatures.Hash(93, top.Type));
                        features.Add(NerFeatures.Hash(94, top.Type, Math.Min(top.Count, 3).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                        features.Add(NerFeatures.Hash(95, top.Type, tags[i]));
                    }
                }

                result[s][i] = [.. features];
            }
        }

        return result;
    }
}
