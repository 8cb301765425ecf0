using System.IO.Compression;
using System.Text;
using Rasid.Analysis;

namespace Rasid.Extraction.Ner;

/// <summary>
/// Word classes learned from unlabeled news, so that the tagger knows a name it never saw in training from
/// the company it keeps (words that follow "الرئيس" and precede "إن" cluster with other people's names).
/// Each word's left and right neighbours among the most frequent words make a count vector; positive PMI
/// weighting and hierarchical spherical k-means (32, then 16 under each, then 4
/// under each) give three nested cluster ids, coarse to fine, like Brown clusters' bit prefixes. Written by
/// hand: .NET has no word-clustering library, and this runs over 8.8 M words in well under a minute.
/// </summary>
public sealed class WordClusters
{
    public const int Levels = 3;

    private static readonly int[] Branching = [32, 16, 8];
    private const int ContextWords = 5000;
    private const int Dimensions = 2 * ContextWords;

    private readonly Dictionary<string, string[]> _ids;
    private readonly Dictionary<string, string> _frequency;
    private readonly Dictionary<string, string> _names;

    private WordClusters(Dictionary<string, string[]> ids, Dictionary<string, string> frequency, Dictionary<string, string>? names = null)
    {
        _ids = ids;
        _frequency = frequency;
        _names = names ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>
    /// What the tagger itself mostly called the word across the unlabeled news ("PERS", "LOC-", …; "-" when mostly
    /// nothing): self-training, so that a name seen tagged in clear contexts a thousand times is recognised in a
    /// sentence that gives no clue. A trailing '-' marks a weaker majority.
    /// </summary>
    public string NameType(string normalizedWord) => _names.GetValueOrDefault(normalizedWord, "-");

    /// <summary>These clusters with a harvested name lexicon (see <see cref="NameType"/>).</summary>
    public WordClusters WithNames(IReadOnlyDictionary<string, string> names) =>
        new(_ids, _frequency, names.Where(p => _ids.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    public int NameCount => _names.Count;

    public int Count => _ids.Count;

    /// <summary>The word's cluster ids at each level, coarse to fine; its clitic-free core's when the word itself is unknown.</summary>
    public string[]? Of(string normalizedWord, string core) =>
        _ids.TryGetValue(normalizedWord, out var ids) ? ids : _ids.TryGetValue(core, out ids) ? ids : null;

    /// <summary>
    /// How common the word is in news, as a band of its frequency rank ("f1" among the top thousand … "f0" unseen):
    /// names, above all foreign ones, are rare words, and the band says so for words the tagger never trained on.
    /// </summary>
    public string FrequencyBand(string normalizedWord) => _frequency.GetValueOrDefault(normalizedWord, "f0");

    /// <summary>Outside the commoner words of news: unseen (f0) or in the rarest band (f4).</summary>
    public bool IsRare(string normalizedWord) => FrequencyBand(normalizedWord) is "f0" or "f4";

    /// <summary>Among the commoner words of news (bands f1 to f3).</summary>
    public bool IsCommon(string normalizedWord) => !IsRare(normalizedWord);

    private static string BandOfRank(int rank) => rank switch { < 1_000 => "f1", < 5_000 => "f2", < 20_000 => "f3", _ => "f4" };

    /// <summary>Words as the tagger sees them: normalized, Latin lower-cased, split at spaces and punctuation.</summary>
    public static IEnumerable<string> Words(string text)
    {
        foreach (var token in Tokenizer.Tokenize(text))
        {
            string word = ArabicNormalizer.NormalizeLower(text[token.Start..token.End]);
            if (word.Length > 0)
            {
                yield return word;
            }
        }
    }

    /// <summary>Learns clusters for the <paramref name="vocabulary"/> most frequent words of <paramref name="sentences"/>.</summary>
    /// <param name="reach">How many words either side count as context: 1 gives syntactic classes, 2 looser ones.</param>
    public static WordClusters Learn(IEnumerable<IReadOnlyList<string>> sentences, int vocabulary, int minCount = 5, int reach = 1)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<int[]>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var sentence in sentences)
        {
            var ids = new int[sentence.Count];
            for (int i = 0; i < sentence.Count; i++)
            {
                if (!index.TryGetValue(sentence[i], out int id))
                {
                    id = index.Count;
                    index[sentence[i]] = id;
                    words.Add(sentence[i]);
                }

                ids[i] = id;
            }

            corpus.Add(ids);
        }

        var frequency = new int[words.Count];
        foreach (var s in corpus)
        {
            foreach (int id in s)
            {
                frequency[id]++;
            }
        }

        var byFrequency = Enumerable.Range(0, words.Count).Where(i => frequency[i] >= minCount).OrderByDescending(i => frequency[i]).ToArray();
        var vocab = byFrequency.Take(vocabulary).ToArray();
        var vocabRow = new Dictionary<int, int>();
        for (int r = 0; r < vocab.Length; r++)
        {
            vocabRow[vocab[r]] = r;
        }

        var contextColumn = new Dictionary<int, int>();
        for (int c = 0; c < Math.Min(ContextWords, byFrequency.Length); c++)
        {
            contextColumn[byFrequency[c]] = c;
        }

        // Sparse co-occurrence counts: left neighbours in columns 0..C-1, right neighbours in C..2C-1.
        var cooccurrence = new Dictionary<int, float>[vocab.Length];
        for (int r = 0; r < vocab.Length; r++)
        {
            cooccurrence[r] = [];
        }

        var columnTotals = new float[2 * ContextWords];
        foreach (var s in corpus)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!vocabRow.TryGetValue(s[i], out int row))
                {
                    continue;
                }

                for (int d = 1; d <= reach; d++)
                {
                    if (i - d >= 0 && contextColumn.TryGetValue(s[i - d], out int left))
                    {
                        cooccurrence[row][left] = cooccurrence[row].GetValueOrDefault(left) + 1;
                        columnTotals[left]++;
                    }

                    if (i + d < s.Length && contextColumn.TryGetValue(s[i + d], out int right))
                    {
                        cooccurrence[row][ContextWords + right] = cooccurrence[row].GetValueOrDefault(ContextWords + right) + 1;
                        columnTotals[ContextWords + right]++;
                    }
                }
            }
        }

        // Positive PMI, unit length, kept sparse: k-means centroids are dense over the context columns.
        double total = columnTotals.Sum();
        var vectors = new SparseVector[vocab.Length];
        for (int r = 0; r < vocab.Length; r++)
        {
            double rowTotal = cooccurrence[r].Values.Sum();
            var entries = cooccurrence[r]
                .Select(p => (Column: p.Key, Weight: (float)Math.Log(p.Value * total / (rowTotal * columnTotals[p.Key]))))
                .Where(p => p.Weight > 0)
                .OrderBy(p => p.Column)
                .ToArray();
            float norm = MathF.Sqrt(entries.Sum(p => p.Weight * p.Weight));
            vectors[r] = new SparseVector(entries.Select(p => p.Column).ToArray(), entries.Select(p => norm > 0 ? p.Weight / norm : 0).ToArray());
        }

        var ids2 = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var bands = new Dictionary<string, string>(StringComparer.Ordinal);
        var assignment = new string[vocab.Length][];
        for (int r = 0; r < vocab.Length; r++)
        {
            assignment[r] = new string[Levels];
        }

        Split(Enumerable.Range(0, vocab.Length).ToArray(), vectors, 0, "", assignment);
        for (int r = 0; r < vocab.Length; r++)
        {
            ids2[words[vocab[r]]] = assignment[r];
            bands[words[vocab[r]]] = BandOfRank(r);
        }

        return new WordClusters(ids2, bands);
    }

    private sealed record SparseVector(int[] Columns, float[] Weights)
    {
        public float Dot(float[] dense)
        {
            float sum = 0;
            for (int i = 0; i < Columns.Length; i++)
            {
                sum += Weights[i] * dense[Columns[i]];
            }

            return sum;
        }

        public void AddTo(float[] dense)
        {
            for (int i = 0; i < Columns.Length; i++)
            {
                dense[Columns[i]] += Weights[i];
            }
        }
    }

    private static void Split(int[] members, SparseVector[] vectors, int level, string prefix, string[][] assignment)
    {
        if (level == Levels)
        {
            return;
        }

        int k = Math.Min(Branching[level], members.Length);
        int[] cluster = KMeans(members, vectors, k, seed: (prefix.GetHashCode(StringComparison.Ordinal) & 0xFFFF) + level);
        for (int c = 0; c < k; c++)
        {
            string id = prefix + (level == 0 ? "" : ".") + c;
            var inCluster = members.Where((_, i) => cluster[i] == c).ToArray();
            foreach (int m in inCluster)
            {
                assignment[m][level] = id;
            }

            Split(inCluster, vectors, level + 1, id, assignment);
        }

        // A cluster too small to split further keeps its id at the finer levels.
        foreach (int m in members)
        {
            for (int l = level + 1; l < Levels; l++)
            {
                assignment[m][l] ??= assignment[m][l - 1];
            }
        }
    }

    private static int[] KMeans(int[] members, SparseVector[] vectors, int k, int seed)
    {
        var assigned = new int[members.Length];
        if (k <= 1)
        {
            return assigned;
        }

        var random = new Random(seed);
        float[] Seed()
        {
            var c = new float[Dimensions];
            vectors[members[random.Next(members.Length)]].AddTo(c);
            return c;
        }

        var centroids = Enumerable.Range(0, k).Select(_ => Seed()).ToArray();
        for (int iteration = 0; iteration < 12; iteration++)
        {
            Parallel.For(0, members.Length, i =>
            {
                var v = vectors[members[i]];
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int c = 0; c < k; c++)
                {
                    float s = v.Dot(centroids[c]);
                    if (s > best)
                    {
                        best = s;
                        arg = c;
                    }
                }

                assigned[i] = arg;
            });

            var sums = new float[k][];
            for (int c = 0; c < k; c++)
            {
                sums[c] = new float[Dimensions];
            }

            for (int i = 0; i < members.Length; i++)
            {
                vectors[members[i]].AddTo(sums[assigned[i]]);
            }

            for (int c = 0; c < k; c++)
            {
                if (sums[c].All(x => x == 0))
                {
                    sums[c] = Seed(); // an empty cluster restarts at a random word
                }

                Normalize(sums[c]);
                centroids[c] = sums[c];
            }
        }

        return assigned;
    }

    private static void Normalize(float[] v)
    {
        float norm = MathF.Sqrt(v.Sum(x => x * x));
        if (norm > 0)
        {
            for (int d = 0; d < v.Length; d++)
            {
                v[d] /= norm;
            }
        }
    }

    /// <summary>gzip'd lines of "word TAB id1 TAB id2 TAB id3 TAB frequency band TAB name type".</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        foreach (var (word, ids) in _ids.OrderBy(p => p.Value[^1], StringComparer.Ordinal).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            foreach (string id in ids)
            {
                writer.Write('\t');
                writer.Write(id);
            }

            writer.Write('\t');
            writer.Write(FrequencyBand(word));
            writer.Write('\t');
            writer.Write(NameType(word));
            writer.Write('\n');
        }
    }

    public static WordClusters Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var ids = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var bands = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);

        // A few hundred distinct cluster paths, bands and name types among 156k words: each is kept once, shared
        // by every word that has it, so that the tagger, reading them for every word of every article, finds
        // them in the processor's cache rather than one copy per word scattered over the heap.
        var paths = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string value) => values.TryGetValue(value, out var kept) ? kept : values[value] = value;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            string[] parts = line.Split('\t');
            if (parts.Length >= Levels + 1)
            {
                string path = string.Join('\t', parts[1..(Levels + 1)]);
                if (!paths.TryGetValue(path, out var shared))
                {
                    paths[path] = shared = Array.ConvertAll(parts[1..(Levels + 1)], Shared);
                }

                ids[parts[0]] = shared;
                bands[parts[0]] = Shared(parts.Length > Levels + 1 ? parts[Levels + 1] : "f4");
                if (parts.Length > Levels + 2 && parts[Levels + 2] != "-")
                {
                    names[parts[0]] = Shared(parts[Levels + 2]);
                }
            }
        }

        return new WordClusters(ids, bands, names);
    }
}
