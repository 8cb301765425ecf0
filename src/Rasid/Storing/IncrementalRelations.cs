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
    public const int Version = 20;

    private const int SaveEvery = 1_000;

    private static readonly JsonSerializerOptions LinkJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="storyFinder">Makes the story finder; <see cref="StoryFinder"/> unless another is given.</param>
    public static RelatingResult Relate(IArticleStore store, Extractors extractors, Func<IStoryFinder>? storyFinder = null)
    {
        storyFinder ??= static () => new StoryFinder();
        using var relating = store.LockRelations();
        string version = $"relations-{Version}+{extractors.Fingerprint}";
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
        return new RelatingResult(relations, claims.Claims(relations), restored, added);
    }
}
