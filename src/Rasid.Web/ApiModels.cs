using Rasid.Extraction;
using Rasid.Queries;
using Rasid.Relating;
using Rasid.Searching;
using Rasid.Storing;

namespace Rasid.Web;

// What the HTTP API answers, as named records (their names and fields make the OpenAPI document). Field names go
// out in snake_case, as in the export contract (DESIGN.md); Arabic text goes out unescaped.

/// <summary>A piece of a search snippet: text, and whether it matched the query.</summary>
public sealed record SnippetPiece(string Text, bool Match);

/// <summary>One search hit.</summary>
public sealed record SearchHitView(string Id, string Source, string? Title, string? Outlet, string? Published, double Score, IReadOnlyList<SnippetPiece> Snippet);

/// <summary>A page of search hits, the query's analyzed terms and a note when the query was changed.</summary>
/// <param name="AlsoMatched">Query words that also matched a known name's spellings in the other script (Zuckerberg: زوكربيرغ).</param>
public sealed record SearchView(string Query, IReadOnlyList<string> Terms, IReadOnlyList<AlsoMatched> AlsoMatched, bool MatchedAllWords, string? Note, int Offset, int Limit, int Total, IReadOnlyList<OutletCount> Outlets, IReadOnlyList<SearchHitView> Hits);

/// <summary>An article's metadata, without its text.</summary>

/// <summary>A span of the text to mark: entity, figure or date.</summary>
public sealed record MarkView(int Start, int End, string Kind);

/// <summary>An entity mention in an article.</summary>
public sealed record MentionView(int Start, int End, string Surface, string Kind, string Name);

/// <summary>A figure in an article.</summary>
public sealed record FigureView(int Start, int End, string Surface, string Kind, double Value, double? Max, string Unit, string Qualifier, string ValueText, string? Subject, string? Metric, string? MetricLabel);

/// <summary>A date in an article.</summary>
public sealed record DateView(int Start, int End, string Surface, string Value, string Precision);

/// <summary>A quote in an article, with its speaker when known.</summary>
public sealed record QuoteView(int Start, int End, string Text, string? Speaker);

/// <summary>A piece removed from the page, and why.</summary>
public sealed record RemovedView(string Text, string Reason);

/// <summary>One article: clean text, metadata, what was found in it (offsets into the text) and what was removed.</summary>
public sealed record ArticleView(
    string Id, string Source, string? Title, IReadOnlyList<string> Authors, string? Outlet, string? Published, IReadOnlyList<string> Via, bool AiDisclosure,
    string Text, IReadOnlyList<MarkView> Marks, IReadOnlyList<MentionView> Entities, IReadOnlyList<FigureView> Figures, IReadOnlyList<DateView> Dates,
    IReadOnlyList<QuoteView> Quotes, IReadOnlyList<RemovedView> Removed);

/// <summary>An entity: its name, kind, other spellings and how often it is named.</summary>
public sealed record EntityView(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, int Mentions, int Articles);

/// <summary>One entry of an entity's timeline: a figure about it or an article naming it.</summary>
public sealed record TimelineView(string Date, string Kind, string Article, string Source, string Text, string Sentence, double? Value, double? Max, string? Unit, string? ValueText, string? Metric, string? MetricLabel);

/// <summary>An entity with its timeline, newest first; partial when only the newest articles naming it were read (the entity's counts are theirs).</summary>
public sealed record EntityTimelineView(EntityView Entity, IReadOnlyList<TimelineView> Timeline, bool Partial);

/// <summary>A story: its kind, its articles (first reported first) and their outlets and dates.</summary>
public sealed record StoryView(string Id, string Kind, int Size, IReadOnlyList<string> Outlets, string? First, string? Last, IReadOnlyList<ArticleSummary> Articles);

/// <summary>A link between two articles of a story, with the evidence for it.</summary>
public sealed record LinkView(string First, string Second, string Kind, double Score, IReadOnlyList<string> Entities, IReadOnlyList<string> Figures, IReadOnlyList<string> Dates);

/// <summary>A story with its links and the claims its articles' figures take part in.</summary>
public sealed record StoryDetailView(StoryView Story, IReadOnlyList<LinkView> Links, IReadOnlyList<ClaimView> Claims);

/// <summary>A page of stories, and how many match.</summary>
public sealed record StoriesView(int Total, IReadOnlyList<StoryView> Stories);

/// <summary>One value of a claim as a source states it.</summary>
/// <param name="ValueText">The value as a reader writes it ("نحو 14.8 مليار دولار").</param>
public sealed record ClaimValueView(string Article, string Source, string? Outlet, string? Published, double Value, double? Max, string Unit, string Qualifier, string ValueText, string Surface, string Sentence, int IndependentStories);

/// <summary>A claim: what sources say about one quantity, and whether they agree.</summary>
/// <param name="MetricLabel">The metric in Arabic (عدد القتلى); <paramref name="Metric"/> keeps its id.</param>
/// <param name="StatusLabel">The status in Arabic (متعارضة، معدّلة، متفقة).</param>
public sealed record ClaimView(string Id, string Subject, string Metric, string MetricLabel, string? Period, string Status, string StatusLabel, int IndependentStories, IReadOnlyList<ClaimValueView> Values);

/// <summary>Claims as asked for, and the totals of every claim.</summary>
public sealed record ClaimsView(int Total, int Conflicting, int Revised, int Agreed, IReadOnlyList<ClaimView> Claims);

/// <summary>The server's state.</summary>
public sealed record HealthView(string Status, string Version);

/// <summary>Turns the query layer's answers into the API's records.</summary>
internal static class Views
{
    public static SearchView Search(SearchAnswer answer, SearchFilter filter) =>
        new(answer.Result.Query.Text, answer.Result.Query.Terms.Select(t => t.Term).ToList(), answer.Result.Query.Also, answer.Result.MatchedAllWords, answer.Result.Note, filter.Offset, filter.Limit,
            answer.Total, answer.Outlets, answer.Result.Hits.Select(h => new SearchHitView(h.Article.Id, h.Article.Source, h.Article.Article.Title, h.Article.Article.Outlet, h.Article.Article.Published,
                Math.Round(h.Score, 4), h.Snippet.Select(p => new SnippetPiece(p.Text, p.Matched)).ToList())).ToList());

    public static ArticleView Article(ArticleAnswer answer)
    {
        var (stored, facts, marks) = (answer.Article, answer.Facts, answer.Marks);
        var a = stored.Article;
        return new(stored.Id, stored.Source, a.Title, a.Authors, a.Outlet, a.Published, a.Via, a.AiDisclosure, a.Text,
            marks.Select(m => new MarkView(m.Start, m.End, m.Kind.ToString().ToLowerInvariant())).ToList(),
            facts.Mentions.Select(m => new MentionView(m.Start, m.End, m.Surface, m.Kind, m.Name)).ToList(),
            facts.Figures.Select(f => new FigureView(f.Start, f.End, f.Surface, f.Kind, f.Value, f.Max, f.Unit, f.Qualifier, Labels.Amount(f.Value, f.Max, f.Unit, f.Qualifier), f.Subject, f.Metric, f.Metric is { } m ? Labels.Metric(m) : null)).ToList(),
            facts.Dates.Select(d => new DateView(d.Start, d.End, d.Surface, d.Value, d.Precision)).ToList(),
            facts.Quotes.Select(q => new QuoteView(q.Start, q.End, q.Text, q.Speaker)).ToList(),
            a.Removed.Select(r => new RemovedView(r.Text, r.Reason)).ToList());
    }

    public static EntityView Entity(ResolvedEntity e) => new(e.Id, e.Name, e.Kind, e.Aliases, e.Mentions.Count, e.ArticleCount);

    public static EntityTimelineView Timeline(EntityTimeline t, int limit) =>
        new(Entity(t.Entity), t.Entries.Take(limit).Select(e => new TimelineView(e.Date, e.Kind, e.Article, e.Source, e.Text, e.Sentence, e.Figure?.Value, e.Figure?.Max, e.Figure?.Unit,
            e.Figure is { } f ? Labels.Amount(f.Value, f.Max, f.Unit, f.Qualifier) : null, e.Figure?.Metric, e.Figure?.Metric is { } m ? Labels.Metric(m) : null)).ToList(), t.Partial);

    public static StoryView Story(StoryOverview o) => new(o.Story.Id, o.Story.Kind, o.Story.Articles.Count, o.Outlets, o.First, o.Last, o.Members);

    public static LinkView Link(ArticleLink l) => new(l.First, l.Second, l.Kind, l.Score, l.Evidence.Entities, l.Evidence.Figures, l.Evidence.Dates);

    public static ClaimView Claim(Claim c, IReadOnlyDictionary<string, ArticleSummary> articles) =>
        new(c.Id, c.Subject, c.Metric, Labels.Metric(c.Metric), c.Period, c.Status, Labels.Status(c), c.IndependentStories,
            c.Values.Select(v => new ClaimValueView(v.Article, v.Source, articles.GetValueOrDefault(v.Article)?.Outlet, v.Published, v.Value, v.Max, v.Unit, v.Qualifier, Labels.Amount(v), v.Surface, v.Sentence, v.IndependentStories)).ToList());
}
