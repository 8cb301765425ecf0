using System.Security.Cryptography;
using System.Text;
using Rasid.Analysis;
using Rasid.Cleaning;
using Rasid.Extraction;
using Rasid.Reading;

namespace Rasid.Pipeline;

/// <summary>
/// The analyzed terms an article is indexed under: stems of the title and of the body, name keys of both, and
/// the root keys of both that differ from their stems. <see cref="Version"/> names the analysis that made them: a store holding terms of another
/// version analyzes its articles again when it opens (its schema migrations say when).
/// </summary>
public sealed record IndexTerms(string Title, string Body, string Names, string Roots)
{
    /// <summary>2: root keys, an open taa marbuta stemmed as ة, a lone ال not indexed.</summary>
    public const int Version = 2;
}

/// <summary>
/// An article ready to store: its stable id (derived from its source), a hash of its content, the clean article,
/// its index terms and, when the pipeline extracts, its facts with the fingerprint of the extractors that made them.
/// </summary>
public sealed record ProcessedArticle(string Id, string Source, string ContentHash, CleanArticle Article, IndexTerms Terms, ExtractedFacts? Facts = null);

/// <summary>An article's facts and which extractors made them (see <see cref="Extractors.Fingerprint"/>).</summary>
/// <remarks>A class rather than a record: a copy made with <c>with</c> would keep the JSON of the facts it was copied from.</remarks>
public sealed class ExtractedFacts(ArticleFacts facts, string fingerprint)
{
    public ArticleFacts Facts { get; } = facts;

    public string Fingerprint { get; } = fingerprint;

    /// <summary>
    /// The facts as the stores keep them (<see cref="ArticleFacts.ToJson"/>), written out where they are made: on the
    /// worker that extracted them, not on the store's one writing thread that every article passes through. With
    /// extraction that thread falls behind in the second half of an ingest (the queue to it fills and the workers
    /// wait), and serializing facts was a second of its time over SaudiNewsNet.
    /// </summary>
    public string Json { get; } = facts.ToJson();
}

/// <summary>
/// The frozen pipeline: clean, analyze, extract. Built once by <see cref="RasidPipelineBuilder"/>, thread-safe,
/// pure (no I/O, no clock).
/// </summary>
public sealed class RasidPipeline
{
    private static readonly Lazy<RasidPipeline> Shipped = new(() => new RasidPipelineBuilder().Build());

    private readonly ArticleCleaner _cleaner;

    internal RasidPipeline(BoilerplateRules rules, Extractors? extractors)
    {
        _cleaner = new ArticleCleaner(rules);
        Extractors = extractors;
    }

    /// <summary>The shipped rules and extractors (the model loads on first use, not when a command merely searches).</summary>
    public static RasidPipeline Default => Shipped.Value;

    /// <summary>What extracts facts at ingest; null for a pipeline that only cleans and indexes.</summary>
    public Extractors? Extractors { get; }

    /// <summary>Throws <see cref="InputException"/> when the document holds no article.</summary>
    public ProcessedArticle Process(RawDocument document)
    {
        var clean = _cleaner.Clean(document);
        var facts = Extractors is { } extractors ? new ExtractedFacts(extractors.Extract(clean), extractors.Fingerprint) : null;
        return new ProcessedArticle(ArticleIds.FromSource(document.Source), document.Source, ArticleIds.ContentHash(clean), clean, Index(clean), facts);
    }

    public static IndexTerms Index(CleanArticle article) => Index(article.Title, article.Text);

    /// <summary>The terms of an article's title and clean text (as stored: what a store analyzes again when its terms are of an older version).</summary>
    public static IndexTerms Index(string? title, string text)
    {
        var titleTerms = new StringBuilder();
        var body = new StringBuilder(text.Length);
        var names = new StringBuilder(text.Length);
        var roots = new StringBuilder(text.Length);
        if (title is not null)
        {
            TermAnalyzer.AppendIndexTerms(title, titleTerms, names, roots);
        }

        TermAnalyzer.AppendIndexTerms(text, body, names, roots);
        return new IndexTerms(titleTerms.ToString(), body.ToString(), names.ToString(), roots.ToString());
    }
}

/// <summary>Composes the pipeline: the boilerplate rule set, and the extractors (the shipped ones unless told otherwise).</summary>
public sealed class RasidPipelineBuilder
{
    private BoilerplateRules _rules = BoilerplateRules.Default;
    private Extractors? _extractors;
    private bool _extract = true;

    /// <summary>Extract with these (a user's gazetteer added, say) instead of the shipped extractors.</summary>
    public RasidPipelineBuilder UseExtractors(Extractors extractors)
    {
        _extractors = extractors;
        _extract = true;
        return this;
    }

    /// <summary>Clean and index only: the throughput bench measures what extraction adds against this.</summary>
    public RasidPipelineBuilder WithoutExtraction()
    {
        _extract = false;
        return this;
    }

    public RasidPipelineBuilder UseBoilerplateRules(BoilerplateRules rules)
    {
        _rules = rules;
        return this;
    }

    public RasidPipeline Build() => new(_rules, _extract ? _extractors ?? Extractors.Default : null);
}

/// <summary>Article identity: the id is derived from the source, so the same article gets the same id in every store and every run.</summary>
public static class ArticleIds
{
    public static string FromSource(string source) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(source)), 12);

    public static string ContentHash(CleanArticle article)
    {
        var text = new StringBuilder();
        text.Append(article.Title).Append('\u0001').Append(string.Join('\u0002', article.Authors)).Append('\u0001')
            .Append(article.Published).Append('\u0001').Append(string.Join('\u0002', article.Via)).Append('\u0001')
            .Append(article.AiDisclosure).Append('\u0001').Append(article.Text);
        return Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 16);
    }

    private static string Hex(byte[] hash, int chars) => Convert.ToHexStringLower(hash)[..chars];
}
