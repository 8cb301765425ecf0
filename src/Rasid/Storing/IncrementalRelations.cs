using System.Text.Json;
using Rasid.Extraction;
using Rasid.Relating;

namespace Rasid.Storing;

/// <summary>What one relating run found, and how much of it was new.</summary>
public sealed record RelatingResult(Relations Relations, IReadOnlyList<Claim> Claims, int Restored, int Added);

/// <summary>
/// Relating that remembers: the story and claim finders' state for every related article is kept in the store,
/// so a run puts back what earlier runs built (no text read, nothing compared again) and matches only the
/// articles stored since against it, through the index. State made by other relating code or other extractors,
/// or for an article whose content changed, is dropped and every article related again.
/// </summary>
public static class IncrementalRelations
{
    /// <summary>Bump when relating code changes what it finds, so that stored relation state is rebuilt.</summary>
    public const int Version = 35;

    private const int SaveEvery = 1_000;

    private static readonly JsonSerializerOptions LinkJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="storyFinder">Makes the story finder; <see cref="StoryFinder"/> unless another is given.</param>
    public static RelatingResult Relate(IArticleStore store, Extractors extractors, Func<IStoryFinder>? storyFinder = null) =>
        Relate(store, extractors, storyFinder, wait: true)!;

    /// <summary>Relates unless another process is relating this store now (then null: what it saves will cover these articles, or the next try will).</summary>
    public static RelatingResult? RelateUnlessBusy(IArticleStore store, Extractors extractors) => Relate(store, extractors, null, wait: false);

    private static RelatingResult? Relate(IArticleStore store, Extractors extractors, Func<IStoryFinder>? storyFinder, bool wait)
    {
        storyFinder ??= static () => new StoryFinder();
        using var relating = store.LockRelations(wait);
        if (relating is null)
        {
            return null;
        }

        string version = $"relations-{Version}+{extractors.Fingerprint}";
        string generation = Generation(store, extractors); // read first: articles stored while relating make the answers out of date, never wrongly current
        var stories = storyFinder();
        var claims = new ClaimFinder(extractors.Gazetteer);
        int restored = 0;
        bool outdated = false;
        foreach (var row in store.RelationRows())
        {
            if (row.Stale || row.Version != version)
            {
                outdated = true;
                break;
            }

            stories.Restore(row.Stories);
            claims.Restore(row.ArticleId, row.Claims);
            restored++;
        }

        if (outdated)
        {
            // Made by other code or extractors, or an article changed since: start again from nothing.
            store.ResetRelations();
            (stories, claims, restored) = (storyFinder(), new ClaimFinder(extractors.Gazetteer), 0);
        }

        if (restored > 0)
        {
            stories.RestoreLinks(store.RelationLinks().Select(l => JsonSerializer.Deserialize<ArticleLink>(l, LinkJson)!));
        }

        int added = 0, savedLinks = stories.LinkCount;
        var rows = new List<RelationRow>();
        void Save()
        {
            store.SaveRelations(rows, stories.LinksFrom(savedLinks).Select(l => JsonSerializer.Serialize(l, LinkJson)).ToList());
            savedLinks = stories.LinkCount;
            rows.Clear();
        }

        foreach (var (article, facts) in store.ArticlesToRelate())
        {
            var usable = facts is not null && facts.Fingerprint == extractors.Fingerprint ? ArticleFacts.FromJson(facts.Json) : null;
            var input = RelationInput.Of(article, usable ?? extractors.Extract(article.Article));
            stories.Add(input);
            claims.Add(input);
            rows.Add(new RelationRow(article.Id, article.ContentHash, version, stories.State(article.Id), claims.State(article.Id)));
            added++;
            if (rows.Count >= SaveEvery)
            {
                Save();
            }
        }

        if (rows.Count > 0 || stories.LinkCount > savedLinks)
        {
            Save();
        }

        var relations = stories.Relations();
        var found = claims.Claims(relations);
        if (store.AnswersGeneration() != generation)
        {
            store.SaveAnswers(
                generation,
                JsonSerializer.Serialize(found, LinkJson),
                relations.Stories.Select((story, rank) => new StoryAnswerRow(story.Id, story.Kind, rank, JsonSerializer.Serialize(story, LinkJson))).ToList());
        }

        return new RelatingResult(relations, found, restored, added);
    }

    /// <summary>What answers are made for: the relating code, the extractors, and the store's articles as they are now.</summary>
    private static string Generation(IArticleStore store, Extractors extractors) =>
        $"relations-{Version}+{extractors.Fingerprint}@{store.ArticleChanges()}";

    /// <summary>
    /// The answers the last relating run saved, when they are current: no article added or changed since, the same
    /// relating code and extractors. Null otherwise (relate to answer).
    /// </summary>
    public static SavedAnswers? Saved(IArticleStore store, Extractors extractors)
    {
        string? saved = store.AnswersGeneration();
        return saved is not null && saved == Generation(store, extractors) ? new SavedAnswers(store, saved) : null;
    }

    internal static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, LinkJson) ?? throw new StoreException("saved relation answers are empty");
}

/// <summary>
/// Claims and stories as the last relating run saved them (see <see cref="IncrementalRelations.Saved"/>): read, not
/// made again. Each read checks afterwards that they are still the answers of <paramref name="generation"/> (another
/// process may have replaced them since); null when not, and the caller relates.
/// </summary>
public sealed class SavedAnswers(IArticleStore store, string generation)
{
    private IReadOnlyList<Claim>? _claims;

    /// <summary>Every claim, in the finder's order (conflicts, revisions, agreements).</summary>
    public IReadOnlyList<Claim>? Claims()
    {
        if (_claims is null && Current(store.SavedClaims()) is { } json)
        {
            _claims = IncrementalRelations.Read<List<Claim>>(json);
        }

        return _claims;
    }

    /// <summary>Stories of a kind (any when null), largest first, at most <paramref name="limit"/>, and how many there are.</summary>
    public (IReadOnlyList<Story> Stories, int Total)? Stories(string? kind, int limit)
    {
        var (stories, total) = store.SavedStories(kind, limit);
        return Current(stories) is { } current ? (current.Select(IncrementalRelations.Read<Story>).ToList(), total) : null;
    }

    /// <summary>One story by id, its <see cref="SavedStory.Story"/> null when there is none; null when the saved answers changed meanwhile.</summary>
    public SavedStory? Story(string id)
    {
        string? json = store.SavedStory(id);
        return Current(json ?? "") is null ? null : new SavedStory(json is null ? null : IncrementalRelations.Read<Story>(json));
    }

    private T? Current<T>(T? read)
        where T : class => store.AnswersGeneration() == generation ? read : null;
}

/// <summary>A story looked up among saved answers: null when no saved story has the id.</summary>
public sealed record SavedStory(Story? Story);
