using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Rasid.Extraction.Ner;

/// <summary>
/// A structured averaged perceptron over BIO tags (PERS, LOC, ORG, MISC) with Viterbi decoding: per-word
/// feature weights plus tag-to-tag transition weights, and decoding that never lets I-X follow anything but
/// B-X or I-X. Written by hand because no .NET library trains a sequence tagger; the perceptron is small,
/// fast to train on ANERcorp's 125k words and fast to run inside ingest.
/// </summary>
public sealed class NerModel
{
    /// <summary>
    /// The tags the model predicts: BILOU (begin, inside, last, unit) rather than BIO, because telling a name's
    /// last word and one-word names apart gives the perceptron sharper boundaries (Ratinov and Roth, 2009).
    /// Input and output stay BIO; see <see cref="ToBilou"/> and <see cref="ToBio"/>.
    /// </summary>
    public static readonly string[] Tags =
    [
        "O",
        "B-PERS", "I-PERS", "L-PERS", "U-PERS",
        "B-LOC", "I-LOC", "L-LOC", "U-LOC",
        "B-ORG", "I-ORG", "L-ORG", "U-ORG",
        "B-MISC", "I-MISC", "L-MISC", "U-MISC",
    ];

    internal const int TagCount = 17;
    private const int StartState = TagCount; // transition row for "before the first word"
    private const uint Magic = 0x5241_4E52; // "RANR"

    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights; // row * TagCount + tag
    private readonly float[] _transitions = new float[(TagCount + 1) * TagCount];

    // The transitions as decoding adds them (see Reachable); null whenever training has changed a transition since.
    private float[]? _reachable;

    private NerModel(Dictionary<ulong, int> rows, float[] weights, string provenance)
    {
        _rows = rows;
        _weights = weights;
        Provenance = provenance;
    }

    /// <summary>Where the weights came from: training data, epochs, scores, date.</summary>
    public string Provenance { get; private set; }

    public int FeatureCount => _rows.Count;

    private static readonly bool[,] Allowed = BuildAllowed();

    /// <summary>For each tag, the tags that may come before it.</summary>
    private static readonly int[][] Predecessors = Enumerable.Range(0, TagCount)
        .Select(t => Enumerable.Range(0, TagCount).Where(p => Allowed[p, t]).ToArray())
        .ToArray();

    /// <summary>Whether tag <paramref name="to"/> may follow <paramref name="from"/> (<see cref="TagCount"/> as from: the sentence's start).</summary>
    internal static bool IsAllowed(int from, int to) => Allowed[from, to];

    /// <summary>The learnt weight of tag <paramref name="to"/> following <paramref name="from"/> (<see cref="TagCount"/> as from: the sentence's start).</summary>
    internal float Transition(int from, int to) => _transitions[(from * TagCount) + to];

    private static bool[,] BuildAllowed()
    {
        var allowed = new bool[TagCount + 1, TagCount];
        for (int from = 0; from <= TagCount; from++)
        {
            for (int to = 0; to < TagCount; to++)
            {
                // After B-X or I-X only I-X or L-X may follow; I-X and L-X follow nothing else.
                string tag = Tags[to];
                bool open = from < TagCount && Tags[from][0] is 'B' or 'I';
                bool continues = tag[0] is 'I' or 'L';
                allowed[from, to] = open ? continues && Tags[from][2..] == tag[2..] : !continues;
            }
        }

        return allowed;
    }

    /// <summary>The best tag sequence for a sentence's features.</summary>
    public string[] Tag(ulong[][] features) => Decode(features).Select(t => Tags[t]).ToArray();

    private int[] Decode(ulong[][] features)
    {
        var emissions = new float[features.Length * TagCount];
        for (int i = 0; i < features.Length; i++)
        {
            AddWeights(features[i], emissions.AsSpan(i * TagCount, TagCount));
        }

        return Decode(emissions);
    }

    /// <summary>Adds the weights of <paramref name="features"/> for every tag into <paramref name="into"/>.</summary>
    internal void AddWeights(ReadOnlySpan<ulong> features, Span<float> into)
    {
        var weights = _weights.AsSpan();
        foreach (ulong f in features)
        {
            if (_rows.TryGetValue(f, out int row))
            {
                var w = weights.Slice(row * TagCount, TagCount);
                for (int t = 0; t < TagCount; t++)
                {
                    into[t] += w[t];
                }
            }
        }
    }

    /// <summary>The feature hashes this model has weights for.</summary>
    internal IEnumerable<ulong> Hashes => _rows.Keys;

    /// <summary>A feature's weights per tag, or an empty span when the model has none for it.</summary>
    internal ReadOnlySpan<float> Row(ulong hash) =>
        _rows.TryGetValue(hash, out int row) ? _weights.AsSpan(row * TagCount, TagCount) : [];

    /// <summary>The best tag indexes given each word's summed feature weights per tag (word-major, <see cref="TagCount"/> a word).</summary>
    internal int[] Decode(float[] emissions) => Decode(emissions, TagCount, 0, emissions.Length / TagCount);

    /// <summary>As <see cref="Decode(float[])"/> for the first <paramref name="n"/> words of a longer (pooled) array, reading word i's weights at <c>i * stride + offset</c>.</summary>
    internal int[] Decode(float[] emissions, int stride, int offset, int n)
    {
        if (n == 0)
        {
            return [];
        }

        // Flat arrays and each tag's allowed predecessors listed once: decoding runs inside ingest, twice a sentence,
        // so the lattice is rented rather than allocated (it was half of what tagging allocated).
        var score = System.Buffers.ArrayPool<float>.Shared.Rent(n * TagCount);
        var back = System.Buffers.ArrayPool<int>.Shared.Rent(n * TagCount);
        try
        {
            return Viterbi(emissions, stride, offset, n, score, back);
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(score);
            System.Buffers.ArrayPool<int>.Shared.Return(back);
        }
    }

    private int[] Viterbi(float[] emissions, int stride, int offset, int n, float[] score, int[] back)
    {
        var reachable = Reachable();
        for (int i = 0; i < n; i++)
        {
            var emission = emissions.AsSpan((i * stride) + offset, TagCount);
            int at = i * TagCount;
            int t = 0;
            if (i > 0 && Vector256.IsHardwareAccelerated && TagCount == 17)
            {
                t = ScoreFirstSixteen(score.AsSpan(at - TagCount, 2 * TagCount), reachable, emission, back.AsSpan(at, TagCount));
            }

            for (; t < TagCount; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                if (i == 0)
                {
                    if (Allowed[StartState, t])
                    {
                        best = _transitions[(StartState * TagCount) + t];
                    }
                }
                else
                {
                    int previous = at - TagCount;
                    foreach (int p in Predecessors[t])
                    {
                        float s = score[previous + p] + _transitions[(p * TagCount) + t];
                        if (s > best)
                        {
                            best = s;
                            arg = p;
                        }
                    }
                }

                score[at + t] = Scored(best, emission, t);
                back[at + t] = arg;
            }
        }

        var path = new int[n];
        float top = float.NegativeInfinity;
        int last = (n - 1) * TagCount;
        for (int t = 0; t < TagCount; t++)
        {
            if (Tags[t][0] is not ('B' or 'I') && score[last + t] > top) // a sentence cannot end inside a name
            {
                top = score[last + t];
                path[n - 1] = t;
            }
        }

        for (int i = n - 1; i > 0; i--)
        {
            path[i - 1] = back[(i * TagCount) + path[i]];
        }

        return path;
    }

    /// <summary>
    /// The transitions with -∞ where a tag may not follow another: adding them gives what skipping those
    /// predecessors gives, so that every tag can take its best predecessor in one vector pass (see
    /// <see cref="ScoreFirstSixteen"/>). Made once per model, not per sentence: building the 289 entries cost as much
    /// as decoding six words, and news sentences average about fifteen. Training changes the transitions between
    /// decodings and drops this copy each time (<see cref="ChangeTransition"/>); a racing thread builds the same values.
    /// </summary>
    private float[] Reachable()
    {
        if (_reachable is { } built)
        {
            return built;
        }

        var reachable = new float[TagCount * TagCount];
        for (int p = 0; p < TagCount; p++)
        {
            for (int t = 0; t < TagCount; t++)
            {
                reachable[(p * TagCount) + t] = Allowed[p, t] ? _transitions[(p * TagCount) + t] : float.NegativeInfinity;
            }
        }

        _reachable = reachable;
        return reachable;
    }

    /// <summary>Adds <paramref name="by"/> to the weight of tag <paramref name="to"/> following <paramref name="from"/> (training's step).</summary>
    internal void ChangeTransition(int from, int to, float by)
    {
        _transitions[(from * TagCount) + to] += by;
        _reachable = null;
    }

    /// <summary>A tag's score at a word: its best path so far plus the word's weight for it, less the O bias (summed in this order).</summary>
    private float Scored(float best, ReadOnlySpan<float> emission, int tag) => best + emission[tag] - (tag == 0 ? OutsideBias : 0);

    /// <summary>
    /// For tags 0 to 15, what the scalar loop over allowed predecessors gives, vector lanes being tags in two vectors
    /// of eight: each tag's best score over every predecessor and which one it was (the same sums and the same
    /// first-best, since a forbidden predecessor adds -∞ and never wins), plus the word's weight (less the O bias,
    /// lane 0 only), so the same path. Decoding runs twice a sentence inside ingest, and the scalar loop was most of
    /// it; each predecessor's score is broadcast once for both vectors and the table read without bounds checks.
    /// Processors without 256-bit vectors decode with the scalar loop alone. Returns 16, the tags done;
    /// <paramref name="scores"/> holds the previous word's scores, then this one's.
    /// </summary>
    private int ScoreFirstSixteen(Span<float> scores, ReadOnlySpan<float> reachable, ReadOnlySpan<float> emission, Span<int> arg)
    {
        ref float table = ref MemoryMarshal.GetReference(reachable);
        var low = Vector256.Create(float.NegativeInfinity);
        var high = low;
        var lowFrom = Vector256<int>.Zero;
        var highFrom = lowFrom;
        for (int p = 0; p < TagCount; p++)
        {
            var previous = Vector256.Create(scores[p]);
            var lowSum = previous + Vector256.LoadUnsafe(ref table, (nuint)(p * TagCount));
            var highSum = previous + Vector256.LoadUnsafe(ref table, (nuint)((p * TagCount) + 8));
            var lowBetter = Vector256.GreaterThan(lowSum, low);
            var highBetter = Vector256.GreaterThan(highSum, high);
            low = Vector256.ConditionalSelect(lowBetter, lowSum, low);
            high = Vector256.ConditionalSelect(highBetter, highSum, high);
            var from = Vector256.Create(p);
            lowFrom = Vector256.ConditionalSelect(lowBetter.AsInt32(), from, lowFrom);
            highFrom = Vector256.ConditionalSelect(highBetter.AsInt32(), from, highFrom);
        }

        var bias = Vector256.Create(OutsideBias, 0f, 0f, 0f, 0f, 0f, 0f, 0f);
        var into = scores.Slice(TagCount, 16);
        (low + Vector256.Create(emission[..8]) - bias).CopyTo(into);
        (high + Vector256.Create(emission.Slice(8, 8))).CopyTo(into[8..]);
        lowFrom.CopyTo(arg);
        highFrom.CopyTo(arg[8..]);
        return 16;
    }

    /// <summary>
    /// Trains on tagged sentences (features precomputed once). Averaging uses the usual trick: keep the
    /// running weights and the step-weighted sum of updates, and subtract at the end.
    /// </summary>
    public static NerModel Train(IReadOnlyList<(ulong[][] Features, int[] Tags)> sentences, int epochs, Action<int, double>? onEpoch = null)
    {
        var rows = new Dictionary<ulong, int>();
        foreach (var (features, _) in sentences)
        {
            foreach (var word in features)
            {
                foreach (ulong f in word)
                {
                    rows.TryAdd(f, rows.Count);
                }
            }
        }

        var model = new NerModel(rows, new float[rows.Count * TagCount], "");
        var totals = new float[model._weights.Length];
        var transitionTotals = new float[model._transitions.Length];
        int step = 1;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(13);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int wrong = 0, words = 0;
            foreach (int s in order)
            {
                var (features, gold) = sentences[s];
                int[] guess = model.Decode(features);
                for (int i = 0; i < gold.Length; i++)
                {
                    words++;
                    int prevGold = i == 0 ? StartState : gold[i - 1];
                    int prevGuess = i == 0 ? StartState : guess[i - 1];
                    if (gold[i] == guess[i] && prevGold == prevGuess)
                    {
                        continue;
                    }

                    if (gold[i] != guess[i])
                    {
                        wrong++;
                        foreach (ulong f in features[i])
                        {
                            int b = rows[f] * TagCount;
                            model._weights[b + gold[i]] += 1;
                            model._weights[b + guess[i]] -= 1;
                            totals[b + gold[i]] += step;
                            totals[b + guess[i]] -= step;
                        }
                    }

                    model.ChangeTransition(prevGold, gold[i], 1);
                    model.ChangeTransition(prevGuess, guess[i], -1);
                    transitionTotals[(prevGold * TagCount) + gold[i]] += step;
                    transitionTotals[(prevGuess * TagCount) + guess[i]] -= step;
                }

                step++;
            }

            onEpoch?.Invoke(epoch, 1 - ((double)wrong / Math.Max(1, words)));
        }

        for (int i = 0; i < model._weights.Length; i++)
        {
            model._weights[i] -= totals[i] / step;
        }

        for (int i = 0; i < model._transitions.Length; i++)
        {
            model.ChangeTransition(i / TagCount, i % TagCount, -(transitionTotals[i] / step));
        }

        return model.Pruned(0.01f); // only weights that are zero in all but name; see ShippedPruneThreshold for the shipped file
    }

    /// <summary>
    /// Features whose averaged weights all stay below this are dropped from the shipped model (train-ner prunes
    /// with it before saving): on a corpus the size of ANERcorp most features are seen a few times and end with tiny weights. Measured on ANERcorp's test split: at 1.0 the model keeps 92k of 189k features,
    /// its file shrinks from 3.1 MB to 1.7 MB, and micro F1 is unchanged (0.737); at 2.0 it drops to 0.733, at 4.0 to 0.709.
    /// </summary>
    public const float ShippedPruneThreshold = 1.0f;

    /// <summary>Drops features whose averaged weights are all below <paramref name="threshold"/>: a smaller file, at little cost in accuracy.</summary>
    public NerModel Pruned(float threshold)
    {
        var rows = new Dictionary<ulong, int>();
        var weights = new List<float>();
        foreach (var (hash, row) in _rows)
        {
            int b = row * TagCount;
            bool keep = false;
            for (int t = 0; t < TagCount && !keep; t++)
            {
                keep = Math.Abs(_weights[b + t]) >= threshold;
            }

            if (keep)
            {
                rows[hash] = rows.Count;
                for (int t = 0; t < TagCount; t++)
                {
                    weights.Add(_weights[b + t]);
                }
            }
        }

        return WithWeights(rows, [.. weights], OutsideBias);
    }

    /// <summary>A model with these feature weights and this model's transitions and provenance.</summary>
    private NerModel WithWeights(Dictionary<ulong, int> rows, float[] weights, float outsideBias)
    {
        var model = new NerModel(rows, weights, Provenance) { OutsideBias = outsideBias };
        _transitions.CopyTo(model._transitions, 0);
        return model;
    }

    /// <summary>What decoding takes off every word's "O" score (0 as trained): above 0 the model names more words.</summary>
    public float OutsideBias { get; private init; }

    /// <summary>This model, decoding with <paramref name="bias"/> taken off each word's "O" score (weights shared).</summary>
    public NerModel WithOutsideBias(float bias) => WithWeights(_rows, _weights, bias);

    public NerModel WithProvenance(string provenance)
    {
        Provenance = provenance;
        return this;
    }

    /// <summary>Writes the model: provenance, transitions, then each feature hash with its weights as halves.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(Provenance);
        foreach (float t in _transitions)
        {
            writer.Write(t);
        }

        writer.Write(_rows.Count);
        foreach (var (hash, row) in _rows.OrderBy(r => r.Key))
        {
            writer.Write(hash);
            for (int t = 0; t < TagCount; t++)
            {
                writer.Write((Half)_weights[(row * TagCount) + t]);
            }
        }
    }

    public static NerModel Read(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not a Rasid NER model");
        }

        string provenance = reader.ReadString();
        var transitions = new float[(TagCount + 1) * TagCount];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        int count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * TagCount];
        for (int r = 0; r < count; r++)
        {
            rows[reader.ReadUInt64()] = r;
            for (int t = 0; t < TagCount; t++)
            {
                weights[(r * TagCount) + t] = (float)reader.ReadHalf();
            }
        }

        var model = new NerModel(rows, weights, provenance);
        transitions.CopyTo(model._transitions, 0);
        return model;
    }

    public static int TagIndex(string tag)
    {
        int index = Array.IndexOf(Tags, tag);
        return index >= 0 ? index : 0; // tags outside the four types count as O
    }

    /// <summary>BIO to BILOU: a name's last word becomes L-, a one-word name U-.</summary>
    public static string[] ToBilou(IReadOnlyList<string> bio)
    {
        var spans = NerScore.Spans(bio);
        var bilou = Enumerable.Repeat("O", bio.Count).ToArray();
        foreach (var (type, start, end) in spans)
        {
            if (Array.IndexOf(Tags, "B-" + type) < 0)
            {
                continue;
            }

            if (start == end)
            {
                bilou[start] = "U-" + type;
                continue;
            }

            bilou[start] = "B-" + type;
            for (int i = start + 1; i < end; i++)
            {
                bilou[i] = "I-" + type;
            }

            bilou[end] = "L-" + type;
        }

        return bilou;
    }

    /// <summary>BILOU back to BIO.</summary>
    public static string[] ToBio(IReadOnlyList<string> bilou) =>
        bilou.Select(t => t[0] switch { 'U' => "B" + t[1..], 'L' => "I" + t[1..], _ => t }).ToArray();

    /// <summary>Tag indexes (<see cref="Tags"/>) as BIO tags, each tag's string made once.</summary>
    internal static string[] ToBio(int[] bilou) => Array.ConvertAll(bilou, t => BioOf[t]);

    private static readonly string[] BioOf = ToBio(Tags);
}
