using Rasid.Analysis;
using Rasid.Extraction;
using Rasid.Extraction.Figures;

namespace Rasid.Relating;

/// <summary>One source's value for a claim, with where it says so and how many independent stories say the same.</summary>
public sealed record ClaimValue(string Article, string Source, string? Published, double Value, double? Max, string Unit, string Qualifier, string Surface, string Sentence, int Start, int End, int IndependentStories);

/// <summary>
/// What sources say about one thing, (subject, metric, period): agreed (equal within the rounding the text
/// allows), conflict (different values) or revised (different values with revision language: رفعت، مقارنة بـ).
/// </summary>
public sealed record Claim(string Id, string Subject, string Metric, string? Period, string Status, IReadOnlyList<ClaimValue> Values)
{
    /// <summary>Stories that support some value, a duplicate or rewrite cluster counted once.</summary>
    public int IndependentStories => Values.Select(v => v.IndependentStories).DefaultIfEmpty(0).Max();
}

/// <summary>
/// Groups figures into claims across articles. A figure without a subject joins the claim of the same metric
/// told by another article of its story (a rewrite that drops the company's name is still about the company),
/// unless its own article names a subject for that metric. Articles are added one at a time and only their
/// figures with a metric are kept, with their sentences.
/// </summary>
public sealed class ClaimFinder(Gazetteer gazetteer)
{
    private static readonly Lazy<IReadOnlyList<string[]>> RevisionPhrases = new(() =>
        RasidResources.ReadLines("revision-words.txt").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word).ToArray()).ToList());

    /// <summary>A figure as claims use it; <see cref="Specific"/> when its subject names one entity anywhere (a known entity, or a name of two words or more).</summary>
    internal sealed record Item(string Article, string Source, string? Published, Figure Figure, string? SubjectKey, string? Period, string Sentence, bool Specific, IReadOnlyList<string> Names);

    private readonly List<Item> _items = [];
    private readonly List<string> _articles = [];

    public void Add(RelationInput article)
    {
        _articles.Add(article.Id);
        foreach (var figure in article.Facts.Figures)
        {
            if (figure.Metric is null || figure.Kind == "duration")
            {
                continue;
            }

            string? subject = figure.Subject is { } s ? SubjectKey(s, gazetteer) : null;
            var (from, to) = Extractors.SentenceAround(article.Text, figure.Start, figure.End);
            var names = article.Facts.Mentions.Where(m => m.Start >= from && m.End <= to).Select(m => SubjectKey(m.Name, gazetteer)).Distinct(StringComparer.Ordinal).ToList();
            _items.Add(new Item(article.Id, article.Source, article.Published, figure, subject, PeriodOf(article, from, to), article.Text[from..to].Trim(), figure.Subject is { } name && IsSpecific(name), names));
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions StateJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An article's figures as this finder keeps them, for <see cref="Restore"/> in a later run.</summary>
    public byte[] State(string articleId) =>
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_items.Where(i => i.Article == articleId).ToList(), StateJson);

    /// <summary>Puts back an article's figures kept by <see cref="State"/>.</summary>
    public void Restore(string articleId, byte[] state)
    {
        _articles.Add(articleId);
        _items.AddRange(System.Text.Json.JsonSerializer.Deserialize<List<Item>>(state, StateJson) ?? []);
    }

    public static IReadOnlyList<Claim> Find(IReadOnlyList<RelationInput> articles, Relations relations, Gazetteer gazetteer)
    {
        var finder = new ClaimFinder(gazetteer);
        foreach (var article in articles)
        {
            finder.Add(article);
        }

        return finder.Claims(relations);
    }

    public IReadOnlyList<Claim> Claims(Relations relations)
    {
        var storyOf = relations.StoryOf;

        var items = _items;
        var copies = CopyClusters(_articles, relations);

        // Subjectless figures borrow the subject of the same metric from an article of their story.
        var withSubject = items.Where(i => i.SubjectKey is not null).ToList();
        var byMetric = withSubject.ToLookup(i => (i.Figure.Metric, i.Figure.Unit));
        var metricsWithSubject = withSubject.Select(i => (i.Article, i.Figure.Metric)).ToHashSet();
        var resolved = new List<Item>(withSubject);
        foreach (var item in items.Where(i => i.SubjectKey is null))
        {
            if (metricsWithSubject.Contains((item.Article, item.Figure.Metric)))
            {
                continue;
            }

            if (!storyOf.TryGetValue(item.Article, out var story))
            {
                continue;
            }

            var subjects = byMetric[(item.Figure.Metric, item.Figure.Unit)]
                .Where(i => i.Article != item.Article && story.Articles.Contains(i.Article))
                .Select(i => (i.SubjectKey, i.Specific)).Distinct().ToList();
            if (subjects.Count == 1)
            {
                resolved.Add(item with { SubjectKey = subjects[0].SubjectKey, Specific = subjects[0].Specific });
            }
        }

        var names = resolved.Where(i => i.Figure.Subject is not null).GroupBy(i => i.SubjectKey!).ToDictionary(g => g.Key, g => g.First().Figure.Subject!, StringComparer.Ordinal);
        var claims = new List<Claim>();
        var rareNames = RareNames(resolved);
        var groups = resolved
            .GroupBy(i => (i.SubjectKey!, i.Figure.Metric!, i.Figure.Unit, i.Period))
            .SelectMany(g => ByEvent(g, storyOf, rareNames))
            .SelectMany(ByMagnitude)
            .SelectMany(ByTime);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.Members;
            int articleCount = members.Select(m => m.Article).Distinct().Count();
            bool differ = !AllEquivalent(members.Select(m => m.Figure).ToList());
            bool revision = members.Any(m => HasRevisionLanguage(m.Sentence));
            if (articleCount < 2 && !(differ && revision))
            {
                continue; // one article stating one thing is a figure, not a claim compared across sources
            }

            if (differ && !revision && members.GroupBy(m => m.Article).Any(a => !AllEquivalent(a.Select(m => m.Figure).ToList())))
            {
                continue; // an article that itself gives several values (a price list) is about several quantities
            }

            // Values count as reports of their own only when neither their article nor their sentence is a copy
            // of another's: copies agreeing with themselves are one report, not agreement.
            var reportOf = Reports(members, copies);
            if (!differ && reportOf.Values.Distinct().Count() < 2)
            {
                continue;
            }

            string status = !differ ? "agreed" : revision ? "revised" : "conflict";
            var values = members
                .OrderBy(m => m.Published ?? "", StringComparer.Ordinal).ThenBy(m => m.Source, StringComparer.Ordinal).ThenBy(m => m.Figure.Start)
                .Select(m => new ClaimValue(
                    m.Article, m.Source, m.Published, m.Figure.Value, m.Figure.Max, m.Figure.Unit, m.Figure.Qualifier, m.Figure.Surface, m.Sentence,
                    m.Figure.Start, m.Figure.End,
                    members.Where(o => Equivalent(o.Figure, m.Figure)).Select(o => reportOf[o]).Distinct().Count()))
                .ToList();
            var (subject, metric, _, period) = group.Key;
            string id = $"claim-{subject}-{metric}{(period is null ? "" : "-" + period)}-{Math.Round(members.Min(m => m.Figure.Value), 2).ToString(System.Globalization.CultureInfo.InvariantCulture)}".Replace(' ', '_');
            string first = id;
            for (int k = 2; !ids.Add(id); k++)
            {
                id = $"{first}~{k}"; // the same quantity in another story
            }

            claims.Add(new Claim(id, names.GetValueOrDefault(subject, subject), metric, period, status, values));
        }

        return claims.OrderBy(c => c.Status switch { "conflict" => 0, "revised" => 1, _ => 2 }).ThenByDescending(c => c.Values.Count).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Names in more articles' figure sentences than this are the news's regulars, not one event's (السوق، السعودية).</summary>
    private const int RareName = 12;

    /// <summary>How many articles' figure sentences each name appears in.</summary>
    private static Dictionary<string, int> RareNames(List<Item> items) =>
        items.SelectMany(i => i.Names.Select(n => (n, i.Article))).Distinct().GroupBy(p => p.n, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>
    /// Figures of one subject, metric and period fall apart into the events they are about: two figures are about
    /// one event when their articles tell one story, or their sentences name, besides the subject, one more
    /// entity that few articles name (Meta's investment in Scale AI), within the event window. A toll of two
    /// attacks, a company's turnover in two unrelated reports, stay apart.
    /// </summary>
    private static IEnumerable<((string, string, string, string?) Key, List<Item> Members)> ByEvent(IGrouping<(string, string, string, string?), Item> group, IReadOnlyDictionary<string, Story> storyOf, Dictionary<string, int> articlesNaming)
    {
        var members = group.ToList();
        var events = new UnionFind(members.Count);
        for (int i = 0; i < members.Count; i++)
        {
            for (int j = i + 1; j < members.Count; j++)
            {
                var (a, b) = (members[i], members[j]);
                bool sameStory = a.Article == b.Article
                    || (storyOf.TryGetValue(a.Article, out var sa) && storyOf.TryGetValue(b.Article, out var sb) && sa.Id == sb.Id);
                bool sharedName = WithinWindow(a.Published, b.Published)
                    && a.Names.Any(n => n != group.Key.Item1 && articlesNaming.GetValueOrDefault(n) <= RareName && b.Names.Contains(n, StringComparer.Ordinal));
                if (sameStory || sharedName)
                {
                    events.Union(i, j);
                }
            }
        }

        return members.Select((m, i) => (m, i)).GroupBy(p => events.Find(p.i)).Select(g => (group.Key, g.Select(p => p.m).ToList()));
    }

    private static bool WithinWindow(string? a, string? b) =>
        !(DateTime.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var x)
          && DateTime.TryParse(b, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var y)
          && (x - y).Duration() > TimeSpan.FromDays(4));

    /// <summary>How alike two sentences must be (share of the smaller one's words) to be one sentence copied.</summary>
    private const double CopiedSentence = 0.7;

    /// <summary>
    /// Which report each value comes from: articles that are copies (duplicates, near duplicates) are one report,
    /// and so are values whose sentences are copies of each other (a wire sentence carried into a rewritten story).
    /// </summary>
    private static Dictionary<Item, string> Reports(List<Item> members, Dictionary<string, string> copies)
    {
        var report = new UnionFind(members.Count);
        var words = members.Select(m => Tokenizer.Tokenize(m.Sentence).Select(t => ArabicNormalizer.Normalize(m.Sentence[t.Start..t.End])).ToHashSet(StringComparer.Ordinal)).ToList();
        for (int i = 0; i < members.Count; i++)
        {
            for (int j = i + 1; j < members.Count; j++)
            {
                int smaller = Math.Min(words[i].Count, words[j].Count);
                if (copies[members[i].Article] == copies[members[j].Article]
                    || (smaller > 0 && words[i].Count(words[j].Contains) >= CopiedSentence * smaller))
                {
                    report.Union(i, j);
                }
            }
        }

        var result = new Dictionary<Item, string>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < members.Count; i++)
        {
            result[members[i]] = copies[members[report.Find(i)].Article] + "#" + report.Find(i);
        }

        return result;
    }

    /// <summary>
    /// One subject's figures of one metric fall apart into the quantities they are about: values more than
    /// <see cref="SameQuantity"/> times apart are taken as different quantities (a 0.3% fall of the dollar and a 90%
    /// share of the gold price's fall), not as sources disagreeing. 14.8 and 14.3 billion stay one claim.
    /// </summary>
    private static IEnumerable<((string, string, string, string?) Key, List<Item> Members)> ByMagnitude(((string, string, string, string?) Key, List<Item> Members) group)
    {
        var current = new List<Item>();
        double floor = 0;
        foreach (var item in group.Members.OrderBy(i => Math.Abs(i.Figure.Value)))
        {
            double value = Math.Abs(item.Figure.Value);
            if (current.Count > 0 && value > floor * SameQuantity)
            {
                yield return (group.Key, current);
                current = [];
            }

            if (current.Count == 0)
            {
                floor = Math.Max(value, double.Epsilon);
            }

            current.Add(item);
        }

        if (current.Count > 0)
        {
            yield return (group.Key, current);
        }
    }

    /// <summary>
    /// Figures reported more than <see cref="SameTime"/> apart (by publication) are about different moments: a
    /// toll counted in two attacks weeks apart is two facts, not a conflict.
    /// </summary>
    private static IEnumerable<((string, string, string, string?) Key, List<Item> Members)> ByTime(((string, string, string, string?) Key, List<Item> Members) group)
    {
        var current = new List<Item>();
        DateTime? last = null;
        foreach (var item in group.Members.OrderBy(i => i.Published ?? "", StringComparer.Ordinal))
        {
            DateTime? at = DateTime.TryParse(item.Published, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
            if (current.Count > 0 && at is { } now && last is { } before && now - before > SameTime)
            {
                yield return (group.Key, current);
                current = [];
            }

            last = at ?? last;
            current.Add(item);
        }

        if (current.Count > 0)
        {
            yield return (group.Key, current);
        }
    }

    private static readonly TimeSpan SameTime = TimeSpan.FromDays(7);

    /// <summary>A subject names one entity across articles if the gazetteer knows it or it has two words or more.</summary>
    private bool IsSpecific(string name)
    {
        return name.Contains(' ', StringComparison.Ordinal) || gazetteer.Whole(name) is not null;
    }

    /// <summary>How far apart two values of one quantity may be before they are taken for different quantities.</summary>
    private const double SameQuantity = 1.5;

    /// <summary>The key a subject is grouped by (see <see cref="Gazetteer.EntityKey"/>): Meta and ميتا group together.</summary>
    public static string SubjectKey(string name, Gazetteer gazetteer) => gazetteer.EntityKey(name);

    /// <summary>
    /// Equal within the rounding the text allows: exact figures within 0.5%, and within 10% when either is
    /// approximate or a bound (نحو 20 ≈ 20، أكثر من 200 ≈ 200); ranges must agree at both ends.
    /// </summary>
    public static bool Equivalent(Figure a, Figure b)
    {
        if (a.Unit != b.Unit || (a.Max is null) != (b.Max is null))
        {
            return false;
        }

        double tolerance = a.Qualifier is "exact" or "range" && b.Qualifier is "exact" or "range" ? 0.005 : 0.10;
        return Close(a.Value, b.Value, tolerance) && (a.Max is null || Close(a.Max.Value, b.Max!.Value, tolerance));
    }

    private static bool Close(double x, double y, double tolerance) => Math.Abs(x - y) <= tolerance * Math.Max(Math.Abs(x), Math.Abs(y));

    private static bool AllEquivalent(List<Figure> figures) => figures.All(f => Equivalent(f, figures[0]));

    /// <summary>Articles that copy one another (duplicates, near duplicates) share one id: they are one source, not confirmations. A rewrite retells in its own words; its sentences that are copies are caught one by one.</summary>
    private static Dictionary<string, string> CopyClusters(IReadOnlyList<string> articles, Relations relations)
    {
        var parent = articles.Distinct().ToDictionary(a => a, a => a, StringComparer.Ordinal);
        string Find(string x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var link in relations.Links.Where(l => l.Kind is "duplicate" or "near-duplicate"))
        {
            if (parent.ContainsKey(link.First) && parent.ContainsKey(link.Second))
            {
                parent[Find(link.First)] = Find(link.Second);
            }
        }

        return parent.Keys.ToList().ToDictionary(a => a, Find, StringComparer.Ordinal);
    }

    /// <summary>The period a figure is about: the most precise date written in its sentence (26 يوليو، الربع الأول من 2026، عام 2025), if one is: a price on two days is a series, not a conflict.</summary>
    private static string? PeriodOf(RelationInput article, int from, int to)
    {
        // A date written out (with digits) in the figure's sentence; relative ones (أمس، يوم الجمعة) say when it was reported.
        var date = article.Facts.Dates.Where(d => d.Start >= from && d.End <= to && d.Surface.Any(char.IsDigit)).OrderBy(d => d.Precision switch { "day" => 0, "month" => 1, "quarter" => 2, _ => 3 }).FirstOrDefault();
        return date?.Value;
    }

    public static bool HasRevisionLanguage(string sentence)
    {
        var words = Tokenizer.Tokenize(sentence).Select(t => Word(sentence[t.Start..t.End])).ToArray();
        foreach (var phrase in RevisionPhrases.Value)
        {
            for (int i = 0; i + phrase.Length <= words.Length; i++)
            {
                bool all = true;
                for (int k = 0; k < phrase.Length && all; k++)
                {
                    all = words[i + k] == phrase[k];
                }

                if (all)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A word as revision phrases are compared: normalized, a leading و or ف off (ورفعت → رفعت), a trailing attached بـ kept apart.</summary>
    private static string Word(string raw)
    {
        string word = ArabicNormalizer.Normalize(raw);
        return word.Length > 3 && word[0] is '\u0648' or '\u0641' ? word[1..] : word;
    }
}
