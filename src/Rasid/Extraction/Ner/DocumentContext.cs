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
    public static ulong[][][] Features(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]> firstTags) =>
        Features(sentences.Select(words => words.Select(Gazetteer.Key).ToArray()).ToArray(), firstTags);

    /// <summary>As <see cref="Features(IReadOnlyList{IReadOnlyList{string}}, IReadOnlyList{string[]})"/>, from each word's gazetteer key, found already.</summary>
    internal static ulong[][][] Features(IReadOnlyList<string[]> keys, IReadOnlyList<string[]> firstTags)
    {
        var result = keys.Select(sentence => new ulong[sentence.Length][]).ToArray();
        ForEachWord(keys, firstTags, (s, i, features) => result[s][i] = features.ToArray());
        return result;
    }

    /// <summary>Receives one word's document-context features, valid only during the call.</summary>
    internal delegate void WordFeatures(int sentence, int word, ReadOnlySpan<ulong> features);

    /// <summary>
    /// Each word's document-context features, handed over word by word: the tagger adds their weights at once
    /// instead of keeping an array per word of every article ingested.
    /// </summary>
    internal static void ForEachWord(IReadOnlyList<string[]> keys, IReadOnlyList<string[]> firstTags, WordFeatures onWord)
    {
        int sentenceCount = keys.Count;

        // Per sentence: the (key, type) of every word inside an entity the first stage found.
        var entityWords = new List<(string Key, string Type)>[sentenceCount];
        for (int s = 0; s < sentenceCount; s++)
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

        // The counts of the sentences around each sentence, kept in reused tallies: this runs for every article ingested.
        var tallyOf = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var tallies = new List<Tally>();
        Span<ulong> features = stackalloc ulong[6];
        for (int s = 0; s < sentenceCount; s++)
        {
            tallyOf.Clear();
            int used = 0;
            for (int n = Math.Max(0, s - Window); n <= Math.Min(sentenceCount - 1, s + Window); n++)
            {
                foreach (var (key, type) in entityWords[n])
                {
                    if (!tallyOf.TryGetValue(key, out var tally))
                    {
                        if (used == tallies.Count)
                        {
                            tallies.Add(new Tally());
                        }

                        tally = tallies[used++];
                        tally.Clear();
                        tallyOf[key] = tally;
                    }

                    tally.Add(type);
                }
            }

            var tags = firstTags[s];
            for (int i = 0; i < tags.Length; i++)
            {
                int count = 0;
                features[count++] = NerFeatures.Hash(90, tags[i]);
                features[count++] = NerFeatures.Hash(91, i > 0 ? tags[i - 1] : "<s>", tags[i]);
                features[count++] = NerFeatures.Hash(92, tags[i], i + 1 < tags.Length ? tags[i + 1] : "</s>");
                if (tallyOf.TryGetValue(keys[s][i], out var tally))
                {
                    // Not counting this very word's own first-stage tag: the evidence must come from elsewhere.
                    var own = tags[i] == "O" ? "" : tags[i].AsSpan(2);
                    if (tally.TopOtherThan(own) is ({ } topType, int topCount))
                    {
                        features[count++] = NerFeatures.Hash(93, topType);
                        features[count++] = NerFeatures.Hash(94, topType, Math.Min(topCount, 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
                        features[count++] = NerFeatures.Hash(95, topType, tags[i]);
                    }
                }

                onWord(s, i, features[..count]);
            }
        }
    }

    /// <summary>How often the first stage gave one word each entity type around a sentence, types in the order first met.</summary>
    private sealed class Tally
    {
        private readonly string[] _types = new string[4];
        private readonly int[] _counts = new int[4];
        private int _distinct;

        public void Clear() => _distinct = 0;

        public void Add(string type)
        {
            for (int t = 0; t < _distinct; t++)
            {
                if (string.Equals(_types[t], type, StringComparison.Ordinal))
                {
                    _counts[t]++;
                    return;
                }
            }

            if (_distinct < _types.Length)
            {
                _types[_distinct] = type;
                _counts[_distinct++] = 1;
            }
        }

        /// <summary>The most frequent type once the word's own tag is taken off (the first met on a tie), or null when none is left.</summary>
        public (string Type, int Count)? TopOtherThan(ReadOnlySpan<char> own)
        {
            (string Type, int Count)? top = null;
            for (int t = 0; t < _distinct; t++)
            {
                int count = _counts[t] - (own.SequenceEqual(_types[t]) ? 1 : 0);
                if (count > 0 && (top is null || count > top.Value.Count))
                {
                    top = (_types[t], count);
                }
            }

            return top;
        }
    }
}
