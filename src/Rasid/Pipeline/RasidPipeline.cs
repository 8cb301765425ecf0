using System.Security.Cryptography;
using System.Text;
using Rasid.Analysis;
using Rasid.Cleaning;
using Rasid.Reading;

namespace Rasid.Pipeline;

/// <summary>The analyzed terms an article is indexed under: stems of the title and body, and name keys of both.</summary>
public sealed record IndexTerms(string Title, string Body, string Names);

/// <summary>An article ready to store: its stable id (derived from its source), a hash of its content, the clean article and its index terms.</summary>
public sealed record ProcessedArticle(string Id, string Source, string ContentHash, CleanArticle Article, IndexTerms Terms);

/// <summary>
/// The frozen pipeline: clean, then analyze. Built once by <see cref="RasidPipelineBuilder"/>, thread-safe,
/// pure (no I/O, no clock).
/// </summary>
public sealed class RasidPipeline
{
    private readonly ArticleCleaner _cleaner;

    internal RasidPipeline(BoilerplateRules rules) => _cleaner = new ArticleCleaner(rules);

    public static RasidPipeline Default { get; } = new RasidPipelineBuilder().Build();

    /// <summary>Throws <see cref="InputException"/> when the document holds no article.</summary>
    public ProcessedArticle Process(RawDocument document)
    {
        var clean = _cleaner.Clean(document);
        return new ProcessedArticle(ArticleIds.FromSource(document.Source), document.Source, ArticleIds.ContentHash(clean), clean, Index(clean));
    }

    public static IndexTerms Index(CleanArticle article)
    {
        var title = new StringBuilder();
        var body = new StringBuilder(article.Text.Length);
        var names = new StringBuilder(article.Text.Length);
        if (article.Title is { } t)
        {
            TermAnalyzer.AppendIndexTerms(t, title, names);
        }

        TermAnalyzer.AppendIndexTerms(article.Text, body, names);
        return new IndexTerms(title.ToString(), body.ToString(), names.ToString());
    }
}

/// <summary>Composes the pipeline; today the only choice is the boilerplate rule set.</summary>
public sealed class RasidPipelineBuilder
{
    private BoilerplateRules _rules = BoilerplateRules.Default;

    public RasidPipelineBuilder UseBoilerplateRules(BoilerplateRules rules)
    {
        _rules = rules;
        return this;
    }

    public RasidPipeline Build() => new(_rules);
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
