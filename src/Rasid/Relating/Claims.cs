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
    /// <param name="Earlier">The sentence puts the figure as the value compared with (مقابل، مقارنة بـ، من X إلى Y): the old value of a revision or another period's, never a conflicting one.</param>
    /// <param name="InAList">Its sentence states <see cref="ListedValues"/> or more current values of the metric and unit with its subject (or none) and period: a list, whose values are never compared (unlike an article's values told in sentences of their own, see <see cref="ByListedValue"/>).</param>
    /// <param name="Places">The places its sentence names, those it puts something in first, nearest the figure first: the first names the event.</param>
    /// <param name="Crowded">Its sentence states another current value of the same metric and unit (a price list, two percentages of growth): which figure is which quantity is the sentence's syntax, so it may agree with a copy of itself but never make a conflict or a revision.</param>
    /// <param name="ArticlePlace">The place its article names most (datelines aside): an event's name when the figure's sentence names no place.</param>
    /// <param name="OwnerNamed">A noun heads an owner just before it (وانخفض سهم إعمار 0.4%): the figure is that owner's even when no list knows it.</param>
    /// <param name="RoseTo">Its sentence says a count rose to it (ارتفعت حصيلة القتلى إلى 38): a toll updated, replacing the lower counts told before.</param>
    /// <param name="OtherTolls">The other tolls its sentence counts (deaths beside injuries): two reports of one event that give a toll differently but agree on another tell one event.</param>
    internal sealed record Item(string Article, string Source, string? Outlet, string? Published, Figure Figure, string? SubjectKey, string? Period, string Sentence, bool Specific, IReadOnlyList<string> Names, bool Earlier, bool Crowded = false, bool InAList = false, IReadOnlyList<string>? Places = null, string? ArticlePlace = null, bool OwnerNamed = false, bool RoseTo = false, IReadOnlyList<OtherToll>? OtherTolls = null);

    /// <summary>A toll beside a figure in its sentence (a record, not a tuple: items are kept as JSON between runs, and JSON writes no tuple fields).</summary>
    internal sealed record OtherToll(string Metric, double Value);

    private readonly List<Item> _items = [];
    private readonly List<string> _articles = [];

    public void Add(RelationInput article)
    {
        _articles.Add(article.Id);
        int first = _items.Count;
        var sentenceOf = new List<int>();
        var sentenceWords = new Dictionary<int, SentenceWords>();
        string? articlePlace = null;
        for (int f = 0; f < article.Facts.Figures.Count; f++)
        {
            var figure = article.Facts.Figures[f];
            if (figure.Metric is null || figure.Kind == "duration")
            {
                continue;
            }

            string? subject = figure.Subject is { } s ? SubjectKey(s, gazetteer) : null;
            var (from, to) = article.FigureSentences[f];
            if (!sentenceWords.TryGetValue(from, out var words))
            {
                sentenceWords[from] = words = SentenceWords.Of(article.Text, from, to); // a sentence with several figures is read once
            }

            // A toll summed over several incidents ("في 3 حوادث متفرقة", "في حادثين منفصلين") is a tally, and two
            // tallies of a day's incidents count different sets of them: never compared as one event's toll.
            if (Tolls.OfAnEvent(figure.Metric) && figure.Subject is null && words.Words.Any(SeparateIncidents.Contains))
            {
                continue;
            }

            if (IsBreakdown(article, figure, from, to, words) || BilateralTrade(article, figure, words))
            {
                continue;
            }

            if (Tolls.OfAnEvent(figure.Metric) && figure.Subject is null)
            {
                articlePlace ??= MostNamed(article.Facts.Mentions.Where(m => m.Kind == "place" && !IsDateline(article.Text, m) && !IsBorderOrRoad(article.Text, m)).Select(m => EntityResolver.Clean(m.Name))) ?? "";
            }

            var inSentence = article.Facts.Mentions.Where(m => m.Start >= from && m.End <= to).ToList();
            // A named feast (عيد الفطر) dates a sentence and names no event: two drownings on Eid's first day are two.
            var names = inSentence.Where(m => !(m.Kind == "other" && m.Canonical is not null)).Select(m => EntityResolver.Clean(m.Name)).Distinct(StringComparer.Ordinal).ToList();
            var named = inSentence.Where(m => m.Kind == "place" && !IsDateline(article.Text, m) && !IsBorderOrRoad(article.Text, m)).ToList();
            var happenedIn = named.Where(m => HappenedIn(article.Text, m)).ToList();
            // Nearest the figure first: a sentence may put its speaker in one place ("قال في باريس") and the event in another.
            var places = NearestFirst(happenedIn.Count > 0 ? happenedIn : named, figure);
            _items.Add(new Item(article.Id, article.Source, article.Outlet, article.Published, figure, subject, PeriodFor(figure, PeriodOf(article, from, to, words, figure.Start)), article.Text[from..to].Trim(),
                figure.Subject is { } name && IsSpecific(name), names, IsEarlierValue(words, figure), Places: places, ArticlePlace: articlePlace is "" ? null : articlePlace,
                OwnerNamed: OwnerNouns.HeadsAny(words.Before(figure.Start, OwnerReach)), RoseTo: Tolls.Counts(figure.Metric) && SaysRoseTo(words, figure),
                OtherTolls: Tolls.OfAnEvent(figure.Metric) ? OtherTollsOf(article, f, from, to) : null));
            sentenceOf.Add(from);
        }

        // A sentence with two current values of one metric and unit is crowded; its figures are marked once all are read.
        var current = Enumerable.Range(first, _items.Count - first).Where(i => !_items[i].Earlier)
            .GroupBy(i => (sentenceOf[i - first], _items[i].Figure.Metric, ComparedUnit(_items[i].Figure)));
        foreach (var sentence in current.Where(g => g.Count() > 1))
        {
            foreach (int i in sentence)
            {
                // A list is of one owner's values of one time (a region's hospitals and their beds): indexes or periods
                // named one by one (ناسداك، داو جونز، ستاندرد آند بورز) are told apart by the sentence's syntax.
                bool listed = sentence.Count(o => _items[o].SubjectKey == _items[i].SubjectKey && _items[o].Period == _items[i].Period) >= ListedValues;
                _items[i] = _items[i] with { Crowded = true, InAList = listed };
            }
        }

        _itemsOf[article.Id] = (first, _items.Count - first);
    }

    private static readonly System.Text.Json.JsonSerializerOptions StateJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An article's figures as this finder keeps them, for <see cref="Restore"/> in a later run.</summary>
    public byte[] State(string articleId) =>
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_itemsOf.TryGetValue(articleId, out var range) ? _items.GetRange(range.First, range.Count) : [], StateJson);

    /// <summary>Where each article's items lie in <see cref="_items"/> (added together): its state is found without a scan of every item.</summary>
    private readonly Dictionary<string, (int First, int Count)> _itemsOf = new(StringComparer.Ordinal);

    /// <summary>Puts back an article's figures kept by <see cref="State"/>.</summary>
    public void Restore(string articleId, byte[] state)
    {
        _articles.Add(articleId);
        int first = _items.Count;
        _items.AddRange(System.Text.Json.JsonSerializer.Deserialize<List<Item>>(state, StateJson) ?? []);
        _itemsOf[articleId] = (first, _items.Count - first);
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
        var copies = CopyClusters(_articles, relations, "duplicate", "near-duplicate");
        var stories = CopyClusters(_articles, relations, "duplicate", "near-duplicate", "rewrite");

        // Subjectless figures borrow the subject of the same metric from an article of their story.
        var withSubject = items.Where(i => i.SubjectKey is not null).ToList();
        var byMetric = withSubject.ToLookup(i => (i.Figure.Metric, i.Figure.Unit));
        var metricsWithSubject = withSubject.Select(i => (i.Article, i.Figure.Metric)).ToHashSet();
        var resolved = new List<Item>(withSubject);
        var retold = RetoldBy(relations);
        var borrowed = new HashSet<Item>(ReferenceEqualityComparer.Instance);
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

            // Borrowed only from a copy or rewrite of the same report, and never for an age or a count: the
            // persons and tolls of other reports of an event are other persons and other tolls.
            if (item.Figure.Kind is "age" or "count")
            {
                continue;
            }

            // ... and never a figure whose own sentence heads it with an owner no list knows (وانخفض سهم إعمار 0.4%): a
            // retold market report lists many companies' moves, and that one is not the named company's.
            if (item.OwnerNamed)
            {
                continue;
            }

            // A rise or fall borrows only from the same change retold, its value equal: a report lists the changes of
            // many quantities (عدد العمليات ارتفع 5.9%، إجمالي العمليات بزيادة 5.6%), and the one another copy binds to a
            // name is one of them (تراجعت أرباح سابك 4.49% lends to "تراجع صافي الأرباح 4.49%", not to a 9.16% rise).
            bool sameChangeOnly = FigureVocabulary.IsChange(item.Figure.Metric);
            var subjects = byMetric[(item.Figure.Metric, item.Figure.Unit)]
                .Where(i => i.Article != item.Article && retold[item.Article].Contains(i.Article) && (!sameChangeOnly || i.Figure.Value == item.Figure.Value))
                .Select(i => (i.SubjectKey, i.Specific)).Distinct().ToList();
            if (subjects.Count == 1)
            {
                resolved.Add(item with { SubjectKey = subjects[0].SubjectKey, Specific = subjects[0].Specific });
                borrowed.Add(item);
            }
        }

        // What is left without a subject is about its story's event (the toll of the attack the story reports):
        // compared within its story only, under the event's name. Only a toll (deaths, injuries, arrests) is
        // compared so: an age is a named person's ("مقيم يبلغ 28 عاماً" and "مواطن في الثانية والثلاثين" are two
        // people), and a sum, rate or price with no owner named is a market series or a passing mention.
        resolved.AddRange(items.Where(i => i.SubjectKey is null && !borrowed.Contains(i) && Tolls.OfAnEvent(i.Figure.Metric) && storyOf.ContainsKey(i.Article)).Select(i => i with { SubjectKey = EventSubject }));
        var names = resolved.Where(i => i.Figure.Subject is not null).GroupBy(i => i.SubjectKey!).ToDictionary(g => g.Key, g => g.First().Figure.Subject!, StringComparer.Ordinal);
        var claims = new List<Claim>();
        // Sentences' names as keys (Meta and ميتا are one), each name keyed once.
        var keyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        string Key(string name) => keyOf.TryGetValue(name, out var key) ? key : keyOf[name] = SubjectKey(name, gazetteer);
        resolved = resolved.Select(i => i with { Names = i.Names.Select(Key).Distinct(StringComparer.Ordinal).ToList(), Places = (i.Places ?? []).Select(Key).Distinct(StringComparer.Ordinal).ToList(), ArticlePlace = i.ArticlePlace is { } p ? Key(p) : null }).ToList();
        var display = keyOf.GroupBy(p => p.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        var rareNames = RareNames(resolved);
        var groups = resolved
            .GroupBy(i => (i.SubjectKey!, i.Figure.Metric!, ComparedUnit(i.Figure), i.Period))
            .SelectMany(g => ByEvent(g, storyOf, rareNames))
            .SelectMany(ByMagnitude)
            .SelectMany(ByTime)
            .SelectMany(ByListedValue);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var stemsOf = new Dictionary<Item, HashSet<string>>(ReferenceEqualityComparer.Instance); // each sentence's stems made once
        var wordsOf = new Dictionary<Item, HashSet<string>>(ReferenceEqualityComparer.Instance); // and its words
        foreach (var group in groups)
        {
            var members = group.Members;
            bool revision = members.Any(m => HasRevisionLanguage(m.Sentence));
            if (!revision)
            {
                members = members.Where(m => !m.Earlier).ToList(); // "مقابل 6.46 مليار في الربع المماثل" is another period's
            }

            // A list of one owner's values in one sentence (a region's hospitals and their beds) names each thing by its
            // item alone, which claims do not read: two reports that reword the list agree or differ on nothing anyone can
            // name. (Values an article tells in sentences of their own are each a fact: see ByListedValue.)
            members = members.Where(m => !m.InAList).ToList();
            if (members.Count > 0 && !AllEquivalent(members.Select(m => m.Figure).ToList()))
            {
                members = members.Where(m => !m.Crowded).ToList(); // values that differ: only figures their sentence leaves no doubt about
                revision = members.Any(m => HasRevisionLanguage(m.Sentence));
            }

            // An event's toll is compared only among reports that tell it in like words: a toll of another event
            // recalled in passing (twelve killed at Columbine, in reports of the Aurora shooting) or a different
            // attack the story also covers is left out rather than agreed with or set against it.
            if (group.Key.Item1 == EventSubject)
            {
                var all = members;
                members = members.Where(m => all.Any(o => o.Article != m.Article && (o.Outlet ?? o.Article) != (m.Outlet ?? m.Article) && SayTheSame(m, o, stemsOf, aboutAnEvent: true))).ToList();
            }

            // Values every report gives as the one replaced (الخسائر المنشورة سابقا والبالغة 199 مليون ريال لتصبح 45 مليونا)
            // agree on what is no longer so: no agreed fact, and the revision is the new value's claim.
            if (members.Count > 0 && members.All(m => m.Earlier) && AllEquivalent(members.Select(m => m.Figure).ToList()))
            {
                continue;
            }

            int articleCount = members.Select(m => m.Article).Distinct().Count();
            bool differ = members.Count > 0 && !AllEquivalent(members.Select(m => m.Figure).ToList());
            // A toll a report says rose to its value, all others lower, is that toll updated: revised, told in its own words.
            bool risen = differ && !revision && RoseToTheHighest(members);
            revision |= risen;
            if (articleCount < 2 && !(differ && revision))
            {
                continue; // one article stating one thing is a figure, not a claim compared across sources
            }

            if (differ && !revision && members.GroupBy(m => m.Article).Any(a => !AllEquivalent(a.Select(m => m.Figure).ToList())))
            {
                continue; // an article that itself gives several values (a price list) is about several quantities
            }

            if (differ && !revision && MovesDaily(group.Key.Item2))
            {
                continue; // a market's close, turnover or a price two reports give differently are two days' values, a series
            }

            // A count a noun names in passing (a building's floors, a squad's players, the countries taking part) with no
            // toll or trigger around it is agreed when reports repeat it, never disputed: two such counts that differ
            // were, read over SaudiNewsNet, mostly two sets (a camp's three friendlies and the season's four, strikes
            // near six cities one day and eight the next, "الحادي عشر" read as ten) rather than one count told twice.
            if (differ && !revision && Tolls.CountedInPassing(group.Key.Item2))
            {
                continue;
            }

            // A conflict is two outlets at one time saying the same thing in words: one outlet's values on different
            // days are a series (a price, a count that moves), and sentences that share few content words (a truck
            // bomb's toll and a suicide attack's, a forecast and an outcome) tell two quantities, not one disputed.
            // A toll told higher by a report hours after another is the count rising as the dead are found, not two
            // accounts disputing one count (more than 27 dead at dawn, 30 by midday; 43 the night after the shelling,
            // about 60 the next noon).
            if (differ && !revision && !members.Any(a => members.Any(b => (a.Outlet ?? a.Article) != (b.Outlet ?? b.Article) && !Equivalent(a.Figure, b.Figure)
                && Within(a.Published, b.Published, TimeSpan.FromDays(2)) && !TollRoseSince(a, b, group.Key.Item2)
                && SayTheSame(a, b, stemsOf, aboutAnEvent: group.Key.Item1 == EventSubject))))
            {
                continue;
            }

            // Values count as reports of their own only when neither their article nor their sentence is a copy
            // of another's: copies agreeing with themselves are one report, not agreement. Outlets printing one wire
            // sentence carry one account (tried: keeping them as agreement labelled "one account" turned ~120 agreed
            // claims over SaudiNewsNet into ~1,150, nearly all background numbers repeated with the wire text; see
            // CopiedSentence for how alike is a copy).
            if (!differ && Reports(members, copies, wordsOf).Values.Distinct().Count() < 2)
            {
                continue;
            }

            var independentOf = Reports(members, stories, wordsOf);

            // Figures about their story's event must name it somewhere in their sentences: a price quoted with no
            // name (silver rose 0.3%) is a market series, not an event's fact.
            // A count of places (countries, cities, villages) is named by no place: read over SaudiNewsNet, the place
            // beside it was one of them (France among the AIIB's fifty founders, Riyadh among a campaign's six cities)
            // or where they met (177 countries under Riyadh), never whose count it was.
            // A sports tally is a team's or its player's, never the camp's town's or the nationality's (التشيك for the
            // goalkeeper Čech, أوروبا for a Guinean's caps); the club nearest it was, read over SaudiNewsNet, as often
            // the opponent (أودينيزي for a camp's friendlies): with no owner bound it is no claim.
            string? eventName = group.Key.Item1 != EventSubject ? null
                : CountsPlaces(group.Key.Item2) || SportsTally(group.Key.Item2) ? ""
                : EventName(members, Tolls.CountedInPassing(group.Key.Item2));
            if (eventName is "")
            {
                continue;
            }

            // A revision is stated in one sentence that gives the new value and the old one it replaces (رفعت
            // توجيهاتها إلى ما بين 70 و72 … مقارنة بالنطاق السابق بين 66 و72؛ خفض توقعاته من 3 إلى 2.8): revision
            // words elsewhere (رفع الأسعار، خفض الإنتاج) tie nothing, and such values are left out rather than
            // called a revision or a conflict.
            if (differ && revision && !risen)
            {
                var stated = members.GroupBy(m => (m.Article, m.Sentence))
                    .FirstOrDefault(g => HasRevisionLanguage(g.Key.Sentence) && g.Any(m => m.Earlier) && g.Any(m => !m.Earlier && g.Any(o => o.Earlier && !Equivalent(o.Figure, m.Figure))));
                if (stated is null)
                {
                    continue;
                }

                // The revision's two values, as each report gives them; other values of the metric are other quantities.
                members = members.Where(m => stated.Any(r => Equivalent(r.Figure, m.Figure))).ToList();
            }

            if (differ && !revision && members.All(a => members.All(b => Compatible(a.Figure, b.Figure))))
            {
                continue; // نحو 0.2 against 0.15: rounding apart, neither agreed nor a conflict
            }

            string status = !differ ? "agreed" : revision ? "revised" : "conflict";
            var values = members
                .OrderBy(m => m.Published ?? "", StringComparer.Ordinal).ThenBy(m => m.Source, StringComparer.Ordinal).ThenBy(m => m.Figure.Start)
                .Select(m => new ClaimValue(
                    m.Article, m.Source, m.Published, m.Figure.Value, m.Figure.Max, m.Figure.Unit, m.Figure.Qualifier, m.Figure.Surface, m.Sentence,
                    m.Figure.Start, m.Figure.End,
                    members.Where(o => Equivalent(o.Figure, m.Figure)).Select(o => independentOf[o]).Distinct().Count()))
                .ToList();
            var (subject, metric, _, period) = group.Key;
            string id = $"claim-{subject}-{metric}{(period is null ? "" : "-" + period)}-{Math.Round(members.Min(m => m.Figure.Value), 2).ToString(System.Globalization.CultureInfo.InvariantCulture)}".Replace(' ', '_');
            string first = id;
            for (int k = 2; !ids.Add(id); k++)
            {
                id = $"{first}~{k}"; // the same quantity in another story
            }

            claims.Add(new Claim(id, eventName is not null ? display.GetValueOrDefault(eventName, eventName) : names.GetValueOrDefault(subject, subject), metric, period, status, values));
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

        // One story (or one article outside any): one event. Indexed, not compared pair by pair: a metric's
        // figures about their events run to thousands.
        var firstOfStory = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < members.Count; i++)
        {
            string story = storyOf.TryGetValue(members[i].Article, out var st) ? st.Id : "article:" + members[i].Article;
            if (firstOfStory.TryGetValue(story, out int first))
            {
                events.Union(first, i);
            }
            else
            {
                firstOfStory[story] = i;
            }
        }

        // A rare name besides the subject in both sentences, within the event window: the same event.
        if (group.Key.Item1 != EventSubject)
        {
            var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < members.Count; i++)
            {
                foreach (string name in members[i].Names)
                {
                    if (name != group.Key.Item1 && articlesNaming.GetValueOrDefault(name) <= RareName)
                    {
                        (byName.TryGetValue(name, out var list) ? list : byName[name] = []).Add(i);
                    }
                }
            }

            foreach (var posting in byName.Values)
            {
                for (int x = 0; x < posting.Count; x++)
                {
                    for (int y = x + 1; y < posting.Count; y++)
                    {
                        if (WithinWindow(members[posting[x]].Published, members[posting[y]].Published))
                        {
                            events.Union(posting[x], posting[y]);
                        }
                    }
                }
            }
        }

        return members.Select((m, i) => (m, i)).GroupBy(p => events.Find(p.i)).Select(g => (group.Key, g.Select(p => p.m).ToList()));
    }

    /// <summary>
    /// Quantities a market sets anew every trading day (an index's close and move, turnover, shares and trades, how many
    /// companies rose or fell, a share's change, a price). Two reports a day or two apart that differ give two days'
    /// values, and the day is rarely written (اليوم، أمس): such values are agreed when equal, never a conflict.
    /// </summary>
    private static bool MovesDaily(string metric) => metric is "index_close" or "index_change" or "trading_value" or "traded_shares"
        or "trade_count" or "advancing_companies" or "declining_companies" or "share_price_change" or "price";

    private static bool WithinWindow(string? a, string? b) => Within(a, b, TimeSpan.FromDays(4));

    /// <summary>How long after another report one that tells a higher toll is an update of it rather than a rival count.</summary>
    private static readonly TimeSpan TollUpdate = TimeSpan.FromHours(2);

    /// <summary>
    /// The two values count the dead, injured or arrested, and the one published <see cref="TollUpdate"/> or more after
    /// the other is the higher: a toll that grew between the reports. Reports closer in time that differ dispute it.
    /// </summary>
    private static bool TollRoseSince(Item a, Item b, string metric)
    {
        if (!Tolls.Counts(metric) || Published(a.Published) is not { } x || Published(b.Published) is not { } y || (x - y).Duration() < TollUpdate)
        {
            return false;
        }

        var (earlier, later) = x < y ? (a, b) : (b, a);
        return later.Figure.Value > earlier.Figure.Value;
    }

    private static DateTime? Published(string? published) =>
        DateTime.TryParse(published, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at) ? at : null;

    /// <summary>Published no further apart than <paramref name="window"/> (or a date unknown).</summary>
    private static bool Within(string? a, string? b, TimeSpan window) =>
        !(Published(a) is { } x && Published(b) is { } y && (x - y).Duration() > window);

    /// <summary>For each article, the articles that copy or retell it (duplicate, near-duplicate and rewrite links); none for others.</summary>
    private static ILookup<string, string> RetoldBy(Relations relations) =>
        relations.Links.Where(l => l.Kind is "duplicate" or "near-duplicate" or "rewrite")
            .SelectMany(l => new[] { (l.First, l.Second), (l.Second, l.First) })
            .ToLookup(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    private static readonly Lazy<HashSet<string>> ComparisonWords = new(() =>
        RasidResources.ReadLines("comparison-words.txt").Select(Word).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// The figure is the value a sentence compares with: a comparison word among the four words before it
    /// (مقابل، مقارنة بـ، بعد أن كان), "من" right before it with "إلى" after it (من 13 إلى 21), or a standing amount
    /// that "لتصبح" another (see <see cref="BecameAnother"/>).
    /// </summary>
    private static bool IsEarlierValue(SentenceWords sentence, Figure figure)
    {
        int before = sentence.Ends.FindLastIndex(end => end <= figure.Start) + 1; // words wholly before the figure
        var words = sentence.Words.Skip(Math.Max(0, before - 4)).Take(Math.Min(4, before)).ToList();
        if (words.Any(ComparisonWords.Value.Contains))
        {
            return true;
        }

        int after = sentence.Starts.FindIndex(start => start >= figure.End);
        return (words.Count > 0 && words[^1] == "من" && after >= 0 && sentence.Words.Skip(after).Take(3).Any(w => w is "الي" or "لي"))
            || BecameAnother(sentence.Words, words, after);
    }

    /// <summary>
    /// The figure is introduced as a standing amount (البالغة، المنشورة، المعلنة among the three words before it) and
    /// "لتصبح" or "ليصبح" with a number follows: the value before it became the other (الخسائر البالغة 199 مليون ريال
    /// لتصبح 45 مليونا). A count that adds to a total (5 إصابات جديدة ليصبح إجمالي الإصابات 1000) is no such value, nor
    /// an age before a post (28 عاماً، ليصبح كبير مسؤولي).
    /// </summary>
    private static bool BecameAnother(string[] sentence, List<string> fourBefore, int after)
    {
        if (after < 0 || !fourBefore.Skip(Math.Max(0, fourBefore.Count - 3)).Any(StandingAmountWords.Contains))
        {
            return false;
        }

        for (int k = after; k < Math.Min(after + 3, sentence.Length); k++)
        {
            if (sentence[k] is "لتصبح" or "ليصبح")
            {
                return sentence.Skip(k + 1).Take(4).Any(w => w.Length > 0 && char.IsDigit(w[0]));
            }
        }

        return false;
    }

    /// <summary>Words that present an amount as it stood (البالغة، المنشورة، المعلنة), as <see cref="Word"/> makes them.</summary>
    private static readonly HashSet<string> StandingAmountWords = new(new[] { "البالغة", "البالغ", "المنشورة", "المعلنة" }.Select(Word), StringComparer.Ordinal);

    /// <summary>Words that say a count grew (ارتفع، ارتفاع، تزايد، زاد), as <see cref="Word"/> makes them.</summary>
    private static readonly Lazy<HashSet<string>> RiseWords = new(() => ChangeWords.Rising.Select(Word).ToHashSet(StringComparer.Ordinal));

    /// <summary>How many words before إلى a word of rising may stand.</summary>
    private const int RiseReach = 30;

    /// <summary>
    /// The sentence says the count rose to the figure: إلى right before it (or before its qualifier: إلى نحو 38) and a
    /// word of rising before that with no number between (ارتفع عدد المصابين في حادث ... بمدينة هامبورغ ... إلى 38 مصابا).
    /// </summary>
    private static bool SaysRoseTo(SentenceWords sentence, Figure figure)
    {
        int before = sentence.Ends.FindLastIndex(end => end <= figure.Start) + 1; // words wholly before the figure
        int to = before - 1;
        if (to >= 0 && sentence.Words[to] is "نحو" or "قرابه" or "حوالي")
        {
            to--;
        }

        if (to < 0 || sentence.Words[to] is not ("الي" or "لي"))
        {
            return false;
        }

        // The rising word begins the clause that ends in the figure: no other number between them.
        for (int k = to - 1; k >= Math.Max(0, to - RiseReach); k--)
        {
            if (RiseWords.Value.Contains(sentence.Words[k]))
            {
                return true;
            }

            if (sentence.Words[k].Length > 0 && char.IsDigit(sentence.Words[k][0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// One report says the toll rose to its value and every other value is lower: the lower ones are the count before
    /// the update, whichever outlet printed it later (a lagging outlet repeats the morning's 27 after another's 38).
    /// </summary>
    private static bool RoseToTheHighest(List<Item> members) =>
        members.Any(r => r.RoseTo && members.All(m => Equivalent(m.Figure, r.Figure) || m.Figure.Value < r.Figure.Value));

    /// <summary>A sentence's words as claims compare them (<see cref="Word"/>), with their offsets in the text: read once for all its figures.</summary>
    internal sealed record SentenceWords(List<int> Starts, List<int> Ends, string[] Words)
    {
        /// <summary>The last <paramref name="reach"/> words that end before <paramref name="start"/>.</summary>
        public IEnumerable<string> Before(int start, int reach)
        {
            int end = Ends.FindLastIndex(e => e <= start) + 1;
            return Words[Math.Max(0, end - reach)..end];
        }

        public static SentenceWords Of(string text, int from, int to)
        {
            var tokens = Tokenizer.Tokenize(text[from..to]);
            return new(tokens.Select(t => from + t.Start).ToList(), tokens.Select(t => from + t.End).ToList(),
                tokens.Select(t => Word(text[(from + t.Start)..(from + t.End)])).ToArray());
        }
    }

    /// <summary>
    /// The figure breaks down a count of the same measure just before it, in parentheses (تسجيل 4 حالات إصابة جديدة
    /// (3 مواطنين ومواطنة)): a part of that count, not another report of it. A number alone in parentheses is only
    /// how it is written (استشهاد (15) وإصابة (33)); a sum in another currency is the same sum (1.6 مليار دولار (6.17
    /// مليار ريال)); parts of another measure are figures of their own (1091 ضحية (335 قتيلا و756 جريحا)).
    /// </summary>
    private static bool IsBreakdown(RelationInput article, Figure figure, int sentenceStart, int sentenceEnd, SentenceWords sentence)
    {
        if (figure.Kind != "count")
        {
            return false;
        }

        var text = article.Text;
        if (IsPartOf(article, figure, sentence) || CountsAGroupAmongThem(article, figure, sentence))
        {
            return true;
        }

        int open = text.LastIndexOf('(', figure.Start, Math.Min(figure.Start - sentenceStart + 1, BreakdownReach));
        if (open < 0 || text.IndexOf(')', open, figure.Start - open) >= 0)
        {
            return false; // not inside parentheses
        }

        int close = text.IndexOf(')', figure.Start, Math.Max(0, Math.Min(sentenceEnd, text.Length) - figure.Start));
        if (close < 0 || text.AsSpan(open + 1, close - open - 1).Trim().Length <= figure.End - figure.Start)
        {
            return false; // "(33)": the number alone, in parentheses for style
        }

        return article.Facts.Figures.Any(other => !ReferenceEquals(other, figure) && other.Kind == "count" && OneMeasure(other.Metric, figure.Metric)
            && other.Value > figure.Value && other.End <= open && other.Start >= sentenceStart && open - other.End <= BreakdownReach);
    }

    /// <summary>Words that say what follows is among the count before (منهم، بينهم، من بينها), normalized, a conjunction off.</summary>
    private static readonly HashSet<string> PartWords = new[] { "منهم", "منها", "منهما", "بينهم", "بينها", "بينهما" }
        .Select(Word).ToHashSet(StringComparer.Ordinal);

    /// <summary>How far (chars) a part may follow the count it belongs to.</summary>
    private const int PartReach = 160;

    /// <summary>
    /// The figure is among a larger count of the same measure earlier in its sentence, a word of partition between them
    /// (قتل 15 شخصا بينهم 12 من رجال الأمن؛ بلغ مجمل المصابين 50 حالة سجلت منهم 9 حالات وفاة و39 يتلقون العلاج): a part,
    /// never a rival count of the whole nor the whole's value.
    /// </summary>
    internal static bool IsPartOf(RelationInput article, Figure figure, SentenceWords sentence)
    {
        int sentenceStart = sentence.Starts.Count > 0 ? sentence.Starts[0] : 0;
        foreach (var other in article.Facts.Figures)
        {
            if (ReferenceEquals(other, figure) || other.Kind != "count" || !OneMeasure(other.Metric, figure.Metric) || other.Value <= figure.Value
                || other.End > figure.Start || other.Start < sentenceStart || figure.Start - other.End > PartReach)
            {
                continue;
            }

            // The sentence's words, read once for all its figures: those between the two counts.
            for (int k = 0; k < sentence.Words.Length; k++)
            {
                if (sentence.Starts[k] >= other.End && sentence.Ends[k] <= figure.Start && PartWords.Contains(sentence.Words[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A trade figure whose sentence names its partner before it (واردات الصين من الاتحاد الأوروبي، الصادرات الفرنسية
    /// لإيران، صادرات مصر إلى الإمارات; see <see cref="TradeFlows"/>): one flow between two, a part of the trader's total,
    /// never a rival of the total another report gives (China's 757 billion yuan from the EU against its 930 billion).
    /// </summary>
    private static bool BilateralTrade(RelationInput article, Figure figure, SentenceWords sentence)
    {
        if (figure.Metric is not ("exports" or "imports"))
        {
            return false;
        }

        int sentenceStart = sentence.Starts.Count > 0 ? sentence.Starts[0] : 0;
        foreach (var partner in article.Facts.Mentions.Where(m => m.Kind is "place" or "organization" && m.End <= figure.Start && m.Start >= sentenceStart))
        {
            int k = sentence.Starts.FindLastIndex(start => start <= partner.Start);
            if (k < 0)
            {
                continue;
            }

            bool gluedLam = sentence.Starts[k] < partner.Start && article.Text[sentence.Starts[k]] == '\u0644' && !ArabicNormalizer.Normalize(partner.Name).StartsWith('\u0644');
            if (TradeFlows.Partner(figure.Metric, k > 0 ? sentence.Words[k - 1] : null, gluedLam,
                () => sentence.Words[Math.Max(0, k - 3)..k].Any(TradeFlows.IsExportsWord)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns that head a group in construct (من رجال الأمن، من منسوبي القوات، من أفراد الأسرة), normalized.</summary>
    private static readonly HashSet<string> GroupNouns = new[] { "رجال", "منسوبي", "أفراد", "عناصر", "أبناء", "أعضاء", "عمال", "جنود", "ضباط", "طلاب" }
        .Select(Word).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A toll's count followed by من and a group (استشهاد 12 من رجال الأمن و3 من العاملين) counts that group among the
    /// dead or injured: a part of the toll, never a rival of the whole another report tells (Abha's 15 dead against
    /// the 12 security men among them). A group named by a definite noun is a part only in a sentence that counts
    /// another of the same toll (3 من العاملين beside 12 من رجال الأمن): alone, مقتل 30 من المحتجين is the whole toll.
    /// </summary>
    private static bool CountsAGroupAmongThem(RelationInput article, Figure figure, SentenceWords sentence)
    {
        if (!Tolls.Counts(figure.Metric) || figure.Unit != "person")
        {
            return false;
        }

        int next = sentence.Starts.FindIndex(start => start >= figure.End);
        if (next < 0 || next + 1 >= sentence.Words.Length || sentence.Words[next] != "من")
        {
            return false;
        }

        string group = sentence.Words[next + 1];
        int sentenceStart = sentence.Starts[0], sentenceEnd = sentence.Ends[^1];
        return GroupNouns.Contains(group)
            || (group.StartsWith("ال", StringComparison.Ordinal) && article.Facts.Figures.Any(other => !ReferenceEquals(other, figure)
                && other.Metric == figure.Metric && other.Start >= sentenceStart && other.End <= sentenceEnd));
    }

    /// <summary>
    /// Two metrics a count and its parts may carry for one measure: the same, or cases and injuries, which Arabic
    /// names alike (إصابة is an injury and an infection: 4 حالات إصابة (3 مواطنين)).
    /// </summary>
    private static bool OneMeasure(string? a, string? b) => a == b || (a is "cases" or "injuries" && b is "cases" or "injuries");

    /// <summary>How far (chars) a parenthesis opens before the figure it holds, and after the figure it breaks down.</summary>
    private const int BreakdownReach = 40;

    private static bool CountsPlaces(string metric) => metric is "countries" or "cities" or "villages";

    /// <summary>A player's or a team's tally: matches played, goals, a squad's players.</summary>
    private static bool SportsTally(string? metric) => metric is "matches" or "goals" or "players";

    /// <summary>The mentions' names (clitics off), nearest the figure first, each once.</summary>
    private static List<string> NearestFirst(IEnumerable<EntityMention> mentions, Figure figure) =>
        mentions.OrderBy(m => Math.Min(Math.Abs(m.Start - figure.Start), Math.Abs(m.End - figure.Start)))
            .Select(m => EntityResolver.Clean(m.Name)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The subject key of figures that name no subject: they are about their story's event.</summary>
    private const string EventSubject = "";

    /// <summary>
    /// An event's name for a claim about it: the place its values' sentences put it in most often, else the place
    /// their articles name most; never another name of the sentence (a toll "تداوله مغردون على تويتر" is not Twitter's).
    /// </summary>
    /// <remarks>
    /// A count named in passing (cities, hospitals, countries, matches) is named only by a place its own sentences
    /// give: the place its article names most was, read over SaudiNewsNet, mostly not whose count it is (190 countries
    /// offered an upgrade under Washington, a circus's countries under Europe).
    /// </remarks>
    private string EventName(List<Item> members, bool countedInPassing) =>
        MostNamed(members.SelectMany(m => (m.Places ?? []).Take(1)))
        ?? (countedInPassing ? null : MostNamed(members.Select(m => m.ArticlePlace).OfType<string>())) ?? "";

    private static string? MostNamed(IEnumerable<string> names) =>
        names.Where(n => n.Length >= 2).GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();

    /// <summary>The share of the shorter sentence's content words two reports of one quantity share at least.</summary>
    private const double SameWording = 0.4;

    /// <summary>
    /// Two figures' sentences say the same thing: they share 40% of their content stems (no stop words, no
    /// numbers), or 10% and two names in any script (Scale AI = سكيل، Meta = ميتا).
    /// </summary>
    /// <remarks>
    /// An event's toll (<paramref name="aboutAnEvent"/>) has no named owner to hold the two figures together, so its
    /// sentences must also share a name (where it happened, who was hit) and at least <see cref="SameEventStems"/>
    /// content stems: "حصيلة الضحايا بلغت 20 قتيلاً" shares its few words with any toll.
    /// </remarks>
    private static bool SayTheSame(Item a, Item b, Dictionary<Item, HashSet<string>> stemsOf, bool aboutAnEvent = false)
    {
        var x = stemsOf.TryGetValue(a, out var sa) ? sa : stemsOf[a] = ContentStems(a.Sentence);
        var y = stemsOf.TryGetValue(b, out var sb) ? sb : stemsOf[b] = ContentStems(b.Sentence);
        int smaller = Math.Min(x.Count, y.Count);
        int shared = x.Count(y.Contains);
        double share = smaller == 0 ? 0 : (double)shared / smaller;
        int names = a.Names.Count(n => n.Length > 0 && b.Names.Contains(n, StringComparer.Ordinal));
        if (aboutAnEvent)
        {
            // Two outlets' own words for one event share fewer words than copies do; read over SaudiNewsNet, a looser
            // share held for reports that give the toll alike or agree on another toll of their sentence (27 dead and
            // about 100 hurt, 30 dead and about 100 hurt at Suruç), while differing tolls with no toll in common were
            // two attacks of one city or one story (Kabul's truck bomb and police academy, two blasts in Rafah).
            // Two sentences that each give another toll of one kind, and differ on it too (4 dead and 30 hurt, 3 dead
            // and 20 hurt, both in Rafah), tell two events alike, not one event disputed.
            // Close values (27 and "at least 30") count as a toll told alike here, where the question is whether two
            // sentences count one thing; whether they agree on it is decided apart.
            bool equal = Equivalent(a.Figure, b.Figure);
            if (!equal && !a.RoseTo && !b.RoseTo && DifferOnEveryOtherToll(a, b))
            {
                return false;
            }

            bool alike = equal || Close(a.Figure.Value, b.Figure.Value);

            return names >= 1 && shared >= SameEventStems
                && (share >= SameWording || (share >= LooseEventWording && (alike || ShareAToll(a, b))));
        }

        return share >= SameWording || (names >= 2 && share >= SameWording / 4);
    }

    /// <summary>The share of the shorter sentence's content words two reports of one event's toll share when they give a toll alike.</summary>
    private const double LooseEventWording = 0.24;

    /// <summary>How far apart, as a share of the larger, two counts of one event's toll may be and still be told alike.</summary>
    private const double CloseTolls = 0.1;

    private static bool ShareAToll(Item a, Item b) => a.OtherTolls is { Count: > 0 } x && b.OtherTolls is { Count: > 0 } y && x.Any(t => y.Any(u => CloseToll(t, u)));

    /// <summary>Both sentences give another toll of one kind, and no toll of a kind they both give is close (45 dead 150 hurt and 50 dead 160 hurt still tell one event).</summary>
    private static bool DifferOnEveryOtherToll(Item a, Item b)
    {
        if (a.OtherTolls is not { Count: > 0 } x || b.OtherTolls is not { Count: > 0 } y || x.Any(t => y.Any(u => CloseToll(t, u))))
        {
            return false;
        }

        return x.Any(t => y.Any(u => string.Equals(t.Metric, u.Metric, StringComparison.Ordinal)));
    }

    /// <summary>Two tolls of one kind within <see cref="CloseTolls"/> of each other.</summary>
    private static bool CloseToll(OtherToll a, OtherToll b) =>
        string.Equals(a.Metric, b.Metric, StringComparison.Ordinal) && Close(a.Value, b.Value);

    private static bool Close(double x, double y) => Math.Abs(x - y) <= CloseTolls * Math.Max(Math.Abs(x), Math.Abs(y));

    /// <summary>The other event tolls of a figure's sentence (see <see cref="Item.OtherTolls"/>).</summary>
    private static IReadOnlyList<OtherToll>? OtherTollsOf(RelationInput article, int f, int from, int to)
    {
        List<OtherToll>? tolls = null;
        var figure = article.Facts.Figures[f];
        for (int o = 0; o < article.Facts.Figures.Count; o++)
        {
            var other = article.Facts.Figures[o];
            if (o != f && other.Start >= from && other.End <= to && other.Metric != figure.Metric && Tolls.OfAnEvent(other.Metric))
            {
                (tolls ??= []).Add(new OtherToll(other.Metric!, other.Value));
            }
        }

        return tolls;
    }

    /// <summary>The fewest content stems two sentences of one event's toll share (a place, the event, the counted noun).</summary>
    private const int SameEventStems = 4;

    /// <summary>
    /// The place of a dateline ("حاتم العميري - سبق - مكة المكرمة:", "أبها - سبق:", "الرياض – واس:"): where the
    /// report was filed, not where its event happened. A place right before a colon, or before a dash, an
    /// agency's name of one or two words and a colon.
    /// </summary>
    private static bool IsDateline(string text, EntityMention place)
    {
        int colon = text.IndexOf(':', place.End, Math.Min(DatelineReach, text.Length - place.End));
        return colon >= 0 && DatelineTail.IsMatch(text.AsSpan(place.End, colon - place.End));
    }

    private const int DatelineReach = 24;

    /// <summary>
    /// The sentence puts something in the place ("في حلب", "بالرياض", "في مدينة حلب", "ببلدة سروج"): where an
    /// event happened, as against a place named beside it (a minister's country, a border "مع سوريا", a
    /// direction "شرق تركيا"). Arabic marks location with في or the proclitic ب, before the name or before a
    /// settlement noun that heads it.
    /// </summary>
    private static bool HappenedIn(string text, EntityMention place)
    {
        var (lead, before) = WordsAround.Before(text, place.Start);
        if (lead is "ب" or "وب" or "فب")
        {
            return true;
        }

        if (lead.Length > 0 || before is null)
        {
            return false;
        }

        string word = ArabicNormalizer.NormalizeLower(before.Value.Word);
        if (In.Contains(word))
        {
            return true;
        }

        // A settlement noun heads the name: "في مدينة حلب", "بمدينة حلب", "وفي محافظة القطيف".
        if (SettlementNouns.Within(word) is not { } noun)
        {
            return false;
        }

        string glued = word[..^noun.Length];
        if (glued.Contains('ب', StringComparison.Ordinal))
        {
            return true; // بمدينة، وبمحافظة
        }

        if (glued.Length > 0)
        {
            return false; // لمدينة: for the city, not in it
        }

        var (_, further) = WordsAround.Before(text, before.Value.Start);
        return further is { } f && In.Contains(ArabicNormalizer.NormalizeLower(f.Word));
    }

    private static readonly HashSet<string> In = new(["في", "وفي", "ففي"], StringComparer.Ordinal);

    /// <summary>
    /// A place named as a border ("قرب الحدود مع العراق وسوريا", "على حدود سوريا") or in a road's name ("طريق القاهرة
    /// الفيوم"): a landmark to say where something happened, not the place it happened in.
    /// </summary>
    private static bool IsBorderOrRoad(string text, EntityMention place)
    {
        // The three words before the name (its own glued letters aside), nearest first.
        var w = new string[3];
        int at = place.Start;
        while (at > 0 && char.IsLetter(text[at - 1]))
        {
            at--;
        }

        for (int n = 0; n < w.Length; n++)
        {
            var (_, before) = WordsAround.Before(text, at);
            if (before is not { } b)
            {
                break;
            }

            w[n] = ArabicNormalizer.NormalizeLower(b.Word);
            at = b.Start;
        }

        return IsBorder(w[0]) || (w[0] == "مع" && IsBorder(w[1])) || (w[1] == "مع" && IsBorder(w[2])) // على حدود سوريا، الحدود مع العراق وسوريا
            || Road.Contains(w[0] ?? "") || Road.Contains(w[1] ?? "");                                  // طريق القاهرة الفيوم
    }

    /// <summary>Words saying a sentence's count covers separate incidents (متفرقة، منفصلة، منفصلين and their forms), as <see cref="SentenceWords"/> writes them.</summary>
    private static readonly HashSet<string> SeparateIncidents = new(
        new[] { "متفرق", "منفصل" }.SelectMany(stem => new[] { "", "ة", "ين", "تين", "ات" }.Select(ending => Word(stem + ending))), StringComparer.Ordinal);

    /// <summary>How many words before a figure a noun heading its owner may stand (وكان سهم الشركة الوطنية للتبريد … وارتفع 0.7).</summary>
    private const int OwnerReach = 12;

    private static bool IsBorder(string? word) => word is not null && word.Contains("حدود", StringComparison.Ordinal);

    private static readonly HashSet<string> Road = new(new[] { "طريق", "الطريق", "طريقي", "بطريق", "وطريق" }.Select(ArabicNormalizer.NormalizeLower), StringComparer.Ordinal);

    private static readonly System.Text.RegularExpressions.Regex DatelineTail =
        new(@"^[\s\u200F\u200E)]*([-–—]\s*\w+(\s\w+)?[\s)]*)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);


    private static HashSet<string> ContentStems(string sentence) =>
        Tokenizer.Tokenize(sentence)
            .Where(t => t.Kind != TokenKind.Number)
            .Select(t => ArabicNormalizer.NormalizeLower(sentence[t.Start..t.End]))
            .Where(w => w.Length >= 3 && !StopWords.Contains(w))
            .Select(LightStemmer.Stem)
            .Where(w => w.Length >= 2)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>How many current values of one metric and unit make a sentence a list (a region's hospitals and their beds).</summary>
    private const int ListedValues = 3;

    /// <summary>
    /// How alike two sentences must be (share of the smaller one's words) to be one sentence copied. It also takes for
    /// copies outlets that each reword one announcement, which the dev gold counts as independent (63 of its 197 pairs
    /// of independent reports share 70% of their words, 25 share 90%). Tried at 0.9 (audit round 25, seed 57): agreed
    /// claims over SaudiNewsNet went from 196 to 384, and in the judged sample 8 of the 12 new ones were right against
    /// 16 of 18 old ones, the new ones nearly all an event's toll under a place that was not the event's (Kabul for a
    /// Logar attack, Cairo for Egypt's total): precision first, so 0.7 stays until an event is named better.
    /// </summary>
    private const double CopiedSentence = 0.7;

    /// <summary>
    /// Which report each value comes from: articles that are copies (duplicates, near duplicates) are one report,
    /// and so are values whose sentences are copies of each other (a wire sentence carried into a rewritten story).
    /// </summary>
    private static Dictionary<Item, string> Reports(List<Item> members, Dictionary<string, string> copies, Dictionary<Item, HashSet<string>> wordsOf)
    {
        var report = new UnionFind(members.Count);
        var words = members.Select(m => wordsOf.TryGetValue(m, out var w) ? w
            : wordsOf[m] = Tokenizer.Tokenize(m.Sentence).Select(t => ArabicNormalizer.Normalize(m.Sentence[t.Start..t.End])).ToHashSet(StringComparer.Ordinal)).ToList();
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

    /// <summary>
    /// An article that itself gives several values of one measure is listing several quantities (151 properties taken,
    /// 130 more begun; three in Medina, eight in Mecca): which of another report's values is which is not for a number
    /// to say, so no conflict is drawn. Each value the reports repeat alike is still a fact they agree on, told apart
    /// from the list's other values: the group falls apart into its values. A revision keeps its group whole (its old
    /// and new value are one quantity), and so does a toll: an article's two tolls of one event are mostly the count
    /// as it rose (27 قتيلا … ارتفعت الحصيلة إلى 31), one quantity whose values the sources dispute.
    /// </summary>
    private static IEnumerable<((string, string, string, string?) Key, List<Item> Members)> ByListedValue(((string, string, string, string?) Key, List<Item> Members) group)
    {
        var current = group.Members.Where(m => !m.Earlier).ToList();
        bool listed = current.GroupBy(m => m.Article).Any(a => !AllEquivalent(a.Select(m => m.Figure).ToList()));
        if (!listed || Tolls.Counts(group.Key.Item2) || group.Members.Any(m => HasRevisionLanguage(m.Sentence)))
        {
            yield return group;
            yield break;
        }

        var values = new UnionFind(current.Count);
        for (int a = 0; a < current.Count; a++)
        {
            for (int b = a + 1; b < current.Count; b++)
            {
                if (Equivalent(current[a].Figure, current[b].Figure))
                {
                    values.Union(a, b);
                }
            }
        }

        foreach (var value in current.Select((m, i) => (m, i)).GroupBy(p => values.Find(p.i)))
        {
            var members = value.Select(p => p.m).ToList();
            if (AllEquivalent(members.Select(m => m.Figure).ToList()))
            {
                yield return (group.Key, members); // values chained by rounding (نحو 0.2، 0.15، 0.1) that are not all alike say nothing
            }
        }
    }

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
    /// Equal within the rounding the text allows: exact figures within 0.5% or half the last written digit of the
    /// rougher one (92 مليون ≈ 92.5 مليون), and within 10% when either is approximate or a bound (نحو 20 ≈ 20،
    /// أكثر من 200 ≈ 200); ranges must agree at both ends.
    /// </summary>
    public static bool Equivalent(Figure a, Figure b) => Near(a, b, capRounding: true);

    /// <summary>
    /// Not telling different values: within the rounding of the rougher one however far that goes (نحو 0.2 and
    /// 0.15). Values that are compatible but not equivalent are neither agreement nor conflict.
    /// </summary>
    public static bool Compatible(Figure a, Figure b) => Near(a, b, capRounding: false) || WithinBound(a, b) || WithinBound(b, a);

    /// <summary>A bound and a value on its side of it (أكثر من 3200 and 3640; ما يصل إلى 50 and 45) do not disagree.</summary>
    /// Two bounds (لا يتجاوز 30 عاما، لا يتجاوز 35) state limits, not one quantity's value.
    private static bool WithinBound(Figure bound, Figure value) =>
        ComparedUnit(bound) == ComparedUnit(value) && value.Max is null && bound.Max is null
        && (bound.Qualifier == "more_than" ? value.Value >= bound.Value || value.Qualifier is "more_than" or "up_to" or "less_than"
            : bound.Qualifier is "up_to" or "less_than" && (value.Value <= bound.Value || value.Qualifier is "more_than" or "up_to" or "less_than"));

    private static bool Near(Figure a, Figure b, bool capRounding)
    {
        if (ComparedUnit(a) != ComparedUnit(b) || (a.Max is null) != (b.Max is null))
        {
            return false;
        }

        // A bound is no rounding of a value beyond it: "30 قتيلا على الأقل" is not 27 told roughly, whatever its roundness.
        if (a.Max is null && b.Max is null && (BeyondBound(a, b) || BeyondBound(b, a)))
        {
            return false;
        }

        bool exact = a.Qualifier is "exact" or "range" && b.Qualifier is "exact" or "range";

        // Two decimals written to the same places (10.333 and 10.308 million barrels) are two values however close:
        // the slack beyond rounding is for a figure one outlet rounds and another does not (77189 and 77190 صفقة).
        // The slack is a tenth of a percent: two index levels half a percent apart (8617 and 8654 points) are two days'.
        // An approximate value is "about" as much as its roundness says: نحو 100 or نحو 3 ملايين may stand for 95 or
        // 3.2 million, but يناهز 83 عاما against يناهز 82 are two ages told, not one rounded.
        int decimals = Written(a.Surface).Decimals;
        bool roughlyRound = (a.Qualifier is not ("exact" or "range") && Round(a)) || (b.Qualifier is not ("exact" or "range") && Round(b));
        double tolerance = !exact ? (roughlyRound ? 0.10 : 0.001) : decimals > 0 && decimals == Written(b.Surface).Decimals ? 0 : 0.001;
        if (exact && a.Max is null && b.Max is null && (Truncates(a, b) || Truncates(b, a)))
        {
            return true;
        }

        double rounding = Math.Max(HalfLastDigit(a), HalfLastDigit(b));
        double cap = !capRounding ? double.MaxValue : exact ? 0.05 : 0.10;

        // A range is the same range whichever end is written first (بين 30 و32، بين 32 و30).
        var (aLow, aHigh) = a.Max is { } am && am < a.Value ? (am, a.Value) : (a.Value, a.Max ?? 0);
        var (bLow, bHigh) = b.Max is { } bm && bm < b.Value ? (bm, b.Value) : (b.Value, b.Max ?? 0);
        return Close(aLow, bLow, tolerance, rounding, cap) && (a.Max is null || Close(aHigh, bHigh, tolerance, rounding, cap));
    }

    private static bool BeyondBound(Figure bound, Figure value) =>
        bound.Qualifier == "more_than" ? value.Value < bound.Value && value.Qualifier is not ("more_than" or "approx")
        : bound.Qualifier is "up_to" or "less_than" && value.Value > bound.Value && value.Qualifier is not ("up_to" or "less_than" or "approx");

    /// <summary>
    /// <paramref name="whole"/> is <paramref name="exact"/> with its last decimals dropped. The whole number, as market
    /// news writes an index's move (ارتفع 135 نقطة for 135.65): points, both written without a scale word, the one with
    /// no decimals; rates and prices (12% and 12.8%, 65 and 65.8 dollars) are two values. A value cut to fewer decimals
    /// than another has, two digits kept at least (تراجعت الأرباح 4.4% and 4.49%), is the same rate told less finely, whatever its unit.
    /// </summary>
    private static bool Truncates(Figure whole, Figure exact)
    {
        var (wholeDigits, wholeDecimals) = Written(whole.Surface);
        var (exactDigits, exactDecimals) = Written(exact.Surface);
        if (exactDecimals <= 0 || exactDecimals <= wholeDecimals || exactDigits / Math.Pow(10, exactDecimals) != exact.Value
            || wholeDigits / Math.Pow(10, Math.Max(wholeDecimals, 0)) != whole.Value)
        {
            return false; // written with a scale word (4.4 مليار), or not more finely
        }

        // ... told to two digits at least: 0.2 is no 0.28 told less finely, but another rate (the FTSE's 0.2% beside Nasdaq's 0.28%).
        if (wholeDecimals > 0)
        {
            return wholeDigits >= 10 && Math.Truncate(exactDigits / Math.Pow(10, exactDecimals - wholeDecimals)) == wholeDigits;
        }

        return Math.Truncate(exact.Value) == whole.Value && whole.Value >= 10 && whole.Unit == "point" && exact.Unit == "point";
    }

    /// <summary>
    /// The unit values are compared in: a toll counts persons however the text names them (7 وفيات، تسعة أشخاص،
    /// 30 قتيلا), and the metric says which toll it is.
    /// </summary>
    // Persons counted by what befell them are persons (7 أشخاص، 7 قتلى، 7 جرحى); a group counted by its own noun (6 أطفال،
    // 12 جنديا) is a part of a toll and compared only with counts of that group.
    private static string ComparedUnit(Figure f) => f.Kind == "count" && f.Unit is "person" or "death" or "injury" ? "person" : f.Unit;

    /// <summary>Written in words, with one digit or ending in a zero (مئة، 3 ملايين، 0.2، 160): a round number.</summary>
    private static bool Round(Figure f)
    {
        var (mantissa, _) = Written(f.Surface);
        return mantissa < 10 || mantissa % 10 == 0;
    }

    /// <summary>How roughly a number written in words may round (مئة مليون against 101 million).</summary>
    private const double NumberWordRounding = 0.05;

    /// <summary>
    /// Half the worth of the last digit the figure was written with (92 مليون: half a million; 92.5 مليون: fifty
    /// thousand): a value written more roughly agrees with any it rounds from.
    /// </summary>
    private static double HalfLastDigit(Figure f)
    {
        var (mantissa, decimals) = Written(f.Surface);
        if (mantissa <= 0)
        {
            // مئة مليون: a number in words is a round one.
            return f.Surface.Any(c => c is >= '\u0621' and <= '\u064A') ? NumberWordRounding * Math.Abs(f.Value) : 0;
        }

        double written = mantissa / Math.Pow(10, Math.Max(decimals, 0));
        return 0.5 * Math.Pow(10, -Math.Max(decimals, 0)) * Math.Abs(f.Value) / written;
    }

    /// <summary>The first number of a surface as written: its digits as one whole number and how many follow the decimal point (-1: none).</summary>
    private static (double Mantissa, int Decimals) Written(string surface)
    {
        int i = 0;
        while (i < surface.Length && !char.IsDigit(surface[i]))
        {
            i++;
        }

        double mantissa = 0;
        int decimals = -1;
        for (; i < surface.Length; i++)
        {
            char c = surface[i];
            if (char.IsDigit(c))
            {
                mantissa = (mantissa * 10) + char.GetNumericValue(c);
                decimals += decimals >= 0 ? 1 : 0;
            }
            else if (c is '.' or '\u066B' && decimals < 0) // . or ٫ Arabic decimal separator
            {
                decimals = 0;
            }
            else if (c is not (',' or '\u066C')) // thousands separators
            {
                break;
            }
        }

        return (mantissa, decimals);
    }

    // For agreement rounding covers at most 5% of an exact value and 10% of an approximate one: "1%" may be a
    // rounded 1.3%, but news that writes 1 and 1.3 is giving two figures, not one rounded.
    private static bool Close(double x, double y, double tolerance, double rounding, double cap)
    {
        double larger = Math.Max(Math.Abs(x), Math.Abs(y));
        return Math.Abs(x - y) <= Math.Max(tolerance * larger, Math.Min(rounding, cap * larger) * (1 + 1e-9));
    }

    // Every pair, not each against the first: نحو 157 is within 10% of 149 and of 171, which are not of each other.
    private static bool AllEquivalent(List<Figure> figures) => figures.All(f => figures.All(g => Equivalent(f, g)));

    /// <summary>
    /// Articles joined by links of the given kinds share one id. Duplicates and near duplicates are one report
    /// (a claim needs two reports; a rewrite's sentences that are copies are caught one by one); with rewrites
    /// they are one story, the count of independent stories shown with each value.
    /// </summary>
    private static Dictionary<string, string> CopyClusters(IReadOnlyList<string> articles, Relations relations, params string[] kinds)
    {
        var parent = articles.Distinct().ToDictionary(a => a, a => a, StringComparer.Ordinal);
        string Find(string x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var link in relations.Links.Where(l => kinds.Contains(l.Kind)))
        {
            if (parent.ContainsKey(link.First) && parent.ContainsKey(link.Second))
            {
                parent[Find(link.First)] = Find(link.Second);
            }
        }

        return parent.Keys.ToList().ToDictionary(a => a, Find, StringComparer.Ordinal);
    }

    /// <summary>
    /// A person's age has no period: one outlet dates the arrest (في 15 يوليو) and another does not, yet both give the
    /// same thirty-year-old. (Tried for an event's toll too: a day dropped would put one story's tolls of two days in one
    /// group, where they could make a conflict.)
    /// </summary>
    private static string? PeriodFor(Figure figure, string? period) => figure.Kind == "age" ? null : period;

    /// <summary>The period a figure is about: the most precise date written in its sentence (26 يوليو، الربع الأول من 2026، عام 2025), if one is: a price on two days is a series, not a conflict.</summary>
    private static string? PeriodOf(RelationInput article, int from, int to, SentenceWords words, int figureAt)
    {
        // A date written out (with digits) in the figure's sentence; relative ones (أمس، يوم الجمعة) say when it was reported.
        var date = article.Facts.Dates.Where(d => d.Start >= from && d.End <= to && d.Surface.Any(char.IsDigit)).OrderBy(d => d.Precision switch { "day" => 0, "month" => 1, "quarter" => 2, _ => 3 }).FirstOrDefault();
        if (date is { Precision: "day" or "month" or "quarter" })
        {
            return date.Value;
        }

        // A span named in words (الربع الثاني، النصف الأول): a quarter's profit and the half year's are two quantities.
        var (span, after) = SpanNear(words, figureAt);
        if (span is null)
        {
            return date?.Value;
        }

        // Its year is the one written right after it (النصف الأول 2015، الربع الثاني من العام الماضي), else the year it was
        // reported in, once the span has begun by then (one outlet writes "النصف الأول" and another "النصف الأول من 2015"
        // of the same results), else a year the sentence names: "مقارنة بـ… في 2014" is the compared value's year.
        string? year = YearWrittenAfter(words.Words, after, article.Published) ?? YearReportedIn(article.Published, span) ?? date?.Value;
        return (year is null ? "" : year + "-") + span;
    }

    /// <summary>
    /// The year written right after a span's words, at word <paramref name="at"/>: digits (2015، 2015م) after من، عام or
    /// لعام if any, or العام الماضي (the year before publication) and العام الحالي or الجاري (the year of publication).
    /// </summary>
    private static string? YearWrittenAfter(string[] words, int at, string? published)
    {
        int k = at;
        if (k < words.Length && words[k] == "من")
        {
            k++;
        }

        bool yearWord = k < words.Length && YearWords.Contains(words[k]);
        if (yearWord)
        {
            k++;
        }

        if (k >= words.Length)
        {
            return null;
        }

        string digits = words[k].TrimEnd('م');
        if (digits.Length == 4 && digits.All(char.IsAsciiDigit) && digits[0] is '1' or '2')
        {
            return digits;
        }

        if (!yearWord || published is null || published.Length < 4 || !int.TryParse(published.AsSpan(0, 4), out int reported))
        {
            return null;
        }

        return words[k] switch
        {
            "الماضي" or "المنصرم" or "السابق" => (reported - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "الحالي" or "الجاري" => reported.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>Words for "year" between a span and its year (النصف الأول من عام 2015، لعام 2015م), as <see cref="Word"/> writes them.</summary>
    private static readonly HashSet<string> YearWords = new[] { "عام", "العام", "لعام", "للعام", "سنة", "السنة", "لسنة", "للسنة" }.Select(Word).ToHashSet(StringComparer.Ordinal);

    /// <summary>The year of a publication date, when the span (Q1…Q4, H1, H2, 9M) had begun by that date; else none: the span is last year's or a forecast.</summary>
    private static string? YearReportedIn(string? published, string span)
    {
        int? firstMonth = span switch { "Q1" or "H1" or "9M" => 1, "Q2" => 4, "Q3" or "H2" => 7, "Q4" => 10, _ => null };
        if (firstMonth is null || published is null || published.Length < 7 || !int.TryParse(published.AsSpan(0, 4), out int year) || !int.TryParse(published.AsSpan(5, 2), out int month))
        {
            return null;
        }

        return month >= firstMonth ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Period phrases (<c>Resources/period-words.txt</c>) by their first word.</summary>
    private static readonly Lazy<Dictionary<string, List<(string Period, string[] Words)>>> PeriodWords = new(() =>
        RasidResources.ReadLines("period-words.txt")
            .Where(l => !l.StartsWith('#') && l.Contains('\t'))
            .SelectMany(l => l.Split('\t')[1].Split('|').Select(p => (Period: l.Split('\t')[0], Words: p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word).ToArray())))
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));

    /// <summary>The span of time named in words nearest the figure at <paramref name="figureAt"/> in its sentence, if any, and the index of the word after its phrase.</summary>
    private static (string? Period, int After) SpanNear(SentenceWords sentence, int figureAt)
    {
        var words = sentence.Words;
        string? best = null;
        int bestAt = -1;
        int bestDistance = int.MaxValue;
        for (int i = 0; i < words.Length; i++)
        {
            if (!PeriodWords.Value.TryGetValue(words[i], out var phrases))
            {
                continue;
            }

            foreach (var (period, phrase) in phrases)
            {
                int k = 1;
                while (k < phrase.Length && i + k < words.Length && words[i + k] == phrase[k])
                {
                    k++;
                }

                int distance = Math.Abs(sentence.Starts[i] - figureAt);
                if (k == phrase.Length && distance < bestDistance)
                {
                    (best, bestDistance, bestAt) = (period, distance, i + k);
                }
            }
        }

        return (best, bestAt);
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
