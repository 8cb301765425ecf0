using Rasid.Analysis;
using Rasid.Extraction;
using Rasid.Extraction.Figures;
using Rasid.Relating;
using Rasid.Searching;
using Rasid.Storing;

namespace Rasid.Queries;

/// <summary>
/// What to search for, which page of the ranked hits, and the facets that narrow them: one outlet, a publication
/// date range (inclusive, yyyy-MM-dd), articles naming one entity (any spelling), articles holding a value of a
/// conflicting claim. <paramref name="Exact"/>: the words as typed only, not a known name's spellings in another script.
/// </summary>
public sealed record SearchFilter(string Text, int Limit = 10, int Offset = 0, string? Outlet = null, string? From = null, string? To = null, string? Entity = null, bool InConflict = false, bool Exact = false)
{
    public bool Narrowed => Outlet is not null || From is not null || To is not null || Entity is not null || InConflict;
}

/// <summary>A page of hits, how many hits the search has in all (within <see cref="NewsQueries.MaxHits"/>), and the outlets among them with their counts.</summary>
public sealed record SearchAnswer(SearchResult Result, int Total, IReadOnlyList<OutletCount> Outlets);

/// <summary>An outlet and how many hits it has.</summary>
public sealed record OutletCount(string Outlet, int Hits);

/// <summary>Which figures to list: about one entity (any spelling), of one metric, in one article.</summary>
public sealed record FactsFilter(string? Entity = null, string? Metric = null, string? Article = null);

/// <summary>A figure with where it was stated.</summary>
public sealed record FactRow(string Article, string Source, Figure Figure, string Sentence);

/// <summary>Which claims to list: of one status (agreed, conflict, revised), about one entity (any spelling).</summary>
public sealed record ClaimsFilter(string? Status = null, string? Entity = null, int Limit = int.MaxValue);

/// <summary>What a list shows of an article: where it comes from and when.</summary>
public sealed record ArticleSummary(string Id, string Source, string? Title, string? Outlet, string? Published);

/// <summary>A story with its articles in date order (the first report first), its outlets and its first and last date.</summary>
public sealed record StoryOverview(Story Story, IReadOnlyList<ArticleSummary> Members, IReadOnlyList<string> Outlets, string? First, string? Last);

/// <summary>Claims as asked for, and how many of each status there are before filtering.</summary>
/// <param name="Matching">How many claims the filter matched, of which <paramref name="Claims"/> holds the first (conflicts first) up to its limit.</param>
public sealed record ClaimsAnswer(IReadOnlyList<Claim> Claims, int Matching, int Total, int Conflicting, int Revised, int Agreed);

/// <summary>Which stories to list: of one kind (duplicate, near-duplicate, rewrite, same-event), at most so many, largest first.</summary>
public sealed record StoriesFilter(string? Kind = null, int Limit = 50);

/// <summary>Stories as asked for, and how many match before the limit.</summary>
public sealed record StoriesAnswer(IReadOnlyList<Story> Stories, int Total);

/// <summary>Which entities to list: of one kind, at most so many, most mentioned first.</summary>
public sealed record EntitiesFilter(string? Kind = null, int Limit = 100);

/// <summary>A stored article with its facts and the spans to mark in its text.</summary>
public sealed record ArticleAnswer(StoredArticle Article, ArticleFacts Facts, IReadOnlyList<TextMark> Marks);

/// <summary>What a span of an article's text is: an entity mention, a figure or a date.</summary>
public enum MarkKind
{
    Entity,
    Figure,
    Date,
}

/// <summary>A span of an article's text to mark, [Start, End) in UTF-16 offsets.</summary>
public sealed record TextMark(int Start, int End, MarkKind Kind);

/// <summary>
/// The questions Rasid answers about a store, in one place: the command line and the web both ask here and only
/// render the answers, so neither holds logic the other would need. Relations (stories and claims) are made
/// once per instance and reused by later questions.
/// </summary>
public sealed class NewsQueries(IArticleStore store, Extractors extractors)
{
    private RelatingResult? _related;
    private SavedAnswers? _saved;
    private bool _lookedForSaved;

    public IArticleStore Store => store;

    public Extractors Extractors => extractors;

    /// <summary>Ranked articles with highlighted snippets, narrowed by the filter's facets; a page of <see cref="SearchFilter.Limit"/> after <see cref="SearchFilter.Offset"/>.</summary>
    public SearchAnswer Search(SearchFilter filter)
    {
        var result = new SearchService(store).Search(filter.Text, filter.Narrowed ? MaxHits : Math.Min(filter.Offset + filter.Limit, MaxHits), filter.Exact ? null : extractors.Gazetteer);
        IEnumerable<SearchHit> hits = result.Hits;
        if (filter.Narrowed)
        {
            hits = hits.Where(h => Within(h.Article.Article.Published, filter.From, filter.To));
            if (filter.Entity is { } entity)
            {
                string key = extractors.Gazetteer.EntityKey(entity);
                hits = hits.Where(h => FactsFromStore.For(store, h.Article, extractors).Mentions.Any(m => extractors.Gazetteer.EntityKey(m.Name) == key));
            }

            if (filter.InConflict)
            {
                var inConflict = (Saved()?.Claims() ?? Related().Claims).Where(c => c.Status == "conflict").SelectMany(c => c.Values).Select(v => v.Article).ToHashSet(StringComparer.Ordinal);
                hits = hits.Where(h => inConflict.Contains(h.Article.Id));
            }
        }

        var narrowed = hits.ToList();
        var outlets = narrowed.GroupBy(h => h.Article.Article.Outlet ?? "").Where(g => g.Key.Length > 0)
            .Select(g => new OutletCount(g.Key, g.Count())).OrderByDescending(o => o.Hits).ThenBy(o => o.Outlet, StringComparer.Ordinal).ToList();
        if (filter.Outlet is { } outlet)
        {
            narrowed = narrowed.Where(h => h.Article.Article.Outlet == outlet).ToList();
        }

        int total = filter.Narrowed ? narrowed.Count : result.Hits.Count;
        return new SearchAnswer(result with { Hits = narrowed.Skip(filter.Offset).Take(filter.Limit).ToList() }, total, outlets);
    }

    /// <summary>A publication date (ISO, maybe with a time) within [from, to], by its day; an article with no date is outside any range.</summary>
    private static bool Within(string? published, string? from, string? to)
    {
        if (from is null && to is null)
        {
            return true;
        }

        if (published is null || published.Length < 10)
        {
            return false;
        }

        string day = published[..10];
        return (from is null || string.CompareOrdinal(day, from) >= 0) && (to is null || string.CompareOrdinal(day, to) <= 0);
    }

    /// <summary>The most hits one search ranks (pages reach no further).</summary>
    public const int MaxHits = 1000;

    /// <summary>One article by id or source, with its facts and the spans to mark; null when none is stored so.</summary>
    public ArticleAnswer? Article(string idOrSource)
    {
        var stored = store.Find(idOrSource);
        if (stored is null)
        {
            return null;
        }

        var facts = FactsFromStore.For(store, stored, extractors);
        return new ArticleAnswer(stored, facts, Marks(facts));
    }

    /// <summary>The figures stored articles state, filtered; null when the filter names an article that is not stored.</summary>
    public IReadOnlyList<FactRow>? Facts(FactsFilter filter)
    {
        IEnumerable<(StoredArticle Article, ArticleFacts Facts)> articles = FactsFromStore.All(store, extractors);
        if (filter.Article is { } wanted)
        {
            var one = store.Find(wanted);
            if (one is null)
            {
                return null;
            }

            articles = [(one, FactsFromStore.For(store, one, extractors))];
        }

        string? entityKey = filter.Entity is { } e ? extractors.Gazetteer.EntityKey(e) : null;
        var rows = new List<FactRow>();
        foreach (var (stored, facts) in articles)
        {
            foreach (var figure in facts.Figures)
            {
                // growth and decline take in the changes of a named quantity too (profit_growth is a growth).
                if (filter.Metric is not null && !string.Equals(figure.Metric, filter.Metric, StringComparison.Ordinal)
                    && !(filter.Metric is "growth" or "decline" && Extraction.Figures.FigureVocabulary.IsChange(figure.Metric) && figure.Metric!.EndsWith("_" + filter.Metric, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (entityKey is not null && (figure.Subject is null || extractors.Gazetteer.EntityKey(figure.Subject) != entityKey))
                {
                    continue;
                }

                rows.Add(new FactRow(stored.Id, stored.Source, figure, SentenceOf(stored.Article.Text, figure.Start, figure.End)));
            }
        }

        return rows;
    }

    /// <summary>Claims compared across sources, filtered by status and entity, with the totals of all claims.</summary>
    public ClaimsAnswer Claims(ClaimsFilter filter)
    {
        var all = Saved()?.Claims() ?? Related().Claims;
        IEnumerable<Claim> claims = all;
        if (filter.Status is { } status)
        {
            claims = claims.Where(c => c.Status == status);
        }

        if (filter.Entity is { } name)
        {
            // About the entity, or naming it where the value is stated (Scale AI finds Meta's stake in Scale AI).
            string key = ClaimFinder.SubjectKey(name, extractors.Gazetteer);
            var spellings = (extractors.Gazetteer.Whole(name)?.Names ?? [name]).Append(name)
                .Select(ArabicNormalizer.NormalizeLower).Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal).ToList();
            claims = claims.Where(c => ClaimFinder.SubjectKey(c.Subject, extractors.Gazetteer) == key
                || c.Values.Select(v => ArabicNormalizer.NormalizeLower(v.Sentence)).Any(sentence => spellings.Any(n => sentence.Contains(n, StringComparison.Ordinal))));
        }

        var matching = claims.ToList(); // in the finder's order: conflicts, then revisions, then agreements
        return new ClaimsAnswer(matching.Take(filter.Limit).ToList(), matching.Count, all.Count, all.Count(c => c.Status == "conflict"), all.Count(c => c.Status == "revised"), all.Count(c => c.Status == "agreed"));
    }

    /// <summary>The statuses a claim can have, as filters name them.</summary>
    public static IReadOnlyList<string> ClaimStatuses { get; } = ["agreed", "conflict", "revised"];

    /// <summary>The metrics figures are measured by, as filters name them.</summary>
    public static IReadOnlyList<string> Metrics { get; } = [.. Extraction.Figures.FigureVocabulary.Default.Metrics.Select(m => m.Metric).Concat(Extraction.Figures.FigureVocabulary.ChangeMetrics).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The kinds a story can be, as filters name them.</summary>
    public static IReadOnlyList<string> StoryKinds { get; } = ["duplicate", "near-duplicate", "rewrite", "same-event"];

    /// <summary>The kinds an entity can be, as filters name them.</summary>
    public static IReadOnlyList<string> EntityKinds { get; } = ["person", "organization", "product", "place", "other"];

    /// <summary>Stories among the stored articles, largest first, filtered by kind, at most <see cref="StoriesFilter.Limit"/>.</summary>
    public StoriesAnswer Stories(StoriesFilter filter)
    {
        if (Saved()?.Stories(filter.Kind, filter.Limit) is { } saved)
        {
            return new StoriesAnswer(saved.Stories, saved.Total);
        }

        var matching = Related().Relations.Stories.Where(s => filter.Kind is not { } k || s.Kind == k).ToList();
        return new StoriesAnswer(matching.Take(filter.Limit).ToList(), matching.Count);
    }

    /// <summary>A story as lists show it: its articles by date, its outlets, its first and last date.</summary>
    public StoryOverview Overview(Story story)
    {
        var articles = Summaries(story.Articles);
        var members = story.Articles.Select(id => articles.TryGetValue(id, out var a) ? a : new ArticleSummary(id, id, null, null, null))
            .OrderBy(a => a.Published ?? "", StringComparer.Ordinal).ToList();
        var dates = members.Select(a => a.Published).OfType<string>().ToList();
        return new StoryOverview(story, members, members.Select(a => a.Outlet).OfType<string>().Distinct().ToList(), dates.FirstOrDefault(), dates.LastOrDefault());
    }

    /// <summary>One story by id; null when there is none.</summary>
    public Story? Story(string id) =>
        Saved()?.Story(id) is { } saved ? saved.Story : Related().Relations.Stories.FirstOrDefault(s => s.Id == id);

    /// <summary>The relations and claims among every stored article (made once per instance).</summary>
    public RelatingResult Related() => _related ??= IncrementalRelations.Relate(store, extractors);

    /// <summary>
    /// The claims and stories the last relating run saved, when no article was added or changed since (looked for once
    /// per instance): a list of claims or stories is then read, not made again by restoring every article's relation
    /// state. Null when relating is needed, or was done by this instance already.
    /// </summary>
    private SavedAnswers? Saved()
    {
        if (_related is not null)
        {
            return null;
        }

        if (!_lookedForSaved)
        {
            _saved = IncrementalRelations.Saved(store, extractors);
            _lookedForSaved = true;
        }

        return _saved;
    }

    /// <summary>Entities the stored articles name, every spelling merged, most mentioned first.</summary>
    public IReadOnlyList<ResolvedEntity> Entities(EntitiesFilter filter) =>
        EntityResolver.Resolve(FactsFromStore.All(store, extractors).Select(a => (a.Article.Id, a.Facts.Mentions)), extractors.Gazetteer)
            .Where(e => filter.Kind is not { } k || e.Kind == k)
            .Take(filter.Limit)
            .ToList();

    /// <summary>How many of the newest articles naming an entity a timeline reads by default: a page, whatever the archive's size.</summary>
    public const int TimelineArticles = 300;

    /// <summary>
    /// An entity's timeline by any of its names, from the newest <paramref name="articles"/> articles that may name it
    /// (the index gives them newest first); marked partial when older ones name it too. Null when no stored article
    /// names it. Reading every article naming the king or a capital cost 22 s at a million articles; a page costs the
    /// same at any size, unless a spelling of the name holds no word the index keeps (then every article is read).
    /// </summary>
    public EntityTimeline? Timeline(string name, int articles = TimelineArticles)
    {
        var candidates = ArticlesThatMayName(name, articles, out bool older);
        return EntityTimelines.Of(name, candidates.Select(p => RelationInput.Of(p.Article, p.Facts)), extractors.Gazetteer) is { } timeline
            ? timeline with { Partial = older }
            : null;
    }

    /// <summary>
    /// The articles that may name an entity, in the store's order: those the search index finds with every word of
    /// one of its spellings (the name asked for and the gazetteer's names for it; any spelling of a word matches, as in
    /// search; a one-letter proclitic glued on as well). Only their facts are read: reading every article's made a
    /// timeline cost 6.7 s at 100k articles. A few are read one by one; many (a capital, a king) in one pass over the
    /// store, skipping the others' facts. A spelling with no word the index keeps (only common words) reads every article.
    /// </summary>
    private IEnumerable<(StoredArticle Article, ArticleFacts Facts)> ArticlesThatMayName(string name, int newest, out bool older)
    {
        older = false;
        var spellings = (extractors.Gazetteer.Whole(name)?.Names ?? []).Append(name).Distinct(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string spelling in spellings)
        {
            var query = SearchQuery.Parse(spelling);
            if (query.IsEmpty || query.IsQuestion || query.Terms.Count == SearchQuery.MaxTerms)
            {
                return FactsFromStore.All(store, extractors);
            }

            // The gazetteer takes a one-letter proclitic off a name (بمصر، لخادم); the index keeps it on the word.
            foreach (var asked in GluedProclitics.Select(p => SearchQuery.Parse(p + spelling)).Prepend(query))
            {
                var page = store.NewestMatching(asked.WithSpellingsOf(extractors.Gazetteer), newest + 1);
                older |= page.Count > newest;
                ids.UnionWith(page.Take(newest));
            }
        }

        if (ids.Count > newest)
        {
            older = true;
            var headers = store.Headers(ids);
            ids = headers.Values.OrderBy(h => h.Published is null).ThenByDescending(h => h.Published, StringComparer.Ordinal).ThenBy(h => h.Source, StringComparer.Ordinal)
                .Take(newest).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        }

        if (ids.Count > TimelineReadsByIdUpTo)
        {
            return FactsFromStore.Of(store, extractors, ids.Contains);
        }

        return ids.Select(store.Find).OfType<StoredArticle>().OrderBy(a => a.Source, StringComparer.Ordinal)
            .Select(a => (a, FactsFromStore.For(store, a, extractors))).ToList();
    }

    /// <summary>Proclitics the gazetteer takes off a name's first word and light stemming leaves on it (و it takes off itself).</summary>
    private static readonly char[] GluedProclitics = ['ب', 'ل', 'ك', 'ف'];

    /// <summary>A timeline reads up to this many articles by id; more, in one pass over the store (the same articles either way).</summary>
    public int TimelineReadsByIdUpTo { get; init; } = 2_000;

    public StoreStats Stats() => store.Stats();

    /// <summary>The title, outlet and date of the articles named, by id, for lists that show where a value or a story member comes from (read without their text; ids not stored are left out).</summary>
    public IReadOnlyDictionary<string, ArticleSummary> Summaries(IEnumerable<string> ids) =>
        store.Headers(ids).ToDictionary(p => p.Key, p => new ArticleSummary(p.Value.Id, p.Value.Source, p.Value.Title, p.Value.Outlet, p.Value.Published), StringComparer.Ordinal);

    /// <summary>The summaries of every article the claims' values come from.</summary>
    public IReadOnlyDictionary<string, ArticleSummary> Summaries(IEnumerable<Claim> claims) => Summaries(claims.SelectMany(c => c.Values.Select(v => v.Article)));


    /// <summary>Spans to mark, never overlapping: figures first, then dates, then entities; in text order.</summary>
    public static IReadOnlyList<TextMark> Marks(ArticleFacts facts)
    {
        var marks = new List<TextMark>();
        void Add(int start, int end, MarkKind kind)
        {
            if (!marks.Any(m => m.Start < end && start < m.End))
            {
                marks.Add(new TextMark(start, end, kind));
            }
        }

        foreach (var f in facts.Figures)
        {
            Add(f.Start, f.End, MarkKind.Figure);
        }

        foreach (var d in facts.Dates)
        {
            Add(d.Start, d.End, MarkKind.Date);
        }

        foreach (var m in facts.Mentions)
        {
            Add(m.Start, m.End, MarkKind.Entity);
        }

        return marks.OrderBy(m => m.Start).ToList();
    }

    /// <summary>The sentence around a span, cut as extraction cuts sentences (not at the dot inside إيه.آي or 14.8).</summary>
    public static string SentenceOf(string text, int start, int end)
    {
        var (from, to) = Extractors.SentenceAround(text, start, end);
        return text[from..to].Trim();
    }
}
