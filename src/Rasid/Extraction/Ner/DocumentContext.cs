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
        var tagIndexes = firstTags.Select(tags => Array.ConvertAll(tags, NerModel.TagIndex)).ToArray();
        ForEachWord(keys, tagIndexes, (s, i, features) => result[s][i] = [.. features.ToArray().Select(id => AllFeatures[id])]);
        return result;
    }

    /// <summary>Receives one word's document-context features as indexes into <see cref="AllFeatures"/>, valid only during the call.</summary>
    internal delegate void WordFeatures(int sentence, int word, ReadOnlySpan<int> features);

    /// <summary>
    /// Every document-context feature there can be (a few hundred: they are made of tags, types and small counts),
    /// by index: the tagger finds each one's weights once, not once for each word of every article it tags.
    /// </summary>
    internal static IReadOnlyList<ulong> AllFeatures => Hashes.All;

    /// <summary>
    /// Each word's document-context features, handed over word by word: the tagger adds their weights at once
    /// instead of keeping an array per word of every article ingested.
    /// </summary>
    internal static void ForEachWord(IReadOnlyList<string[]> keys, IReadOnlyList<int[]> firstTags, WordFeatures onWord)
    {
        int sentenceCount = keys.Count;

        // Per sentence: every word inside an entity the first stage found, as its key's tally (one a distinct key in the
        // article) and its type. Counting a window of 21 sentences goes straight to the tallies: looking each entity
        // word's key up in a dictionary there had hashed its characters once for each sentence whose window it fell in.
        var tallyOf = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var entityWords = new List<(Tally Tally, int Type)>[sentenceCount];
        for (int s = 0; s < sentenceCount; s++)
        {
            entityWords[s] = [];
            for (int i = 0; i < firstTags[s].Length; i++)
            {
                if (firstTags[s][i] != Outside && keys[s][i].Length > 1)
                {
                    if (!tallyOf.TryGetValue(keys[s][i], out var tally))
                    {
                        tallyOf.Add(keys[s][i], tally = new Tally());
                    }

                    entityWords[s].Add((tally, TypeOf(firstTags[s][i])));
                }
            }
        }

        Span<int> features = stackalloc int[6];
        for (int s = 0; s < sentenceCount; s++)
        {
            bool anyTally = false;
            for (int n = Math.Max(0, s - Window); n <= Math.Min(sentenceCount - 1, s + Window); n++)
            {
                foreach (var (tally, type) in entityWords[n])
                {
                    // A key met again in a later sentence's window is counted afresh for it.
                    if (tally.Sentence != s)
                    {
                        tally.StartCounting(s);
                        anyTally = true;
                    }

                    tally.Add(type);
                }
            }

            var tags = firstTags[s];
            for (int i = 0; i < tags.Length; i++)
            {
                int tag = tags[i];
                int count = 0;
                features[count++] = Hashes.TagAt + tag;
                features[count++] = Hashes.AfterTagAt + ((i > 0 ? tags[i - 1] : NerModel.TagCount) * NerModel.TagCount) + tag;
                features[count++] = Hashes.BeforeTagAt + (tag * (NerModel.TagCount + 1)) + (i + 1 < tags.Length ? tags[i + 1] : NerModel.TagCount);
                if (anyTally && tallyOf.TryGetValue(keys[s][i], out var tally) && tally.Sentence == s)
                {
                    // Not counting this very word's own first-stage tag: the evidence must come from elsewhere.
                    if (tally.TopOtherThan(TypeOf(tag)) is (int topType, int topCount))
                    {
                        features[count++] = Hashes.TypeAt + topType;
                        features[count++] = Hashes.TypeCountAt + (topType * 4) + Math.Min(topCount, 3);
                        features[count++] = Hashes.TypeAndTagAt + (topType * NerModel.TagCount) + tag;
                    }
                }

                onWord(s, i, features[..count]);
            }
        }
    }

    private const int Outside = 0;

    /// <summary>The entity types, in the order their tags come in <see cref="NerModel.Tags"/>.</summary>
    private static readonly string[] Types = [.. NerModel.Tags.Where(t => t.StartsWith("B-", StringComparison.Ordinal)).Select(t => t[2..])];

    /// <summary>Each tag's entity type (an index into <see cref="Types"/>), read from its name; -1 for O.</summary>
    private static readonly int[] TypeOfTag = [.. NerModel.Tags.Select(t => t == "O" ? -1 : Array.IndexOf(Types, t[2..]))];

    private static int TypeOf(int tag) => TypeOfTag[tag];

    /// <summary>
    /// Every context feature's hash, made once: they are the hashes of the tags' and types' names (what training
    /// hashed), but there are only 17 tags and 4 types, and hashing their names again for every word of every article
    /// ingested cost more than looking them up.
    /// </summary>
    private static class Hashes
    {
        public static readonly ulong[] Tag = [.. NerModel.Tags.Select(t => NerFeatures.Hash(90, t))];

        // By (previous tag or the sentence's start, tag), and by (tag, next tag or the sentence's end).
        public static readonly ulong[] AfterTag = [.. Enumerable.Range(0, (NerModel.TagCount + 1) * NerModel.TagCount)
            .Select(k => NerFeatures.Hash(91, k / NerModel.TagCount == NerModel.TagCount ? "<s>" : NerModel.Tags[k / NerModel.TagCount], NerModel.Tags[k % NerModel.TagCount]))];

        public static readonly ulong[] BeforeTag = [.. Enumerable.Range(0, NerModel.TagCount * (NerModel.TagCount + 1))
            .Select(k => NerFeatures.Hash(92, NerModel.Tags[k / (NerModel.TagCount + 1)], k % (NerModel.TagCount + 1) == NerModel.TagCount ? "</s>" : NerModel.Tags[k % (NerModel.TagCount + 1)]))];

        public static readonly ulong[] Type = [.. Types.Select(t => NerFeatures.Hash(93, t))];

        // By (type, count): counts above 3 count as 3; index 0 is never used (a type is counted once at least).
        public static readonly ulong[] TypeCount = [.. Enumerable.Range(0, Types.Length * 4)
            .Select(k => NerFeatures.Hash(94, Types[k / 4], (k % 4).ToString(System.Globalization.CultureInfo.InvariantCulture)))];

        public static readonly ulong[] TypeAndTag = [.. Enumerable.Range(0, Types.Length * NerModel.TagCount)
            .Select(k => NerFeatures.Hash(95, Types[k / NerModel.TagCount], NerModel.Tags[k % NerModel.TagCount]))];

        /// <summary>The tables above one after another: a feature's index is its table's start plus its place in it.</summary>
        public static readonly ulong[] All = [.. Tag, .. AfterTag, .. BeforeTag, .. Type, .. TypeCount, .. TypeAndTag];

        public static readonly int TagAt = 0;
        public static readonly int AfterTagAt = TagAt + Tag.Length;
        public static readonly int BeforeTagAt = AfterTagAt + AfterTag.Length;
        public static readonly int TypeAt = BeforeTagAt + BeforeTag.Length;
        public static readonly int TypeCountAt = TypeAt + Type.Length;
        public static readonly int TypeAndTagAt = TypeCountAt + TypeCount.Length;
    }

    /// <summary>How often the first stage gave one word each entity type around a sentence, types in the order first met.</summary>
    private sealed class Tally
    {
        private readonly int[] _types = new int[4];
        private readonly int[] _counts = new int[4];
        private int _distinct;

        /// <summary>The sentence whose window this counts (-1: none yet).</summary>
        public int Sentence { get; private set; } = -1;

        public void StartCounting(int sentence)
        {
            Sentence = sentence;
            _distinct = 0;
        }

        public void Add(int type)
        {
            for (int t = 0; t < _distinct; t++)
            {
                if (_types[t] == type)
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

        /// <summary>The most frequent type once the word's own (-1: none) is taken off (the first met on a tie), or null when none is left.</summary>
        public (int Type, int Count)? TopOtherThan(int own)
        {
            (int Type, int Count)? top = null;
            for (int t = 0; t < _distinct; t++)
            {
                int count = _counts[t] - (_types[t] == own ? 1 : 0);
                if (count > 0 && (top is null || count > top.Value.Count))
                {
                    top = (_types[t], count);
                }
            }

            return top;
        }
    }
}
