namespace Rasid.Extraction.Ner;

/// <summary>Precision, recall and F1 of one entity type (or of all, micro-averaged).</summary>
public sealed record NerTypeScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Entity-level scoring as seqeval does it by default: an entity counts only when its type and both ends match;
/// an I- tag that does not continue an entity of its type starts a new one.
/// </summary>
public static class NerScore
{
    public static (NerTypeScore Micro, IReadOnlyList<NerTypeScore> PerType) Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        var gold = new Dictionary<string, int>(StringComparer.Ordinal);
        var predicted = new Dictionary<string, int>(StringComparer.Ordinal);
        var correct = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (goldTags, predictedTags) in sentences)
        {
            var goldSpans = Spans(goldTags).ToHashSet();
            foreach (var span in goldSpans)
            {
                gold[span.Type] = gold.GetValueOrDefault(span.Type) + 1;
            }

            foreach (var span in Spans(predictedTags))
            {
                predicted[span.Type] = predicted.GetValueOrDefault(span.Type) + 1;
                if (goldSpans.Contains(span))
                {
                    correct[span.Type] = correct.GetValueOrDefault(span.Type) + 1;
                }
            }
        }

        var types = gold.Keys.Union(predicted.Keys).Order(StringComparer.Ordinal)
            .Select(t => new NerTypeScore(t, gold.GetValueOrDefault(t), predicted.GetValueOrDefault(t), correct.GetValueOrDefault(t)))
            .ToList();
        var micro = new NerTypeScore("all", types.Sum(t => t.Gold), types.Sum(t => t.Predicted), types.Sum(t => t.Correct));
        return (micro, types);
    }

    /// <summary>The entities a BIO sequence holds, as (type, first token, last token).</summary>
    public static IEnumerable<(string Type, int Start, int End)> Spans(IReadOnlyList<string> tags)
    {
        string? type = null;
        int start = 0;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string? tagType = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            bool continues = type is not null && tag.StartsWith("I-", StringComparison.Ordinal) && tagType == type;
            if (continues)
            {
                continue;
            }

            if (type is not null)
            {
                yield return (type, start, i - 1);
            }

            type = tagType;
            start = i;
        }
    }
}
