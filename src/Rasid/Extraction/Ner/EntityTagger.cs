using System.IO.Compression;
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
        Second = second;
        Clusters = clusters;
        Features = new NerFeatures(clusters, GivenNames, Gazetteer.Default, wideClusters);
    }

    public NerModel First { get; }

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
    public string[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var features = sentences.Select(Features.Extract).ToList();
        var first = features.Select(First.Tag).ToList();
        var second = DocumentContext.AddFeatures(sentences, features, first);
        return second.Select(f => NerModel.ToBio(Second.Tag(f))).ToArray();
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
