using Rasid.Cleaning;
using Rasid.Pipeline;
using Rasid.Searching;

namespace Rasid.Storing;

/// <summary>What saving an article did.</summary>
public enum SaveOutcome
{
    Added,
    Unchanged,
    Updated,
}

/// <summary>An article as stored.</summary>
public sealed record StoredArticle(string Id, string Source, string ContentHash, CleanArticle Article);

/// <summary>An article's stored facts (JSON of <see cref="Extraction.ArticleFacts"/>) and the fingerprint of the extractors that made them.</summary>
public sealed record StoredFacts(string Fingerprint, string Json);

/// <summary>
/// One article's relation state, kept so that later runs relate only new articles: what the story finder and the
/// claim finder keep of it, for the content it had and the relation version (code and extraction) that made it.
/// <see cref="Stale"/> when read back: the article changed or is gone since.
/// </summary>
public sealed record RelationRow(string ArticleId, string ContentHash, string Version, byte[] Stories, byte[] Claims, bool Stale = false);

/// <summary>Counts over the store.</summary>
public sealed record StoreStats(long Articles, long Characters, long WithTitle, long WithPublished, long WithAiDisclosure, long Outlets, int SchemaVersion, string Location);

/// <summary>
/// The narrow store interface every surface uses. Dialect-specific SQL stays inside each implementation;
/// analysis happens before the store sees the text, so every store indexes the same terms.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Saves a batch in one transaction; an article whose source is stored already is kept once.</summary>
    IReadOnlyList<SaveOutcome> SaveBatch(IReadOnlyList<ProcessedArticle> batch);

    /// <summary>By id, by source as given, or by a source's file name.</summary>
    StoredArticle? Find(string idOrSource);

    /// <summary>Ranked hits (best first) for an analyzed query; <paramref name="matchAll"/> requires every query word.</summary>
    IReadOnlyList<StoreHit> Search(SearchQuery query, bool matchAll, int limit);

    /// <summary>The ids of every article holding every word of an analyzed query, unranked.</summary>
    IReadOnlySet<string> Matching(SearchQuery query);

    /// <summary>
    /// The ids of the newest <paramref name="limit"/> articles holding every word of an analyzed query, newest first (by
    /// publication date, undated last, then source): a page of a timeline, without reading every match.
    /// </summary>
    IReadOnlyList<string> NewestMatching(SearchQuery query, int limit);

    IEnumerable<StoredArticle> Articles();

    /// <summary>Every article with the facts stored for its current content (null when none were stored for it).</summary>
    IEnumerable<(StoredArticle Article, StoredFacts? Facts)> ArticlesWithFacts();

    /// <summary>The facts stored for an article's current content, if any.</summary>
    StoredFacts? FactsOf(string articleId);

    /// <summary>Relation state from earlier runs, per article in the order related, read as it is walked (see <see cref="RelationRow"/>).</summary>
    IEnumerable<RelationRow> RelationRows();

    /// <summary>The links earlier runs found (JSON), in the order found.</summary>
    IReadOnlyList<string> RelationLinks();

    /// <summary>Articles, with their facts, that no relation state covers yet, in source order.</summary>
    IEnumerable<(StoredArticle Article, StoredFacts? Facts)> ArticlesToRelate();

    /// <summary>Adds relation state and links in one transaction (a row already there for an article is kept).</summary>
    void SaveRelations(IReadOnlyList<RelationRow> rows, IReadOnlyList<string> links);

    /// <summary>
    /// Held while relating, so that two processes never relate the same articles at once; disposing releases it.
    /// Null when another process holds it and <paramref name="wait"/> is false.
    /// </summary>
    IDisposable? LockRelations(bool wait = true);

    /// <summary>Forgets all relation state: the next run relates every article again.</summary>
    void ResetRelations();

    StoreStats Stats();

    /// <summary>A count raised in the transaction of every batch that adds or changes an article: answers made at a lower count are out of date.</summary>
    long ArticleChanges();

    /// <summary>What the saved answers were made for (relating code, extractors, <see cref="ArticleChanges"/>); null when none are saved.</summary>
    string? AnswersGeneration();

    /// <summary>The saved claims (JSON), null when none are saved.</summary>
    string? SavedClaims();

    /// <summary>Saved stories (JSON) of a kind (any when null), largest first, at most <paramref name="limit"/>, and how many there are.</summary>
    (IReadOnlyList<string> Stories, int Total) SavedStories(string? kind, int limit);

    /// <summary>One saved story (JSON) by id, null when there is none.</summary>
    string? SavedStory(string id);

    /// <summary>Replaces the saved answers in one transaction.</summary>
    void SaveAnswers(string generation, string claims, IReadOnlyList<StoryAnswerRow> stories);

    /// <summary>What lists show of the articles named (source, title, outlet, date), without their text; ids not stored are left out.</summary>
    IReadOnlyDictionary<string, ArticleHeader> Headers(IEnumerable<string> ids);
}

/// <summary>A hit as the store ranks it; snippets are made outside the store so that both stores make the same ones.</summary>
public sealed record StoreHit(StoredArticle Article, double Score);
