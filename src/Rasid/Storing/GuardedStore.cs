using System.Data.Common;
using Rasid.Pipeline;
using Rasid.Searching;

namespace Rasid.Storing;

/// <summary>
/// Any store as every surface sees it: a driver's failure (SQLite's or PostgreSQL's, both <see cref="DbException"/>s)
/// comes out as one <see cref="StoreException"/> naming the engine and the store, the driver's exception inside it.
/// So the CLI and the web each catch one exception type, and neither needs to know which drivers exist.
/// </summary>
internal sealed class GuardedStore(IArticleStore inner, string engine) : IArticleStore, IKeepsFeeds
{
    /// <summary>The inner store's feeds, whose calls turn driver failures into <see cref="StoreException"/>s themselves (<see cref="FeedTables"/>).</summary>
    public IFeedStore Feeds => inner.Feeds();

    public IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<ProcessedArticle> batch) => Guard(() => inner.SaveBatch(batch));

    public StoredArticle? Find(string idOrSource) => Guard(() => inner.Find(idOrSource));

    public IReadOnlyList<StoreHit> Search(SearchQuery query, bool matchAll, int limit) => Guard(() => inner.Search(query, matchAll, limit));

    public IReadOnlySet<string> Matching(SearchQuery query) => Guard(() => inner.Matching(query));

    public IReadOnlyList<string> NewestMatching(SearchQuery query, int limit) => Guard(() => inner.NewestMatching(query, limit));

    public IEnumerable<StoredArticle> Articles() => Guarded(() => inner.Articles());

    public IEnumerable<(StoredArticle Article, StoredFacts? Facts)> ArticlesWithFacts() => Guarded(() => inner.ArticlesWithFacts());

    public StoredFacts? FactsOf(string articleId) => Guard(() => inner.FactsOf(articleId));

    public IEnumerable<RelationRow> RelationRows() => Guarded(() => inner.RelationRows());

    public IReadOnlyList<string> RelationLinks() => Guard(() => inner.RelationLinks());

    public IEnumerable<(StoredArticle Article, StoredFacts? Facts)> ArticlesToRelate() => Guarded(() => inner.ArticlesToRelate());

    public void SaveRelations(IReadOnlyList<RelationRow> rows, IReadOnlyList<string> links) => Guard(() => { inner.SaveRelations(rows, links); return 0; });

    public IDisposable? LockRelations(bool wait = true) => Guard(() => inner.LockRelations(wait));

    public void ResetRelations() => Guard(() => { inner.ResetRelations(); return 0; });

    public StoreStats Stats() => Guard(inner.Stats);

    public long ArticleChanges() => Guard(inner.ArticleChanges);

    public string? AnswersGeneration() => Guard(inner.AnswersGeneration);

    public string? SavedClaims() => Guard(inner.SavedClaims);

    public (IReadOnlyList<string> Stories, int Total) SavedStories(string? kind, int limit) => Guard(() => inner.SavedStories(kind, limit));

    public string? SavedStory(string id) => Guard(() => inner.SavedStory(id));

    public void SaveAnswers(string generation, string claims, IReadOnlyList<StoryAnswerRow> stories) => Guard(() => { inner.SaveAnswers(generation, claims, stories); return 0; });

    public IReadOnlyDictionary<string, ArticleHeader> Headers(IEnumerable<string> ids) => Guard(() => inner.Headers(ids));

    public void Dispose() => Guard(() => { inner.Dispose(); return 0; });

    private T Guard<T>(Func<T> work) => Guard(engine, work);

    /// <summary>Runs store work, a driver's failure coming out as one <see cref="StoreException"/> naming the engine.</summary>
    internal static T Guard<T>(string engine, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (DbException e)
        {
            throw Failure(engine, e);
        }
    }

    /// <summary>A lazily read sequence, guarded on every step: a driver fails while reading rows as well as when asked.</summary>
    private IEnumerable<T> Guarded<T>(Func<IEnumerable<T>> open)
    {
        using var rows = Guard(() => open().GetEnumerator());
        while (Guard(rows.MoveNext))
        {
            yield return rows.Current;
        }
    }

    /// <summary>A driver's failure as the user reads it: one line, the engine named.</summary>
    public static StoreException Failure(string engine, DbException e) =>
        new($"{engine} error: {e.Message.ReplaceLineEndings(" ")}", e);
}
