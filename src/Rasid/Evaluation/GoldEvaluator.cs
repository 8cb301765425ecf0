using System.Text.Json;
using Rasid.Analysis;
using Rasid.Storing;

namespace Rasid.Evaluation;

/// <summary>One scored aspect: how many gold items were right, and which were not.</summary>
public sealed record EvalMetric(string Name, int Correct, int Total, IReadOnlyList<string> Misses)
{
    public double Score => Total == 0 ? 1.0 : (double)Correct / Total;
}

public sealed record EvalReport(IReadOnlyList<EvalMetric> Metrics, IReadOnlyList<string> MissingArticles);

/// <summary>
/// Scores stored articles against a gold file (the format of gold/seeds.json: articles keyed by file name
/// with metadata, boilerplate that must be gone and sentences that must be kept; entities with every
/// spelling). Articles are found by the file name at the end of their source. Scored today: boilerplate
/// removed, sentences kept, title, authors, published, via (attribution chain, as entity names) and the
/// AI-disclosure flag. A page expectation file ("file", "with", "without", "title") is scored too.
/// </summary>
public static class GoldEvaluator
{
    /// <param name="factsOf">An article's facts: the store's (see <see cref="FactsFromStore"/>), or by default extracted afresh.</param>
    /// <param name="part">For a gold file of groups marked "tune" or "check": score only the groups of this part.</param>
    public static EvalReport Evaluate(string goldJson, Func<string, StoredArticle?> findByFileName, Func<StoredArticle, Extraction.ArticleFacts>? factsOf = null, string? part = null)
    {
        using var gold = JsonDocument.Parse(part is null ? goldJson : OnlyPart(goldJson, part));
        if (gold.RootElement.TryGetProperty("file", out var file) && gold.RootElement.TryGetProperty("with", out _))
        {
            return EvaluatePageExpectation(gold.RootElement, file.GetString() ?? string.Empty, findByFileName);
        }

        var entityNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var entityKinds = new Dictionary<string, string>(StringComparer.Ordinal);
        if (gold.RootElement.TryGetProperty("entities", out var entities))
        {
            foreach (var entity in entities.EnumerateObject())
            {
                entityNames[entity.Name] = entity.Value.GetProperty("names").EnumerateArray().Select(n => n.GetString() ?? string.Empty).ToList();
                if (entity.Value.TryGetProperty("kind", out var kind) && kind.GetString() is { } k)
                {
                    entityKinds[entity.Name] = k;
                }
            }
        }

        var boilerplate = new Tally("boilerplate removed");
        var keep = new Tally("sentences kept");
        var title = new Tally("title");
        var authors = new Tally("authors");
        var published = new Tally("published");
        var via = new Tally("via");
        var ai = new Tally("ai disclosure");
        var figureRecall = new Tally("figures found (recall)");
        var figurePrecision = new Tally("figures right (precision)");
        var qualifiers = new Tally("figure qualifiers");
        var notFigures = new Tally("no figure from a name, date or advert");
        var dates = new Tally("dates found (recall)");
        var dateValues = new Tally("date values exact");
        var entityRecall = new Tally("entities found (recall)");
        var entityPrecision = new Tally("entities right (precision)");
        var merged = new Tally("entity spellings merged");
        var goldArticles = new List<(string Name, string Id, IReadOnlyList<Extraction.EntityMention> Mentions, List<string> Ids)>();
        var quotes = new Tally("quotes found (recall)");
        var speakers = new Tally("quote speakers right");
        var missing = new List<string>();
        var related = new List<(string Name, Relating.RelationInput Input)>();

        foreach (var entry in gold.RootElement.GetProperty("articles").EnumerateObject())
        {
            string name = entry.Name;
            var expected = entry.Value;
            var stored = findByFileName(name);
            if (stored is null)
            {
                missing.Add(name);
            }

            var article = stored?.Article;
            string text = article?.Text ?? string.Empty;
            foreach (string piece in Strings(expected, "boilerplate"))
            {
                boilerplate.Add(stored is not null && !text.Contains(piece, StringComparison.Ordinal), $"{name}: still in text: {piece}");
            }

            foreach (string piece in Strings(expected, "keep"))
            {
                keep.Add(text.Contains(piece, StringComparison.Ordinal), $"{name}: missing from text: {piece}");
            }

            if (expected.TryGetProperty("title", out var t))
            {
                string? want = t.ValueKind == JsonValueKind.Null ? null : t.GetString();
                title.Add(stored is not null && SameText(want, article?.Title), $"{name}: title {Show(article?.Title)}, expected {Show(want)}");
            }

            if (expected.TryGetProperty("authors", out _))
            {
                var want = Strings(expected, "authors").Select(Key).Order(StringComparer.Ordinal).ToList();
                var got = (article?.Authors ?? []).Select(Key).Order(StringComparer.Ordinal).ToList();
                authors.Add(stored is not null && want.SequenceEqual(got), $"{name}: authors [{string.Join(", ", article?.Authors ?? [])}], expected [{string.Join(", ", Strings(expected, "authors"))}]");
            }

            if (expected.TryGetProperty("published", out var p))
            {
                string? want = p.ValueKind == JsonValueKind.Null ? null : p.GetString();
                published.Add(stored is not null && string.Equals(want, article?.Published, StringComparison.Ordinal), $"{name}: published {Show(article?.Published)}, expected {Show(want)}");
            }

            if (expected.TryGetProperty("via", out _))
            {
                var wantIds = Strings(expected, "via").ToList();
                var got = (article?.Via ?? []).Select(Key).ToList();
                bool allFound = wantIds.All(id => entityNames.GetValueOrDefault(id, [id]).Select(Key).Any(got.Contains));
                bool noExtra = got.All(g => wantIds.Any(id => entityNames.GetValueOrDefault(id, [id]).Select(Key).Contains(g)));
                via.Add(stored is not null && allFound && noExtra, $"{name}: via [{string.Join(", ", article?.Via ?? [])}], expected [{string.Join(", ", wantIds)}]");
            }

            if (expected.TryGetProperty("ai_disclosure", out var flag))
            {
                ai.Add(stored is not null && flag.GetBoolean() == article?.AiDisclosure, $"{name}: ai_disclosure {article?.AiDisclosure}, expected {flag.GetBoolean()}");
            }

            if (stored is null || !(expected.TryGetProperty("dates", out _) || expected.TryGetProperty("entities", out _)
                || expected.TryGetProperty("quotes", out _) || expected.TryGetProperty("figures", out _)))
            {
                continue;
            }

            // The facts ingest stored (or one extraction, if the store has none from these extractors) serve every measure.
            var facts = factsOf?.Invoke(stored) ?? Extraction.Extractors.Default.Extract(article!);
            related.Add((name, Relating.RelationInput.Of(stored, facts)));
            if (expected.TryGetProperty("dates", out var goldDates))
            {
                ScoreDates(name, article!, facts.Dates, goldDates, dates, dateValues);
            }

            if (expected.TryGetProperty("entities", out _))
            {
                goldArticles.Add((name, stored.Id, facts.Mentions, Strings(expected, "entities").ToList()));
            }

            if (expected.TryGetProperty("quotes", out var goldQuotes))
            {
                ScoreQuotes(name, facts.Quotes, goldQuotes, entityNames, quotes, speakers);
            }

            if (expected.TryGetProperty("figures", out var figures))
            {
                ScoreFigures(name, text, facts.Figures, figures, Strings(expected, "not_figures").ToList(), figureRecall, figurePrecision, qualifiers, notFigures);
            }
        }

        var metrics = new List<EvalMetric> { boilerplate.Metric, keep.Metric, title.Metric, authors.Metric, published.Metric, via.Metric, ai.Metric };
        if (figureRecall.Metric.Total > 0)
        {
            metrics.AddRange([figureRecall.Metric, figurePrecision.Metric, qualifiers.Metric, notFigures.Metric]);
        }

        if (dates.Metric.Total > 0)
        {
            metrics.AddRange([dates.Metric, dateValues.Metric]);
        }

        if (goldArticles.Count > 0)
        {
            ScoreEntities(goldArticles, entityNames, entityKinds, entityRecall, entityPrecision, merged);
            metrics.AddRange([entityRecall.Metric, entityPrecision.Metric, merged.Metric]);
        }

        if (quotes.Metric.Total > 0)
        {
            metrics.AddRange([quotes.Metric, speakers.Metric]);
        }

        if (related.Count > 1 && (gold.RootElement.TryGetProperty("stories", out _) || gold.RootElement.TryGetProperty("claims", out _)))
        {
            metrics.AddRange(ScoreRelations(gold.RootElement, related, entityNames));
        }

        return new EvalReport(metrics, missing);
    }

    /// <summary>
    /// The gold with only the groups marked <paramref name="part"/> ("split": "tune" or "check"): their articles,
    /// their stories and their claims. A gold file without groups has no parts.
    /// </summary>
    private static string OnlyPart(string goldJson, string part)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(goldJson)!.AsObject();
        if (root["groups"] is not System.Text.Json.Nodes.JsonArray groups)
        {
            throw new InvalidOperationException("this gold file has no groups, so no parts");
        }

        var kept = groups.Where(g => (string?)g!["split"] == part).Select(g => g!).ToList();
        if (kept.Count == 0)
        {
            throw new InvalidOperationException($"no group is marked \"{part}\"");
        }

        var ids = kept.Select(g => (string)g["id"]!).ToHashSet(StringComparer.Ordinal);
        var urls = kept.SelectMany(g => g["articles"]!.AsArray().Select(a => (string)a!)).ToHashSet(StringComparer.Ordinal);
        var articles = new System.Text.Json.Nodes.JsonObject();
        foreach (var (url, article) in root["articles"]!.AsObject())
        {
            if (urls.Contains(url))
            {
                articles[url] = article!.DeepClone();
            }
        }

        root["articles"] = articles;
        root["groups"] = new System.Text.Json.Nodes.JsonArray(kept.Select(g => g.DeepClone()).ToArray());
        root["stories"] = new System.Text.Json.Nodes.JsonArray(kept.Select(g => g["articles"]!.DeepClone()).ToArray());
        if (root["claims"] is System.Text.Json.Nodes.JsonArray claims)
        {
            root["claims"] = new System.Text.Json.Nodes.JsonArray(claims.Where(c => ids.Contains((string?)c!["group"] ?? "")).Select(c => c!.DeepClone()).ToArray());
        }

        return root.ToJsonString();
    }

    /// <summary>
    /// A gold figure is found when an extracted figure has its value (and range end) and unit and overlaps the
    /// place the gold surface occupies in the clean text. Optional gold figures are a bonus: found, they count
    /// for precision; missed, they are no miss.
    /// </summary>
    private static void ScoreFigures(string name, string text, IReadOnlyList<Extraction.Figures.Figure> extracted, JsonElement gold, List<string> notFigureSurfaces, Tally recall, Tally precision, Tally qualifiers, Tally notFigures)
    {
        var used = new bool[extracted.Count];
        foreach (var g in gold.EnumerateArray())
        {
            string surface = g.GetProperty("surface").GetString() ?? "";
            double value = g.GetProperty("value").GetDouble();
            double? max = g.TryGetProperty("max", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : null;
            string unit = g.GetProperty("unit").GetString() ?? "";
            bool optional = g.TryGetProperty("optional", out var o) && o.GetBoolean();
            var places = Occurrences(text, surface).ToList();
            int found = -1;
            for (int k = 0; k < extracted.Count && found < 0; k++)
            {
                var f = extracted[k];
                if (!used[k] && Same(f.Value, value) && (max is null ? f.Max is null : f.Max is { } fm && Same(fm, max.Value))
                    && SameUnit(f.Unit, unit) && places.Any(p => p.Start < f.End && f.Start < p.End))
                {
                    found = k;
                }
            }

            if (found >= 0)
            {
                used[found] = true;
                string want = g.GetProperty("qualifier").GetString() ?? "exact";
                qualifiers.Add(extracted[found].Qualifier == want, $"{name}: \"{surface}\" qualifier {extracted[found].Qualifier}, expected {want}");
            }

            if (!optional)
            {
                recall.Add(found >= 0, $"{name}: not found: \"{surface}\" ({value} {unit})");
            }
        }

        for (int k = 0; k < extracted.Count; k++)
        {
            var f = extracted[k];
            precision.Add(used[k], $"{name}: extracted but not in gold: \"{f.Surface}\" ({f.Value} {f.Unit}, {f.Kind})");
        }

        foreach (string surface in notFigureSurfaces)
        {
            var places = Occurrences(text, surface).ToList();
            var taken = extracted.FirstOrDefault(f => places.Any(p => p.Start < f.End && f.Start < p.End));
            notFigures.Add(taken is null, $"{name}: a figure was taken from \"{surface}\": \"{taken?.Surface}\"");
        }
    }

    /// <summary>
    /// Persons counted are persons whichever noun the text counts them with (7 أشخاص، 7 وفيات، 7 قتلى): an annotator
    /// may name the unit by what happened to them or by their role (ركاب، لاعبين، شهود), the metric says which count it is.
    /// </summary>
    private static bool SameUnit(string extracted, string gold) =>
        string.Equals(extracted, gold, StringComparison.Ordinal)
        || (Extraction.Figures.FigureVocabulary.Default.CountsPersons(extracted) && Extraction.Figures.FigureVocabulary.Default.CountsPersons(gold));

    /// <summary>
    /// A gold date is found when an extracted date overlaps its surface with a compatible value: the same, or the
    /// same month and day when one side states no year ("--06-13" and "2025-06-13"). A date the cleaner moved
    /// into the article's publication date (a dateline) is found there. Exact values are counted apart.
    /// </summary>
    private static void ScoreDates(string name, Cleaning.CleanArticle article, IReadOnlyList<Extraction.Dates.DateMention> extracted, JsonElement gold, Tally found, Tally exact)
    {
        foreach (var g in gold.EnumerateArray())
        {
            if (g.TryGetProperty("optional", out var o) && o.GetBoolean())
            {
                continue;
            }

            string surface = g.GetProperty("surface").GetString() ?? "";
            string value = g.GetProperty("value").GetString() ?? "";
            var places = Occurrences(article.Text, surface).ToList();
            string? got = places.Count == 0
                ? (article.Published is { } published && published.StartsWith(value, StringComparison.Ordinal) ? value : null)
                : extracted.FirstOrDefault(d => places.Any(p => p.Start < d.End && d.Start < p.End) && Compatible(d.Value, value))?.Value;
            found.Add(got is not null, $"{name}: not found: \"{surface}\" ({value})");
            if (got is not null)
            {
                exact.Add(got == value, $"{name}: \"{surface}\" read as {got}, expected {value}");
            }
        }
    }

    /// <summary>
    /// Entities resolved over all the gold articles together. An extracted entity stands for the gold entity one of
    /// whose names equals one of its spellings (after normalization, by name key, or by consonant skeleton across
    /// scripts). Per article, gold entities found count for recall, and extracted entities that stand for one of
    /// the article's gold entities for precision. Merged: each gold entity found is one extracted entity, not several.
    /// </summary>
    private static void ScoreEntities(List<(string Name, string Id, IReadOnlyList<Extraction.EntityMention> Mentions, List<string> Ids)> articles, Dictionary<string, List<string>> entityNames, Dictionary<string, string> entityKinds, Tally recall, Tally precision, Tally merged)
    {
        var entities = Extraction.EntityResolver.Resolve(articles.Select(a => (a.Id, a.Mentions)));
        // Several gold entities may share a name (the civil defence and Makkah's civil defence directorate are both
        // "الدفاع المدني"): an extracted entity stands for each of them, and in an article for the one that article lists.
        List<string> GoldIdsOf(Extraction.ResolvedEntity e)
        {
            var spellings = e.Aliases.Append(e.Name).ToList();
            return entityNames.Where(g => g.Value.Any(n => spellings.Any(s => SameName(n, s)))).Select(g => g.Key).ToList();
        }

        var goldIdsOf = entities.ToDictionary(e => e, GoldIdsOf);
        foreach (var (name, articleId, _, ids) in articles)
        {
            var here = entities.Where(e => e.Mentions.Any(m => m.Article == articleId)).ToList();
            string? GoldIdHere(Extraction.ResolvedEntity e) => goldIdsOf[e].FirstOrDefault(ids.Contains) ?? goldIdsOf[e].FirstOrDefault();
            // Right only with the right kind: a product called "other", a newspaper called a place, is wrong.
            bool KindRight(Extraction.ResolvedEntity e) => GoldIdHere(e) is { } id && (!entityKinds.TryGetValue(id, out var kind) || kind == e.Kind);
            var foundIds = here.Where(KindRight).Select(GoldIdHere).Where(id => id is not null).ToHashSet();
            foreach (string id in ids)
            {
                var foundWrongKind = here.Where(e => GoldIdHere(e) == id).ToList();
                recall.Add(foundIds.Contains(id), $"{name}: not found: {id}{(foundWrongKind.Count > 0 ? $" (found as {string.Join(", ", foundWrongKind.Select(e => e.Kind).Distinct())}, expected {entityKinds.GetValueOrDefault(id)})" : "")}");
            }

            foreach (var e in here)
            {
                string? goldId = GoldIdHere(e);
                precision.Add(goldId is not null && ids.Contains(goldId) && KindRight(e), $"{name}: extracted but not in gold{(goldId is not null && ids.Contains(goldId) ? $" as {e.Kind} (gold: {entityKinds.GetValueOrDefault(goldId)})" : "")}: {e.Name} ({e.Kind})");
            }
        }

        // Merged: each gold entity found is one extracted entity, not several (an entity counted for its first gold name).
        foreach (var group in entities.Where(e => goldIdsOf[e].Count > 0).GroupBy(e => goldIdsOf[e][0]))
        {
            merged.Add(group.Count() == 1, $"{group.Key} is split into: {string.Join(" | ", group.Select(e => e.Name))}");
        }
    }

    private static bool SameName(string a, string b)
    {
        string ca = Extraction.EntityResolver.Clean(a), cb = Extraction.EntityResolver.Clean(b);
        if (Key(ca) == Key(cb) || NameKey.Of(ca) == NameKey.Of(cb))
        {
            return true;
        }

        string sa = Extraction.Transliteration.Skeleton(ca);
        return sa.Length >= 3 && sa == Extraction.Transliteration.Skeleton(cb) && ca.Any(char.IsAsciiLetter) != cb.Any(char.IsAsciiLetter);
    }

    /// <summary>A gold quote is found when an extracted one starts with its opening words; its speaker is right when named by any of the gold entity's names.</summary>
    private static void ScoreQuotes(string name, IReadOnlyList<Extraction.Quotes.Quote> extracted, JsonElement gold, Dictionary<string, List<string>> entityNames, Tally found, Tally speakers)
    {
        foreach (var g in gold.EnumerateArray())
        {
            bool optional = g.TryGetProperty("optional", out var o) && o.GetBoolean();
            string starts = Key(g.GetProperty("starts").GetString() ?? "");
            string speakerId = g.GetProperty("speaker").GetString() ?? "";
            var quote = extracted.FirstOrDefault(q => Key(q.Text).StartsWith(starts, StringComparison.Ordinal));
            if (!optional)
            {
                found.Add(quote is not null, $"{name}: not found: \"{starts}\"");
            }

            if (quote is not null)
            {
                var names = entityNames.GetValueOrDefault(speakerId, [speakerId]);
                bool right = quote.Speaker is { } said && names.Any(n => Key(n) == Key(said) || NameKey.Of(n) == NameKey.Of(said));
                speakers.Add(right, $"{name}: \"{starts}\" said by {quote.Speaker ?? "nobody"}, expected {speakerId}");
            }
        }
    }

    private static bool Compatible(string a, string b) =>
        a == b || (a.StartsWith("--", StringComparison.Ordinal) ? b.EndsWith(a[1..], StringComparison.Ordinal) && b.Length == a.Length + 3
            : b.StartsWith("--", StringComparison.Ordinal) && a.EndsWith(b[1..], StringComparison.Ordinal) && a.Length == b.Length + 3);

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    private static IEnumerable<(int Start, int End)> Occurrences(string text, string surface)
    {
        if (surface.Length == 0)
        {
            yield break;
        }

        for (int at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
        {
            yield return (at, at + surface.Length);
        }
    }

    /// <summary>
    /// A page expectation (the trafilatura evaluation format: "file", snippets its main text must contain
    /// in "with" and must not contain in "without", and its "title").
    /// </summary>
    private static EvalReport EvaluatePageExpectation(JsonElement expected, string fileName, Func<string, StoredArticle?> findByFileName)
    {
        var stored = findByFileName(fileName);
        string text = stored?.Article.Text ?? string.Empty;
        var with = new Tally("main text kept");
        var without = new Tally("page noise removed");
        var title = new Tally("title");
        foreach (string piece in Strings(expected, "with"))
        {
            with.Add(text.Contains(piece, StringComparison.Ordinal), $"{fileName}: missing from text: {piece}");
        }

        foreach (string piece in Strings(expected, "without"))
        {
            without.Add(stored is not null && !text.Contains(piece, StringComparison.Ordinal), $"{fileName}: still in text: {piece}");
        }

        if (expected.TryGetProperty("title", out var t) && t.GetString() is { Length: > 0 } wantTitle)
        {
            title.Add(SameText(CollapseSpaces(wantTitle), CollapseSpaces(stored?.Article.Title ?? string.Empty)), $"{fileName}: title {Show(stored?.Article.Title)}, expected {Show(wantTitle)}");
        }

        return new EvalReport([with.Metric, without.Metric, title.Metric], stored is null ? [fileName] : []);
    }

    private static string CollapseSpaces(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty)
            : [];

    private static string Key(string s) => ArabicNormalizer.Normalize(s.Trim());

    private static bool SameText(string? a, string? b) => a is null || b is null ? a is null && b is null : string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    private static string Show(string? s) => s is null ? "null" : $"\"{s}\"";

    /// <summary>
    /// Stories: each gold pair must be linked as a duplicate, near duplicate or rewrite, and no other pair of the
    /// gold's articles may be. Claims: a gold claim is found when a claim has its status, its subject (any of the
    /// entity's names) and every value the gold does not mark optional (article, value, range end).
    /// </summary>
    private static IEnumerable<EvalMetric> ScoreRelations(JsonElement gold, List<(string Name, Relating.RelationInput Input)> related, Dictionary<string, List<string>> entityNames)
    {
        var inputs = related.Select(r => r.Input).ToList();
        var relations = Relating.StoryFinder.Find(inputs);
        var idOf = related.ToDictionary(r => r.Name, r => r.Input.Id, StringComparer.Ordinal);
        var nameOf = related.ToDictionary(r => r.Input.Id, r => r.Name, StringComparer.Ordinal);
        var copies = relations.Links.Where(l => l.Kind is "duplicate" or "near-duplicate" or "rewrite").ToList();

        // A gold of groups (reports of one event, dev-gold.json) asks for one story per group, whatever the links'
        // kinds; a gold of pairs (seeds.json) asks for the copies (duplicates, near duplicates, rewrites) only.
        bool byGroups = gold.TryGetProperty("groups", out _);
        var together = byGroups
            ? relations.Stories.SelectMany(st => st.Articles.SelectMany(x => st.Articles.Where(y => string.CompareOrdinal(x, y) < 0).Select(y => (First: x, Second: y, Kind: st.Kind)))).ToList()
            : copies.Select(l => (l.First, l.Second, l.Kind)).ToList();

        var storyRecall = new Tally("story pairs found (recall)");
        var storyPrecision = new Tally(byGroups ? "story pairs right (precision)" : "duplicate and rewrite pairs right (precision)");
        var goldPairs = new HashSet<(string, string)>();
        if (gold.TryGetProperty("stories", out var stories))
        {
            foreach (var story in stories.EnumerateArray())
            {
                var files = story.EnumerateArray().Select(f => f.GetString() ?? "").ToList();
                for (int i = 0; i < files.Count; i++)
                {
                    for (int j = i + 1; j < files.Count; j++)
                    {
                        goldPairs.Add((files[i], files[j]));
                        goldPairs.Add((files[j], files[i]));
                        bool found = idOf.TryGetValue(files[i], out var a) && idOf.TryGetValue(files[j], out var b)
                            && together.Any(l => (l.First == a && l.Second == b) || (l.First == b && l.Second == a));
                        storyRecall.Add(found, $"{files[i]} and {files[j]} not found as one story");
                    }
                }
            }

            foreach (var link in together)
            {
                storyPrecision.Add(goldPairs.Contains((nameOf[link.First], nameOf[link.Second])), $"{nameOf[link.First]} and {nameOf[link.Second]} called {link.Kind}");
            }
        }

        var claimsFound = new Tally("claims found (status, subject, values)");
        var claimsRight = new Tally("claims right (precision)");
        if (gold.TryGetProperty("claims", out var goldClaims))
        {
            var gazetteer = Extraction.Gazetteer.Default;
            var claims = Relating.ClaimFinder.Find(inputs, relations, gazetteer);
            var goldValues = new List<(string Status, List<(string? Article, double Value, double? Max)> Values)>();
            foreach (var goldClaim in goldClaims.EnumerateArray())
            {
                string status = goldClaim.GetProperty("status").GetString() ?? "";
                string subjectId = goldClaim.TryGetProperty("subject", out var su) ? su.GetString() ?? "" : "";
                var subjectKeys = entityNames.GetValueOrDefault(subjectId, [subjectId]).Select(n => Relating.ClaimFinder.SubjectKey(n, gazetteer)).ToHashSet(StringComparer.Ordinal);
                var all = goldClaim.GetProperty("values").EnumerateArray()
                    .Select(v => (Article: idOf.GetValueOrDefault(v.GetProperty("article").GetString() ?? ""), Value: v.GetProperty("value").GetDouble(),
                        Max: v.TryGetProperty("max", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : (double?)null,
                        Optional: v.TryGetProperty("optional", out var o) && o.GetBoolean()))
                    .ToList();
                goldValues.Add((status, all.Select(v => (v.Article, v.Value, v.Max)).ToList()));
                var values = all.Where(v => !v.Optional).ToList();

                // Values that rest on copies of one text (independent: false) are rightly no agreement: found, a bonus.
                if (goldClaim.TryGetProperty("independent", out var independent) && !independent.GetBoolean())
                {
                    continue;
                }

                // A gold of groups names subjects by its own reading; the values (article and number) pin the claim down.
                bool found = claims.Any(c => c.Status == status && (byGroups || subjectKeys.Contains(Relating.ClaimFinder.SubjectKey(c.Subject, gazetteer)))
                    && values.All(v => c.Values.Any(cv => cv.Article == v.Article && Math.Abs(cv.Value - v.Value) <= 1e-6 * Math.Abs(v.Value) && cv.Max == v.Max)));
                string described = string.Join(", ", values.Select(v => $"{(v.Article is null ? "?" : nameOf[v.Article])}: {v.Value}{(v.Max is null ? "" : "–" + v.Max)}"));
                claimsFound.Add(found, $"{status} claim about {subjectId} ({goldClaim.GetProperty("metric").GetString()}) not found: {described}");
            }

            // A claim found is right when one gold claim of its status holds every one of its values.
            if (byGroups)
            {
                foreach (var claim in claims)
                {
                    bool right = goldValues.Any(g => g.Status == claim.Status
                        && claim.Values.All(cv => g.Values.Any(v => v.Article == cv.Article && Math.Abs(cv.Value - v.Value) <= 1e-6 * Math.Abs(v.Value) && cv.Max == v.Max)));
                    string described = string.Join(", ", claim.Values.Select(v => $"{nameOf[v.Article]}: {v.Surface}"));
                    claimsRight.Add(right, $"{claim.Status} claim about {claim.Subject} ({claim.Metric}) not in gold: {described}");
                }
            }
        }

        return new[] { storyRecall.Metric, storyPrecision.Metric, claimsFound.Metric, claimsRight.Metric }.Where(m => m.Total > 0);
    }

    private sealed class Tally(string name)
    {
        private readonly List<string> _misses = [];
        private int _correct;
        private int _total;

        public void Add(bool correct, string missDescription)
        {
            _total++;
            if (correct)
            {
                _correct++;
            }
            else
            {
                _misses.Add(missDescription);
            }
        }

        public EvalMetric Metric => new(name, _correct, _total, _misses);
    }
}
