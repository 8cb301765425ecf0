using Rasid.Analysis;
using Rasid.Extraction;

namespace Rasid.Relating;

/// <summary>What relating needs of a stored article: its identity, outlet, date, clean text and extracted facts.</summary>
public sealed record RelationInput(string Id, string Source, string? Outlet, string? Published, string Text, ArticleFacts Facts);

/// <summary>Why two articles are related: what they share, and how much of their wording.</summary>
public sealed record LinkEvidence(IReadOnlyList<string> Entities, IReadOnlyList<string> Figures, IReadOnlyList<string> Dates, double Jaccard, double RareWordsShared);

/// <summary>
/// Two related articles. Kinds, strongest first: duplicate (the same normalized text), near-duplicate (5-shingle
/// Jaccard ≥ 0.8), rewrite (the same report retold: most of the shorter one's rare words, names and figures are
/// in the other), same-event (different reports of one event: shared names and a shared figure or date).
/// </summary>
public sealed record ArticleLink(string First, string Second, string Kind, double Score, LinkEvidence Evidence);

/// <summary>Articles that tell one story, with the links that put them together; the kind is the loosest link's.</summary>
public sealed record Story(string Id, string Kind, IReadOnlyList<string> Articles, double Score, IReadOnlyList<ArticleLink> Links);

/// <summary>The relations among a set of articles: links between pairs and the stories they make.</summary>
public sealed record Relations(IReadOnlyList<ArticleLink> Links, IReadOnlyList<Story> Stories)
{
    /// <summary>The story an article belongs to, if any.</summary>
    public IReadOnlyDictionary<string, Story> StoryOf { get; } =
        Stories.SelectMany(s => s.Articles.Select(a => (a, s))).ToDictionary(p => p.a, p => p.s, StringComparer.Ordinal);
}

/// <summary>
/// Finds duplicates, rewrites and same-event stories. Articles arrive one at a time: near duplicates through the
/// MinHash index, rewrites and same-event pairs through an inverted index of each article's distinctive evidence
/// (names, figures, rare words), so an arriving article is compared only with articles sharing some of it.
/// </summary>
public sealed class StoryFinder
{
    /// <summary>Evidence keys carried by more articles than this say nothing about which story an article tells.</summary>
    private const int CommonKey = 60;

    /// <summary>Articles published further apart than this are not one event (when both dates are known).</summary>
    private static readonly TimeSpan EventWindow = TimeSpan.FromDays(4);

    private readonly NearDuplicateIndex _nearDuplicates = new();
    private readonly Dictionary<ulong, int> _exact = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly List<Profile> _profiles = [];
    private readonly List<ArticleLink> _links = [];

    private sealed record Profile(RelationInput Article, Dictionary<string, string> EntityNames, HashSet<string> Entities, HashSet<string> Figures, HashSet<string> Dates, HashSet<string> RareWords, DateTime? Published);

    public void Add(RelationInput article)
    {
        int self = _profiles.Count;
        var profile = ProfileOf(article);
        _profiles.Add(profile);
        var (shingles, textHash) = Shingles.Read(article.Text);

        var linked = new HashSet<int>();
        if (shingles.Length > 0 && _exact.TryGetValue(textHash, out int same))
        {
            linked.Add(same);
            _links.Add(new ArticleLink(_profiles[same].Article.Id, article.Id, "duplicate", 1, Shared(_profiles[same], profile, 1)));
        }
        else if (shingles.Length > 0)
        {
            _exact[textHash] = self;
        }

        foreach (var (other, jaccard) in _nearDuplicates.Add(shingles))
        {
            if (linked.Add(other))
            {
                _links.Add(new ArticleLink(_profiles[other].Article.Id, article.Id, "near-duplicate", jaccard, Shared(_profiles[other], profile, jaccard)));
            }
        }

        // Rewrites and same-event reports share distinctive evidence: count it per earlier article through the postings.
        var sharedKeys = new Dictionary<int, int>();
        foreach (string key in Keys(profile))
        {
            if (!_postings.TryGetValue(key, out var posting))
            {
                _postings[key] = posting = [];
            }

            if (posting.Count <= CommonKey)
            {
                foreach (int other in posting)
                {
                    sharedKeys[other] = sharedKeys.GetValueOrDefault(other) + 1;
                }
            }

            posting.Add(self);
        }

        foreach (var (other, count) in sharedKeys)
        {
            if (count < 3 || linked.Contains(other))
            {
                continue;
            }

            if (Classify(_profiles[other], profile) is { } link)
            {
                _links.Add(link);
            }
        }
    }

    public Relations Relations()
    {
        var index = _profiles.Select((p, i) => (p.Article.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var parent = Enumerable.Range(0, _profiles.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var link in _links)
        {
            parent[Find(index[link.First])] = Find(index[link.Second]);
        }

        var stories = _links
            .GroupBy(l => Find(index[l.First]))
            .Select(group =>
            {
                var links = group.ToList();
                var articles = links.SelectMany(l => new[] { l.First, l.Second }).Distinct().OrderBy(a => index[a]).ToList();
                string kind = links.Select(l => l.Kind).MaxBy(KindRank)!;
                return new Story("story-" + articles[0], kind, articles, Math.Round(links.Average(l => l.Score), 3), links);
            })
            .OrderByDescending(s => s.Articles.Count).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        return new Relations(_links.ToList(), stories);
    }

    public static Relations Find(IEnumerable<RelationInput> articles)
    {
        var finder = new StoryFinder();
        foreach (var article in articles)
        {
            finder.Add(article);
        }

        return finder.Relations();
    }

    private static int KindRank(string kind) => kind switch { "duplicate" => 0, "near-duplicate" => 1, "rewrite" => 2, _ => 3 };

    /// <summary>
    /// A rewrite retells one report: it shares most of the names, several identical figures, and a good part of
    /// its rare words with the other. A same-event pair shares names, a figure or date, and a fair part of rare words.
    /// </summary>
    private static ArticleLink? Classify(Profile a, Profile b)
    {
        if (a.Published is { } pa && b.Published is { } pb && (pa - pb).Duration() > EventWindow)
        {
            return null;
        }

        var evidence = Shared(a, b, 0);
        int smallerEntities = Math.Min(a.Entities.Count, b.Entities.Count);
        double entityShare = smallerEntities == 0 ? 0 : (double)evidence.Entities.Count / smallerEntities;
        // Identical figures are the strongest sign of one report retold: several of them need less shared wording.
        bool rewrite = entityShare >= 0.5 && ((evidence.Figures.Count >= 3 && evidence.RareWordsShared >= 0.3) || (evidence.Figures.Count >= 2 && evidence.RareWordsShared >= 0.5));
        string? kind = rewrite ? "rewrite"
            : evidence.RareWordsShared >= 0.2 && evidence.Entities.Count >= 2 && (evidence.Figures.Count + evidence.Dates.Count) >= 1 ? "same-event"
            : null;
        if (kind is null)
        {
            return null;
        }

        // The wording overlap, for the record: computed only for the pairs that are linked.
        evidence = evidence with { Jaccard = Math.Round(Shingles.Jaccard(Shingles.Of(a.Article.Text), Shingles.Of(b.Article.Text)), 3) };
        return new ArticleLink(a.Article.Id, b.Article.Id, kind, evidence.RareWordsShared, evidence);
    }

    private static LinkEvidence Shared(Profile a, Profile b, double jaccard)
    {
        int smaller = Math.Min(a.RareWords.Count, b.RareWords.Count);
        double rare = smaller == 0 ? 0 : (double)a.RareWords.Count(b.RareWords.Contains) / smaller;
        return new LinkEvidence(
            a.Entities.Where(b.Entities.Contains).Select(k => a.EntityNames[k]).Order(StringComparer.Ordinal).ToList(),
            a.Figures.Where(b.Figures.Contains).Order(StringComparer.Ordinal).ToList(),
            a.Dates.Where(b.Dates.Contains).Order(StringComparer.Ordinal).ToList(),
            Math.Round(jaccard, 3),
            Math.Round(rare, 3));
    }

    private static IEnumerable<string> Keys(Profile p) =>
        p.Entities.Select(e => "e:" + e).Concat(p.Figures.Select(f => "f:" + f)).Concat(p.RareWords.Select(w => "w:" + w));

    private static Profile ProfileOf(RelationInput article)
    {
        var facts = article.Facts;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in facts.Mentions)
        {
            string key = NameKey.Of(m.Name);
            if (key.Length > 1)
            {
                names.TryAdd(key, m.Name);
            }
        }

        var entities = names.Keys.ToHashSet(StringComparer.Ordinal);

        // A figure is evidence by its value and unit; durations and bare small counts are too common to say anything.
        var figures = facts.Figures
            .Where(f => f.Kind is not "duration" && !(f.Kind == "count" && f.Value < 10))
            .Select(f => FigureKey(f))
            .ToHashSet(StringComparer.Ordinal);
        var dates = facts.Dates.Where(d => d.Precision is "day").Select(d => d.Value).ToHashSet(StringComparer.Ordinal);
        return new Profile(article, names, entities, figures, dates, RareWords(article.Text), ParseDate(article.Published));
    }

    public static string FigureKey(Extraction.Figures.Figure f) =>
        f.Max is { } max ? $"{Number(f.Value)}-{Number(max)} {f.Unit}" : $"{Number(f.Value)} {f.Unit}";

    private static string Number(double v) => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Words rare in news (outside the 5,000 most frequent, from the word-frequency bands learned on SaudiNewsNet), stemmed.</summary>
    private static HashSet<string> RareWords(string text)
    {
        var clusters = Extraction.Ner.EntityTagger.Default?.Clusters;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Number || token.Length < 4)
            {
                continue;
            }

            string word = ArabicNormalizer.Normalize(text[token.Start..token.End]).ToLowerInvariant();
            if (StopWords.Contains(word) || (clusters is not null && clusters.FrequencyBand(word) is "f1" or "f2"))
            {
                continue;
            }

            string stem = LightStemmer.Stem(word);
            if (stem.Length >= 3)
            {
                words.Add(stem);
            }
        }

        return words;
    }

    private static DateTime? ParseDate(string? published) =>
        published is not null && DateTime.TryParse(published.Length >= 10 ? published[..10] : published, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
