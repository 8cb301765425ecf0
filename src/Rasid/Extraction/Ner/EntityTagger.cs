using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Rasid.Analysis;

namespace Rasid.Extraction.Ner;

/// <summary>
/// The statistical named-entity tagger: a first perceptron over word, affix, cluster and gazetteer features,
/// and a second that also sees what the first found in the neighbouring sentences (see <see cref="DocumentContext"/>).
/// The shipped models and word clusters are embedded in the build (see Resources/ner-model.provenance.txt).
/// Thread-safe once built.
/// </summary>
public sealed class EntityTagger
{
    public const string ModelFile = "ner-model.bin.gz";
    public const string ClustersFile = "word-clusters.tsv.gz";
    public const string WideClustersFile = "word-clusters-wide.tsv.gz";
    private const uint BundleMagic = 0x5241_4E32; // "RAN2"

    private static readonly Lazy<EntityTagger?> Shipped = new(LoadShipped);

    public EntityTagger(NerModel first, NerModel second, WordClusters? clusters, WordClusters? wideClusters = null)
    {
        WideClusters = wideClusters;
        First = first;
        Second = second.WithOutsideBias(SecondStageOutsideBias);
        Clusters = clusters;
        Features = new NerFeatures(clusters, GivenNames, Gazetteer.Default, wideClusters);
        BuildJointTable();
    }

    public NerModel First { get; }

    /// <summary>
    /// Taken off the second stage's "O" score for every word: the perceptrons come out cautious (precision 0.81,
    /// recall 0.69 on ANERcorp's test split), missing names more than they invent them. Chosen on a fifth of the
    /// training split held out, with a model trained on the rest: F1 stays 0.752–0.753 from 0 to 20 while recall
    /// rises from 0.710 to 0.721, then falls (0.751 at 25, 0.746 at 30); 20 is the most recall it buys for nothing.
    /// Only the second stage: the first stage's tags are the second's evidence, learnt from an unbiased first stage.
    /// </summary>
    public const float SecondStageOutsideBias = 20f;

    /// <summary>The word clusters the features use (with each word's frequency band in news), if any.</summary>
    public WordClusters? Clusters { get; }

    /// <summary>The second, looser view of word classes (two words of context either side), if the model uses one.</summary>
    public WordClusters? WideClusters { get; }

    public NerModel Second { get; }

    public NerFeatures Features { get; }

    /// <summary>Given names, normalized, from the data file the cleaner reads bare bylines with.</summary>
    public static IReadOnlySet<string> GivenNames { get; } =
        RasidResources.ReadLines("given-names.txt").Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>The tagger built into this rasid, or null when the build carries no model.</summary>
    public static EntityTagger? Default => Shipped.Value;

    public string Provenance => Second.Provenance;

    public static WordClusters? ShippedClusters() => ShippedClusters(ClustersFile);

    public static WordClusters? ShippedClusters(string file)
    {
        using var stream = RasidResources.Open(file);
        return stream is null ? null : WordClusters.Load(stream);
    }

    private static EntityTagger? LoadShipped()
    {
        using var model = RasidResources.Open(ModelFile);
        return model is null ? null : Load(model, ShippedClusters(), ShippedClusters(WideClustersFile));
    }

    /// <summary>BIO tags (PERS, LOC, ORG, MISC) for one sentence on its own.</summary>
    public string[] Tag(IReadOnlyList<string> words) => TagDocument([words])[0];

    /// <summary>BIO tags for the sentences of one document (an article, or a CoNLL file in order).</summary>
    /// <remarks>
    /// Gives the tags that <see cref="NerFeatures.Extract"/> and <see cref="NerModel.Tag(ulong[][])"/> give, faster:
    /// most features depend on one word alone, so their weights are summed once per distinct word and role for
    /// both models and kept beside the word's cached view; per word of the text only the joint features are
    /// looked up, once for both models. Tagging runs inside ingest: this took it from about 4 ms an article to
    /// about 1 (see the bench's extraction stages). Where a word begins with "and" or is punctuation the tags may
    /// differ, by design: decoding here forbids a person's name to run on across it (see <see cref="ForbidNameContinuing"/>).
    /// </remarks>
    public string[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences) => TagDocument(sentences, null, null);

    /// <summary>
    /// As <see cref="TagDocument(IReadOnlyList{IReadOnlyList{string}})"/>, given what the caller has already found
    /// over the same sentences (entity mentions does): the matches of the features' own gazetteer, and each
    /// sentence's word views (<see cref="NerFeatures.Views"/>).
    /// </summary>
    internal string[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<GazetteerMatch>>? gazetteerMatches, IReadOnlyList<NerFeatures.WordView[]>? sentenceViews)
    {
        var emissions = new float[sentences.Count][];
        var first = new int[sentences.Count][];
        var keys = new string[sentences.Count][];
        var scratch = Scratch.OfThisThread();
        var (features, featureEnds, rows) = (scratch.JointFeatures, scratch.JointFeatureEnds, scratch.JointRows);
        // What tagging reads of each word's view is asked of memory a sentence ahead: asked for the whole article at
        // once (before matching the gazetteer), much of it had left the nearer caches again by the time its sentence
        // came, and reading the summed weights and the core's characters were the tagger's two costliest stalls.
        if (sentenceViews is { Count: > 0 })
        {
            NerFeatures.PrefetchForTagging(sentenceViews[0]);
        }

        for (int s = 0; s < sentences.Count; s++)
        {
            if (sentenceViews is not null && s + 1 < sentences.Count)
            {
                NerFeatures.PrefetchForTagging(sentenceViews[s + 1]);
            }

            var views = sentenceViews?[s] ?? Features.Views(sentences[s]);
            var known = gazetteerMatches is null ? Features.Known(sentences[s]) : NerFeatures.Known(sentences[s].Count, gazetteerMatches[s]);
            keys[s] = Array.ConvertAll(views, v => v.GazetteerKey);
            FindJointRows(views, known, features, featureEnds, rows);
            var both = emissions[s] = System.Buffers.ArrayPool<float>.Shared.Rent(views.Length * Both);
            both.AsSpan(0, views.Length * Both).Clear();
            // Each word's summed weights found once, not once for each of the five words whose window it falls in.
            var weights = Array.ConvertAll(views, RoleWeights);
            for (int i = 0; i < views.Length; i++)
            {
                var into = both.AsSpan(i * Both, Both);
                for (int role = 0; role < NerFeatures.Roles; role++)
                {
                    int at = i + NerFeatures.RoleOffsets[role];
                    var summed = at < 0 ? StartWeights : at >= weights.Length ? EndWeights : weights[at];
                    AddBothRow(into, ((ReadOnlySpan<float>)summed.Values).Slice(role * Both, Both));
                }

                for (int k = i == 0 ? 0 : featureEnds[i - 1]; k < featureEnds[i]; k++)
                {
                    if (rows[k] >= 0)
                    {
                        AddBothRow(into, _jointWeights.AsSpan(rows[k] * Both, Both));
                    }
                }

                if (views[i].StartsWithConjunction || views[i].IsPunctuation)
                {
                    ForbidNameContinuing(into);
                }
            }

            first[s] = First.Decode(both, Both, 0, views.Length);
        }

        DocumentContext.ForEachWord(keys, first, (s, i, context) => AddContext(context, emissions[s].AsSpan((i * Both) + NerModel.TagCount, NerModel.TagCount)));
        var tags = new string[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            tags[s] = NerModel.ToBio(Second.Decode(emissions[s], Both, NerModel.TagCount, keys[s].Length));
            System.Buffers.ArrayPool<float>.Shared.Return(emissions[s]);
        }

        scratch.Release();
        return tags;
    }

    /// <summary>
    /// The lists tagging fills and reads again for every article, and for every word met for the first time, kept
    /// per thread instead of made afresh each time (about 530 MB over an ingest of SaudiNewsNet with extraction, all
    /// of it for the collector). A thread's lists grown past a long article's are let go, so none holds on to the
    /// memory of one huge input.
    /// </summary>
    private sealed class Scratch
    {
        private const int MostKept = 1 << 16;

        [ThreadStatic]
        private static Scratch? _ofThisThread;

        public List<ulong> JointFeatures { get; } = new(512);

        public List<int> JointFeatureEnds { get; } = new(64);

        public List<int> JointRows { get; } = new(512);

        public List<ulong> WordFeatures { get; } = new(128);

        public static Scratch OfThisThread() => _ofThisThread ??= new Scratch();

        public void Release()
        {
            if (JointFeatures.Capacity > MostKept || JointRows.Capacity > MostKept || JointFeatureEnds.Capacity > MostKept)
            {
                _ofThisThread = null;
            }
        }
    }

    /// <summary>
    /// Every word's joint features (<see cref="NerFeatures.AddJointFeatures"/>) over the sentence, in order, with the
    /// end of each word's run in <paramref name="ends"/> and each feature's row (-1: no model weighs it) in
    /// <paramref name="rows"/>. A sentence at a time rather than a word at a time: each feature's slot in the table,
    /// then each found row, is asked of memory (see <see cref="Analysis.MemoryPrefetch"/>) before any is read, so
    /// that the lookups' cache misses overlap instead of each one waiting for the last: processor time for ingesting
    /// SaudiNewsNet with extraction went from 109.4 / 110.5 / 109.8 s to 100.8 / 100.8 / 103.6 s (alternating runs).
    /// </summary>
    private void FindJointRows(NerFeatures.WordView[] views, string?[] known, List<ulong> features, List<int> ends, List<int> rows)
    {
        features.Clear();
        ends.Clear();
        for (int i = 0; i < views.Length; i++)
        {
            Features.AddJointFeatures(features, views, known, i);
            ends.Add(features.Count);
        }

        CollectionsMarshal.SetCount(rows, features.Count);
        FindRows(CollectionsMarshal.AsSpan(features), CollectionsMarshal.AsSpan(rows));
    }

    /// <summary>
    /// Each feature's row in the joint table (-1: no model weighs it): every feature's slot is asked of memory, then
    /// each found row, before any is read, so that the lookups' cache misses overlap.
    /// </summary>
    private void FindRows(ReadOnlySpan<ulong> hashes, Span<int> rows)
    {
        foreach (ulong hash in hashes)
        {
            _jointRows.Prefetch(hash);
        }

        for (int k = 0; k < hashes.Length; k++)
        {
            rows[k] = _jointRows.Find(hashes[k]);
            if (rows[k] >= 0)
            {
                Analysis.MemoryPrefetch.Value(ref _jointWeights[rows[k] * Both], 3); // 34 floats: 136 bytes, three lines at most
            }
        }
    }

    private static readonly int[] PersonContinues = [NerModel.TagIndex("I-PERS"), NerModel.TagIndex("L-PERS")];

    /// <summary>
    /// Neither model may tag this word as the inside or last word of a person's name: a rule, not a weight, since
    /// the tagger otherwise runs "نوفاك وريكل" (Novak and Rikl) or "محمد سعد ،" into one name, the pair's transition
    /// outweighing the lone word's evidence. Only persons: organizations and places do take "and" (البوسنة والهرسك).
    /// Checked on a fifth of ANERcorp's training split held out: F1 0.749 without, 0.751 with "and" alone.
    /// </summary>
    private static void ForbidNameContinuing(Span<float> both)
    {
        foreach (int tag in PersonContinues)
        {
            both[tag] = both[NerModel.TagCount + tag] = -1e9f;
        }
    }

    /// <summary>Both models' weights side by side: the first's for each tag, then the second's.</summary>
    private const int Both = 2 * NerModel.TagCount;

    // Every feature either model weighs, with both models' weights in one row: one lookup per feature.
    private FeatureRows _jointRows = new([]);
    private float[] _jointWeights = [];

    // Each document-context feature's row (-1: no model weighs it), by its index in DocumentContext.AllFeatures.
    private int[] _contextRows = [];

    private void BuildJointTable()
    {
        var hashes = First.Hashes.Concat(Second.Hashes).Distinct().ToList();
        _jointRows = new FeatureRows(hashes);
        _jointWeights = new float[hashes.Count * Both];
        for (int row = 0; row < hashes.Count; row++)
        {
            First.Row(hashes[row]).CopyTo(_jointWeights.AsSpan(row * Both, NerModel.TagCount));
            Second.Row(hashes[row]).CopyTo(_jointWeights.AsSpan((row * Both) + NerModel.TagCount, NerModel.TagCount));
        }

        _contextRows = [.. DocumentContext.AllFeatures.Select(_jointRows.Find)];
    }

    /// <summary>
    /// into += row for one row of both models' weights (<see cref="Both"/> floats), element by element: the same sums
    /// as <see cref="AddInto"/>, in four whole vectors and two floats. Each word of an article takes about fifteen
    /// such rows, and the general loop's bounds checks, spills and reloads came to more instructions than the adds.
    /// </summary>
    private static void AddBothRow(Span<float> into, ReadOnlySpan<float> row)
    {
        if (Both != 34 || !Vector256.IsHardwareAccelerated || into.Length != Both || row.Length != Both) // the adds below are written for 34
        {
            AddInto(into, row);
            return;
        }

        ref float to = ref MemoryMarshal.GetReference(into);
        ref float from = ref MemoryMarshal.GetReference(row);
        (Vector256.LoadUnsafe(ref to, 0) + Vector256.LoadUnsafe(ref from, 0)).StoreUnsafe(ref to, 0);
        (Vector256.LoadUnsafe(ref to, 8) + Vector256.LoadUnsafe(ref from, 8)).StoreUnsafe(ref to, 8);
        (Vector256.LoadUnsafe(ref to, 16) + Vector256.LoadUnsafe(ref from, 16)).StoreUnsafe(ref to, 16);
        (Vector256.LoadUnsafe(ref to, 24) + Vector256.LoadUnsafe(ref from, 24)).StoreUnsafe(ref to, 24);
        Unsafe.Add(ref to, 32) += Unsafe.Add(ref from, 32);
        Unsafe.Add(ref to, 33) += Unsafe.Add(ref from, 33);
    }

    /// <summary>
    /// into += values, element by element (the same sums as a scalar loop). A plain vector loop: these rows are 17 or
    /// 34 floats, added about twenty times a word, and a general-purpose span routine spent more on checking
    /// overlap and dispatching than on the adds.
    /// </summary>
    private static void AddInto(Span<float> into, ReadOnlySpan<float> values)
    {
        int i = 0;
        for (; i <= into.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            (new Vector<float>(into[i..]) + new Vector<float>(values[i..])).CopyTo(into[i..]);
        }

        for (; i < into.Length; i++)
        {
            into[i] += values[i];
        }
    }

    /// <summary>Adds the second model's weights of the document-context features (indexes into <see cref="DocumentContext.AllFeatures"/>) into <paramref name="into"/>.</summary>
    private void AddContext(ReadOnlySpan<int> features, Span<float> into)
    {
        foreach (int f in features)
        {
            int row = _contextRows[f];
            if (row >= 0)
            {
                AddInto(into, _jointWeights.AsSpan((row * Both) + NerModel.TagCount, NerModel.TagCount));
            }
        }
    }

    // The sentence's edges as neighbours: their weights found once per tagger.
    private NerFeatures.SummedWeights StartWeights => field ??= RoleWeights(NerFeatures.WordView.Start);

    private NerFeatures.SummedWeights EndWeights => field ??= RoleWeights(NerFeatures.WordView.End);

    /// <summary>A word's summed weights per role, both models side by side, computed on first use and kept with its view.</summary>
    /// <remarks>
    /// A word met for the first time has some fifty features across the five roles, each in a different place of
    /// the joint table: they are looked up together (<see cref="FindRows"/>), as a sentence's joint features are,
    /// instead of each lookup waiting for the last. Each role's weights are still added in the order its features
    /// come, so the sums are the same to the bit.
    /// </remarks>
    internal NerFeatures.SummedWeights RoleWeights(NerFeatures.WordView view)
    {
        if (view.RoleWeights is { } cached && ReferenceEquals(cached.Owner, this))
        {
            return cached;
        }

        var features = Scratch.OfThisThread().WordFeatures;
        features.Clear();
        Span<int> ends = stackalloc int[NerFeatures.Roles];
        var wideIds = Features.WideIds(view);
        for (int role = 0; role < NerFeatures.Roles; role++)
        {
            Features.AddRoleFeatures(features, view, role, wideIds);
            ends[role] = features.Count;
        }

        var rows = features.Count <= 128 ? stackalloc int[features.Count] : new int[features.Count];
        FindRows(CollectionsMarshal.AsSpan(features), rows);

        var summed = new NerFeatures.SummedWeights(this);
        Span<float> values = summed.Values;
        for (int role = 0, k = 0; role < NerFeatures.Roles; role++)
        {
            var into = values.Slice(role * Both, Both);
            for (; k < ends[role]; k++)
            {
                if (rows[k] >= 0)
                {
                    AddBothRow(into, _jointWeights.AsSpan(rows[k] * Both, Both));
                }
            }
        }

        view.RoleWeights = summed; // one reference, set once filled: a racing thread computes the same values
        return summed;
    }

    /// <summary>This tagger with both models pruned at <paramref name="threshold"/> (see <see cref="NerModel.Pruned"/>).</summary>
    public EntityTagger Pruned(float threshold) =>
        new(First.Pruned(threshold), Second.Pruned(threshold).WithProvenance(Second.Provenance), Clusters, WideClusters);

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(BundleMagic);
        First.Write(writer);
        Second.Write(writer);
    }

    public static EntityTagger Load(Stream stream, WordClusters? clusters, WordClusters? wideClusters = null)
    {
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(gzip, Encoding.UTF8);
            if (reader.ReadUInt32() != BundleMagic)
            {
                throw new InvalidDataException("wrong header");
            }

            return new EntityTagger(NerModel.Read(reader), NerModel.Read(reader), clusters, wideClusters);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new InvalidDataException($"not a Rasid NER model: {e.Message}");
        }
    }
}
