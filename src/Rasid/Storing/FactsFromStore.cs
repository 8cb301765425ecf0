using Rasid.Extraction;

namespace Rasid.Storing;

/// <summary>
/// An article's facts as every surface reads them: the ones ingest stored, when the same extractors made them
/// for the same content; otherwise extracted again from the stored clean text (a store filled by an older rasid,
/// or a command given another gazetteer), so a reader never shows facts its own extractors would not find.
/// </summary>
public static class FactsFromStore
{
    public static IEnumerable<(StoredArticle Article, ArticleFacts Facts)> All(IArticleStore store, Extractors extractors) =>
        store.ArticlesWithFacts().Select(pair => (pair.Article, Usable(pair.Facts, extractors) ?? extractors.Extract(pair.Article.Article)));

    /// <summary>The articles <paramref name="wanted"/> accepts by id, with their facts, in one pass; the others' facts are not read.</summary>
    public static IEnumerable<(StoredArticle Article, ArticleFacts Facts)> Of(IArticleStore store, Extractors extractors, Func<string, bool> wanted) =>
        store.ArticlesWithFacts().Where(pair => wanted(pair.Article.Id)).Select(pair => (pair.Article, Usable(pair.Facts, extractors) ?? extractors.Extract(pair.Article.Article)));

    public static ArticleFacts For(IArticleStore store, StoredArticle article, Extractors extractors) =>
        Usable(store.FactsOf(article.Id), extractors) ?? extractors.Extract(article.Article);

    private static ArticleFacts? Usable(StoredFacts? stored, Extractors extractors) =>
        stored is not null && string.Equals(stored.Fingerprint, extractors.Fingerprint, StringComparison.Ordinal) ? ArticleFacts.FromJson(stored.Json) : null;
}
