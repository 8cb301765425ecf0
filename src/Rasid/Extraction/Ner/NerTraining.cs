namespace Rasid.Extraction.Ner;

/// <summary>Training the two-stage tagger from CoNLL sentences, with word clusters learned beforehand (or none).</summary>
public static class NerTraining
{
    private const int Folds = 5;

    /// <summary>
    /// The second stage must learn from first-stage tags as good (and as bad) as it will see on new text, so
    /// those tags come from models that did not train on the sentence (5-fold jackknife); the shipped first
    /// stage is then trained on everything.
    /// </summary>
    public static EntityTagger Train(IReadOnlyList<ConllSentence> sentences, WordClusters? clusters, int epochs, Action<string>? log = null, WordClusters? wideClusters = null)
    {
        var tagged = sentences.Where(s => s.Tags is not null).ToList();
        var features = new NerFeatures(clusters, EntityTagger.GivenNames, Gazetteer.Default, wideClusters);
        var firstFeatures = tagged.Select(s => features.Extract(s.Words)).ToList();
        var gold = tagged.Select(s => NerModel.ToBilou(s.Tags!).Select(NerModel.TagIndex).ToArray()).ToList();

        var heldOutTags = new string[tagged.Count][];
        for (int fold = 0; fold < Folds; fold++)
        {
            var train = Enumerable.Range(0, tagged.Count).Where(i => i % Folds != fold).Select(i => (firstFeatures[i], gold[i])).ToList();
            var model = NerModel.Train(train, epochs);
            for (int i = fold; i < tagged.Count; i += Folds)
            {
                heldOutTags[i] = model.Tag(firstFeatures[i]);
            }

            log?.Invoke($"first stage, fold {fold + 1} of {Folds} done");
        }

        var first = NerModel.Train(firstFeatures.Select((f, i) => (f, gold[i])).ToList(), epochs);
        log?.Invoke("first stage trained on all sentences");
        var secondFeatures = DocumentContext.AddFeatures(tagged.Select(s => s.Words).ToList(), firstFeatures, heldOutTags);
        var second = NerModel.Train(secondFeatures.Select((f, i) => (f, gold[i])).ToList(), epochs);
        log?.Invoke("second stage trained");
        return new EntityTagger(first, second, clusters, wideClusters);
    }

    /// <summary>
    /// Self-training: tags unlabeled documents and keeps, for each word seen at least <paramref name="minCount"/>
    /// times, the entity type the tagger gave it most of the time (a majority of its occurrences: "PERS"; at least
    /// a third: "PERS-").
    /// </summary>
    public static Dictionary<string, string> HarvestNames(EntityTagger tagger, IEnumerable<IReadOnlyList<IReadOnlyList<string>>> documents, int minCount = 3)
    {
        var counts = new System.Collections.Concurrent.ConcurrentDictionary<string, int[]>(StringComparer.Ordinal);
        string[] types = ["PERS", "LOC", "ORG", "MISC"];
        Parallel.ForEach(documents, document =>
        {
            var tags = tagger.TagDocument(document);
            for (int s = 0; s < document.Count; s++)
            {
                for (int i = 0; i < document[s].Count; i++)
                {
                    var c = counts.GetOrAdd(document[s][i], _ => new int[5]);
                    int t = tags[s][i] == "O" ? 4 : Array.IndexOf(types, tags[s][i][2..]);
                    Interlocked.Increment(ref c[t]);
                }
            }
        });

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, c) in counts)
        {
            int total = c.Sum();
            if (total < minCount)
            {
                continue;
            }

            int best = Enumerable.Range(0, 4).MaxBy(t => c[t]);
            if (c[best] * 2 > total)
            {
                names[word] = types[best];
            }
            else if (c[best] * 3 >= total)
            {
                names[word] = types[best] + "-";
            }
        }

        return names;
    }

    /// <summary>Scores a tagger on tagged sentences (taken as one document in order), entity by entity (seqeval's micro F1).</summary>
    public static (NerTypeScore Micro, IReadOnlyList<NerTypeScore> PerType) Evaluate(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences)
    {
        var tagged = sentences.Where(s => s.Tags is not null).ToList();
        var predicted = tagger.TagDocument(tagged.Select(s => s.Words).ToList());
        return NerScore.Score(tagged.Select((s, i) => (s.Tags!, (IReadOnlyList<string>)predicted[i])));
    }
}
