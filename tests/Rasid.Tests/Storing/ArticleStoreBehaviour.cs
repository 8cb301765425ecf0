using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Searching;
using Rasid.Storing;

namespace Rasid.Tests.Storing;

/// <summary>
/// What every store must do, written once. Each store gets a sealed subclass that says how to open a
/// fresh, empty store (the PostgreSQL one follows with the server store).
/// </summary>
public abstract class ArticleStoreBehaviour : IDisposable
{
    private readonly List<IArticleStore> _opened = [];

    protected abstract IArticleStore OpenEmpty();

    private IArticleStore NewStore()
    {
        var store = OpenEmpty();
        _opened.Add(store);
        return store;
    }

    private static List<ProcessedArticle> Seeds() =>
        new SourceReader().Read([TestData.SeedsFolder]).Select(r => RasidPipeline.Default.Process(r.Document!)).ToList();

    private IArticleStore SeededStore()
    {
        var store = NewStore();
        store.SaveBatch(Seeds());
        return store;
    }

    private static string SeedOf(SearchHit hit) => Path.GetFileName(hit.Article.Source)[..3];

    [SkippableFact]
    public void Saving_the_same_articles_twice_stores_them_once_and_says_so()
    {
        var store = NewStore();
        Assert.All(store.SaveBatch(Seeds()), o => Assert.Equal(SaveOutcome.Added, o));
        Assert.All(store.SaveBatch(Seeds()), o => Assert.Equal(SaveOutcome.Unchanged, o));
        Assert.Equal(5, store.Stats().Articles);
    }

    [SkippableFact]
    public void A_changed_article_under_the_same_source_is_updated_and_reindexed()
    {
        var store = NewStore();
        var doc = new RawDocument("https://example.org/x", "خبر عن ارتفاع أسعار الذهب في الأسواق العالمية اليوم بشكل كبير.", DocumentFormat.PlainText);
        store.SaveBatch([RasidPipeline.Default.Process(doc)]);
        var changed = doc with { Body = "خبر عن انخفاض أسعار النفط في الأسواق العالمية اليوم بشكل كبير." };
        Assert.Equal([SaveOutcome.Updated], store.SaveBatch([RasidPipeline.Default.Process(changed)]));
        Assert.Equal(1, store.Stats().Articles);
        var search = new SearchService(store);
        Assert.Single(search.Search("النفط", 5).Hits);
        Assert.Empty(search.Search("الذهب", 5).Hits);
    }

    [SkippableFact]
    public void Ingest_stores_each_articles_facts_and_reads_them_back_as_extracted()
    {
        var store = SeededStore();
        var pairs = store.ArticlesWithFacts().ToList();
        Assert.Equal(5, pairs.Count);
        foreach (var (article, stored) in pairs)
        {
            Assert.NotNull(stored);
            Assert.Equal(Rasid.Extraction.Extractors.Default.Fingerprint, stored!.Fingerprint);
            var fresh = Rasid.Extraction.Extractors.Default.Extract(article.Article);
            var read = Rasid.Extraction.ArticleFacts.FromJson(stored.Json)!;
            Assert.Equal(fresh.Figures, read.Figures);
            Assert.Equal(fresh.Dates, read.Dates);
            Assert.Equal(fresh.Mentions, read.Mentions);
            Assert.Equal(fresh.Quotes, read.Quotes);
            Assert.Equal(stored, store.FactsOf(article.Id));
        }

        Assert.Contains(pairs, p => Rasid.Extraction.ArticleFacts.FromJson(p.Facts!.Json)!.Figures.Count > 0);
    }

    [SkippableFact]
    public void Facts_follow_the_content_and_the_extractors_that_made_them()
    {
        var store = NewStore();
        var doc = new RawDocument("https://example.org/facts", "أعلنت الشركة أنها ستستثمر نحو 20 مليار دولار في مراكز البيانات هذا العام.", DocumentFormat.PlainText);
        var processed = RasidPipeline.Default.Process(doc);

        // Facts made by other extractors (another gazetteer, an older rasid) are refreshed on an unchanged re-ingest.
        var older = processed with { Facts = new ExtractedFacts(processed.Facts!.Facts, "older") };
        store.SaveBatch([older]);
        Assert.Equal("older", store.FactsOf(processed.Id)!.Fingerprint);
        Assert.Equal([SaveOutcome.Unchanged], store.SaveBatch([processed]));
        Assert.Equal(processed.Facts!.Fingerprint, store.FactsOf(processed.Id)!.Fingerprint);

        // Facts of a text the article no longer has are never read back: a store without extraction leaves none.
        var changed = RasidPipeline.Default.Process(doc with { Body = "قالت الشركة إن إيراداتها ارتفعت 12% في الربع الأول من عام 2026." });
        store.SaveBatch([changed with { Facts = null }]);
        Assert.Null(store.FactsOf(processed.Id));
        Assert.Null(store.ArticlesWithFacts().Single().Facts);

        var reextracted = FactsFromStore.For(store, store.Find(processed.Id)!, Rasid.Extraction.Extractors.Default);
        Assert.Contains(reextracted.Figures, f => f.Kind == "percent" && f.Value == 12);
    }

    [SkippableFact]
    public void Readers_use_stored_facts_only_from_the_same_extractors()
    {
        var store = NewStore();
        var doc = new RawDocument("https://example.org/marker", "قال المتحدث إن الاجتماع انتهى دون اتفاق بين الطرفين بعد ساعات من النقاش.", DocumentFormat.PlainText);
        var processed = RasidPipeline.Default.Process(doc);
        var marker = new Rasid.Extraction.Figures.Figure(0, 3, "قال", "count", 7, null, "item", "exact", null, null);
        var planted = processed.Facts!.Facts with { Figures = [marker] };
        store.SaveBatch([processed with { Facts = new ExtractedFacts(planted, Rasid.Extraction.Extractors.Default.Fingerprint) }]);
        var article = store.Find(processed.Id)!;

        Assert.Equal([marker], FactsFromStore.For(store, article, Rasid.Extraction.Extractors.Default).Figures);
        var other = new Rasid.Extraction.Extractors(Rasid.Extraction.Gazetteer.Default, "another");
        Assert.DoesNotContain(marker, FactsFromStore.For(store, article, other).Figures);
        Assert.DoesNotContain(marker, FactsFromStore.All(store, other).Single().Facts.Figures);
    }

    [SkippableFact]
    public void Relation_state_is_kept_per_article_and_goes_stale_when_the_article_changes()
    {
        var store = SeededStore();
        Assert.Equal(5, store.ArticlesToRelate().Count());
        var first = store.Articles().First();
        store.SaveRelations([new RelationRow(first.Id, first.ContentHash, "v", [1, 2, 3], [4, 5])], ["{\"link\":1}"]);

        var row = Assert.Single(store.RelationRows());
        Assert.Equal((first.Id, "v", false), (row.ArticleId, row.Version, row.Stale));
        Assert.Equal(new byte[] { 1, 2, 3 }, row.Stories);
        Assert.Equal(new byte[] { 4, 5 }, row.Claims);
        Assert.Equal(["{\"link\":1}"], store.RelationLinks());
        Assert.Equal(4, store.ArticlesToRelate().Count());
        Assert.DoesNotContain(store.ArticlesToRelate(), p => p.Article.Id == first.Id);

        // Saving the same article again keeps the first row; a changed article makes its row stale.
        store.SaveRelations([new RelationRow(first.Id, first.ContentHash, "w", [9], [9])], []);
        Assert.Equal("v", Assert.Single(store.RelationRows()).Version);
        var changed = RasidPipeline.Default.Process(new RawDocument(first.Source, first.Article.Text + "\nوأضاف المتحدث أن العمل مستمر في المشروع حتى نهاية العام المقبل.", DocumentFormat.PlainText));
        store.SaveBatch([changed]);
        Assert.True(Assert.Single(store.RelationRows()).Stale);

        store.ResetRelations();
        Assert.Empty(store.RelationRows());
        Assert.Empty(store.RelationLinks());
        Assert.Equal(5, store.ArticlesToRelate().Count());
    }

    [SkippableFact]
    public void Relating_in_two_runs_finds_what_relating_at_once_finds()
    {
        var seeds = Seeds();
        var oneRun = NewStore();
        oneRun.SaveBatch(seeds);
        var atOnce = IncrementalRelations.Relate(oneRun, Rasid.Extraction.Extractors.Default);

        var twoRuns = NewStore();
        twoRuns.SaveBatch(seeds.Where(s => !Path.GetFileName(s.Source).StartsWith("001", StringComparison.Ordinal)).ToList());
        var before = IncrementalRelations.Relate(twoRuns, Rasid.Extraction.Extractors.Default);
        Assert.Equal((0, 4), (before.Restored, before.Added));
        Assert.DoesNotContain(before.Relations.Links, l => l.Kind == "rewrite");

        twoRuns.SaveBatch(seeds);
        var after = IncrementalRelations.Relate(twoRuns, Rasid.Extraction.Extractors.Default);
        Assert.Equal((4, 1), (after.Restored, after.Added));
        static string Describe(global::Rasid.Relating.ArticleLink l) => $"{l.Kind} {string.Join(' ', new[] { l.First, l.Second }.Order())}";
        Assert.Equal(atOnce.Relations.Links.Select(Describe).Order(), after.Relations.Links.Select(Describe).Order());
        static string Claim(global::Rasid.Relating.Claim c) => $"{c.Status} {c.Subject} {c.Metric} {string.Join(',', c.Values.Select(v => v.Value).Order())} {c.IndependentStories}";
        Assert.Equal(atOnce.Claims.Select(Claim).Order(), after.Claims.Select(Claim).Order());

        // Nothing new: everything is put back and nothing is related again.
        var again = IncrementalRelations.Relate(twoRuns, Rasid.Extraction.Extractors.Default);
        Assert.Equal((5, 0), (again.Restored, again.Added));
        Assert.Equal(after.Relations.Stories.Count, again.Relations.Stories.Count);

        // An article changed: its state is stale, so everything is related again, once.
        var first = seeds[0];
        twoRuns.SaveBatch([RasidPipeline.Default.Process(new RawDocument(first.Source, first.Article.Text + "\nوأكدت الشركة أن الخطة تمضي كما هو مقرر.", DocumentFormat.PlainText))]);
        var rebuilt = IncrementalRelations.Relate(twoRuns, Rasid.Extraction.Extractors.Default);
        Assert.Equal((0, 5), (rebuilt.Restored, rebuilt.Added));
        Assert.Equal(atOnce.Relations.Links.Select(Describe).Order(), rebuilt.Relations.Links.Select(Describe).Order());
        Assert.Equal((5, 0), (IncrementalRelations.Relate(twoRuns, Rasid.Extraction.Extractors.Default).Restored, 0));
    }

    [SkippableFact]
    public void Claims_and_stories_are_read_as_relating_saved_them_until_an_article_is_added_or_changed()
    {
        var seeds = Seeds();
        var store = NewStore();
        store.SaveBatch(seeds);
        var extractors = Rasid.Extraction.Extractors.Default;
        Assert.Null(IncrementalRelations.Saved(store, extractors));
        static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

        var made = new Rasid.Queries.NewsQueries(store, extractors);
        var claims = made.Claims(new Rasid.Queries.ClaimsFilter());
        var stories = made.Stories(new Rasid.Queries.StoriesFilter());
        Assert.NotEmpty(claims.Claims);
        Assert.NotEmpty(stories.Stories);

        // A fresh reader (another process) reads what relating saved: the same answers, without relating.
        var saved = IncrementalRelations.Saved(store, extractors);
        Assert.NotNull(saved);
        var read = new Rasid.Queries.NewsQueries(store, extractors);
        Assert.Equal(Json(claims), Json(read.Claims(new Rasid.Queries.ClaimsFilter())));
        Assert.Equal(Json(stories), Json(read.Stories(new Rasid.Queries.StoriesFilter())));
        Assert.Equal(Json(stories.Stories[0]), Json(read.Story(stories.Stories[0].Id)));
        Assert.Equal(stories.Total, read.Stories(new Rasid.Queries.StoriesFilter(Limit: 1)).Total);
        Assert.Single(read.Stories(new Rasid.Queries.StoriesFilter(Limit: 1)).Stories);

        // A reader answers from what was saved: emptied under the same generation, the answers are empty.
        store.SaveAnswers(store.AnswersGeneration()!, "[]", []);
        Assert.Empty(new Rasid.Queries.NewsQueries(store, extractors).Claims(new Rasid.Queries.ClaimsFilter()).Claims);
        Assert.Equal(0, new Rasid.Queries.NewsQueries(store, extractors).Stories(new Rasid.Queries.StoriesFilter()).Total);

        // Saving the same articles again changes nothing; a new one makes the saved answers out of date.
        store.SaveBatch(seeds);
        Assert.NotNull(IncrementalRelations.Saved(store, extractors));
        var retold = RasidPipeline.Default.Process(new RawDocument("https://example.org/retold", seeds[0].Article.Text + "\nوأكدت الشركة أن الخطة تمضي كما هو مقرر.", DocumentFormat.PlainText));
        store.SaveBatch([retold]);
        Assert.Null(IncrementalRelations.Saved(store, extractors));
        var again = new Rasid.Queries.NewsQueries(store, extractors).Claims(new Rasid.Queries.ClaimsFilter());
        Assert.NotNull(IncrementalRelations.Saved(store, extractors));
        var atOnce = NewStore();
        atOnce.SaveBatch([.. seeds, retold]);
        Assert.Equal(Json(new Rasid.Queries.NewsQueries(atOnce, extractors).Claims(new Rasid.Queries.ClaimsFilter())), Json(again));

        // Another gazetteer's extractors do not read answers made by these.
        using var temp = new TestData.TempFolder();
        string gazetteer = temp.File("ours.tsv");
        File.WriteAllText(gazetteer, "organization\tمرصد الأخبار العربية\tالمرصد العربي\n");
        Assert.Null(IncrementalRelations.Saved(store, Rasid.Extraction.Extractors.WithGazetteer(gazetteer)));
    }

    [SkippableFact]
    public void A_timeline_read_from_the_articles_the_index_finds_is_the_timeline_of_every_article()
    {
        var store = SeededStore();
        var extractors = Rasid.Extraction.Extractors.Default;

        // Names with a proclitic glued on, which the index keeps as one word (بمصر، لبريطانيا).
        var glued = RasidPipeline.Default.Process(new RawDocument(
            "https://example.org/glued",
            "قال مسؤولون بمصر إن الحكومة ستعلن خطة جديدة لدعم الصادرات، فيما تستعد الشركات لبريطانيا وللأسواق الأوروبية خلال الأسبوع المقبل.",
            DocumentFormat.PlainText));
        store.SaveBatch([glued]);
        Assert.Contains(new Rasid.Queries.NewsQueries(store, extractors).Timeline("مصر")!.Entries, e => e.Article == glued.Id);
        Assert.Contains(new Rasid.Queries.NewsQueries(store, extractors).Timeline("بريطانيا")!.Entries, e => e.Article == glued.Id);

        var queries = new Rasid.Queries.NewsQueries(store, extractors);
        var names = queries.Entities(new Rasid.Queries.EntitiesFilter(Limit: 40)).SelectMany(e => e.Aliases.Take(2).Append(e.Name)).Append("Zuckerberg").Append("ميتا").Append("مصر").Append("بريطانيا").Distinct().ToList();
        Assert.True(names.Count > 40);
        int found = 0;
        foreach (string name in names)
        {
            var everyArticle = Rasid.Relating.EntityTimelines.Of(name, Rasid.Storing.FactsFromStore.All(store, extractors).Select(p => Rasid.Relating.RelationInput.Of(p.Article, p.Facts)), extractors.Gazetteer);
            var fromIndex = queries.Timeline(name);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(everyArticle), System.Text.Json.JsonSerializer.Serialize(fromIndex));
            var inOnePass = new Rasid.Queries.NewsQueries(store, extractors) { TimelineReadsByIdUpTo = 0 }.Timeline(name);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(everyArticle), System.Text.Json.JsonSerializer.Serialize(inOnePass));
            found += fromIndex is null ? 0 : 1;
        }

        Assert.True(found > 40, $"{found} of {names.Count} names have a timeline");
    }

    [SkippableFact]
    public void A_timeline_reads_the_newest_articles_naming_the_entity_a_page_at_a_time()
    {
        var store = NewStore();
        var extractors = Rasid.Extraction.Extractors.Default;
        var days = new[] { "2015-07-21", "2015-07-25", "2015-07-23", "2015-07-22" };
        var saved = days.Select((day, i) => RasidPipeline.Default.Process(new RawDocument(
            $"https://example.org/egypt-{i}",
            $"قال مسؤولون في مصر اليوم إن الحكومة ستعلن خطة جديدة رقم {i} لدعم الصادرات الزراعية إلى أوروبا خلال الشهر المقبل.",
            DocumentFormat.PlainText, Title: $"خبر {i}", Published: day))).ToList();
        store.SaveBatch(saved);
        var queries = new Rasid.Queries.NewsQueries(store, extractors);

        var page = queries.Timeline("مصر", articles: 2)!;
        Assert.True(page.Partial);
        Assert.Equal(new[] { saved[1].Id, saved[2].Id }.Order(StringComparer.Ordinal), page.Entries.Select(e => e.Article).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(page.Entries, e => e.Article == saved[0].Id || e.Article == saved[3].Id);

        var whole = queries.Timeline("مصر")!;
        Assert.False(whole.Partial);
        Assert.Equal(4, whole.Entries.Select(e => e.Article).Distinct().Count());
    }

    [SkippableFact]
    public void Headers_name_the_articles_asked_for_without_their_text()
    {
        var store = SeededStore();
        var first = store.Articles().First();
        var headers = store.Headers([first.Id, "no-such-article", first.Id]);
        var header = Assert.Single(headers).Value;
        Assert.Equal((first.Id, first.Source, first.Article.Title, first.Article.Outlet, first.Article.Published), (header.Id, header.Source, header.Title, header.Outlet, header.Published));
    }

    [SkippableFact]
    public void Find_by_id_by_source_and_by_file_name()
    {
        var store = SeededStore();
        var any = store.Articles().First();
        Assert.Equal(any.Source, store.Find(any.Id)!.Source);
        Assert.Equal(any.Id, store.Find(any.Source)!.Id);
        Assert.Equal(any.Id, store.Find(Path.GetFileName(any.Source))!.Id);
        Assert.Null(store.Find("nothing-like-this"));
        Assert.Null(store.Find("%"));
    }

    [SkippableFact]
    public void Stored_article_comes_back_field_for_field()
    {
        var store = NewStore();
        var original = Seeds().Single(p => p.Source.Contains("004_", StringComparison.Ordinal));
        store.SaveBatch([original]);
        var back = store.Find(original.Id)!.Article;
        Assert.Equal(original.Article.Title, back.Title);
        Assert.Equal(original.Article.Authors, back.Authors);
        Assert.Equal(original.Article.Published, back.Published);
        Assert.Equal(original.Article.Via, back.Via);
        Assert.Equal(original.Article.Text, back.Text);
        Assert.Equal(original.Article.Removed, back.Removed);
    }

    [SkippableFact]
    public void Search_for_one_spelling_finds_the_other_zuckerberg()
    {
        var hits = new SearchService(SeededStore()).Search("زوكربيرغ", 10).Hits;
        Assert.Contains(hits, h => SeedOf(h) == "000"); // seed 000 writes زوكربيرج
    }

    [SkippableFact]
    public void A_latin_name_finds_its_arabic_spellings_marked_as_also_matched_unless_asked_for_as_typed()
    {
        var search = new SearchService(SeededStore());
        Assert.Empty(search.Search("Zuckerberg", 10).Hits); // no seed writes the name in Latin letters

        var result = search.Search("Zuckerberg", 10, Rasid.Extraction.Gazetteer.Default);
        Assert.Contains(result.Hits, h => SeedOf(h) == "000"); // writes زوكربيرج
        Assert.Contains(result.Hits, h => SeedOf(h) == "003"); // writes زوكربيرغ
        Assert.Contains("زوكربيرغ", Assert.Single(result.Query.Also).Spellings);
        Assert.All(result.Hits, h => Assert.Contains(h.Snippet, p => p.Matched && p.Text.Contains("زوكربير", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void Search_for_one_spelling_finds_the_other_google()
    {
        var hits = new SearchService(SeededStore()).Search("جوجل", 10).Hits;
        Assert.Contains(hits, h => SeedOf(h) == "003"); // seed 003 writes غوغل
    }

    [SkippableFact]
    public void Search_matches_inflected_forms()
    {
        var hits = new SearchService(SeededStore()).Search("الاستثمارات", 10).Hits.Select(SeedOf).ToList();
        Assert.Contains("001", hits); // الاستثمار
        Assert.Contains("002", hits); // الاستثمار، استثمارات
        Assert.Contains("004", hits); // استثماراتها
    }

    [SkippableFact]
    public void Search_with_arabic_indic_percent_finds_ascii_percent()
    {
        var hits = new SearchService(SeededStore()).Search("١٢٪", 10).Hits.Select(SeedOf).Order().ToList();
        Assert.Equal(["000", "001"], hits);
    }

    [SkippableFact]
    public void Snippets_highlight_the_words_as_written()
    {
        var hit = new SearchService(SeededStore()).Search("جوجل", 10).Hits.First(h => SeedOf(h) == "003");
        Assert.Contains(hit.Snippet, p => p.Matched && p.Text == "غوغل");
    }

    [SkippableFact]
    public void Hits_are_ranked_best_first()
    {
        var hits = new SearchService(SeededStore()).Search("ميتا", 10).Hits;
        Assert.Equal(5, hits.Count);
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
    }

    private IArticleStore StoreOf(params (string Source, string Title, string Text)[] articles)
    {
        var store = NewStore();
        store.SaveBatch(articles.Select(a => RasidPipeline.Default.Process(new RawDocument(a.Source, a.Text, DocumentFormat.PlainText, a.Title))).ToList());
        return store;
    }

    [SkippableFact]
    public void A_question_ranks_the_passage_holding_its_answer_above_ones_that_repeat_a_frequent_word()
    {
        var store = StoreOf(
            ("https://example.org/geography", "جغرافيا سوريا", "تقع سوريا في غرب آسيا على البحر المتوسط، عاصمتها مدينة دمشق، وهي من أقدم المدن المأهولة في العالم."),
            ("https://example.org/farming", "زراعة سوريا", "تعتمد سوريا على الزراعة، وتزرع سوريا القمح والقطن، وتصدر سوريا الزيتون إلى دول الجوار كل عام."),
            ("https://example.org/war", "حرب سوريا", "شهدت سوريا حربا طويلة، وهاجر كثير من سكان سوريا، وتأثر اقتصاد سوريا بالعقوبات الدولية."),
            ("https://example.org/food", "مطبخ سوريا", "تشتهر سوريا بالمطبخ، ويحب أهل سوريا الحلويات، وتعرف سوريا بصناعة النسيج منذ قرون."));

        // عاصمتها is عاصمة + ها: the answer holds the asked word once, the others hold سوريا three times.
        var hits = new SearchService(store).Search("ما هي عاصمة سوريا؟", 10).Hits;
        Assert.Equal("https://example.org/geography", hits[0].Article.Source);
        Assert.Equal(4, hits.Count); // a question requires no word: every passage about سوريا is ranked
    }

    [SkippableFact]
    public void A_questions_interrogatives_and_framing_nouns_are_not_required_nor_matched()
    {
        var store = StoreOf(
            ("https://example.org/resigned", "استقالة", "استقال المدير التنفيذي للشركة أمس بسبب خلافات مع مجلس الإدارة حول الخطة."),
            ("https://example.org/why", "أسئلة", "لماذا ترتفع الأسعار؟ ولماذا يتأخر الراتب؟ لماذا لا يجيب أحد عن أسئلة الناس؟"),
            ("https://example.org/staff", "ميتا", "يعمل في ميتا نحو سبعين ألف موظف حول العالم في مكاتبها."),
            ("https://example.org/counts", "أرقام ميتا", "ارتفع عدد مستخدمي ميتا، وعدد الإعلانات، وعدد الصفحات في عام واحد."));
        var search = new SearchService(store);

        var why = search.Search("لماذا استقال المدير؟", 10).Hits;
        Assert.Equal(["https://example.org/resigned"], why.Select(h => h.Article.Source));

        var howMany = search.Search("كم عدد موظفي ميتا؟", 10).Hits;
        Assert.Equal("https://example.org/staff", howMany[0].Article.Source); // عدد frames the question: the other's عدد ×3 counts for nothing
    }

    [SkippableFact]
    public void A_word_in_the_title_weighs_more_than_the_same_word_in_the_text_and_keywords_require_every_word()
    {
        var store = StoreOf(
            ("https://example.org/title", "أسعار الذهب", "ارتفعت الأسعار في الأسواق العالمية اليوم وسط توقعات بخفض الفائدة."),
            ("https://example.org/text", "أسعار اليوم", "ارتفعت أسعار الذهب في الأسواق العالمية اليوم وسط توقعات بخفض الفائدة."),
            ("https://example.org/rates", "البنوك", "أبقت البنوك المركزية على الفائدة دون تغيير هذا الشهر."),
            ("https://example.org/oil", "النفط", "تراجعت أسعار النفط مع زيادة المخزونات الأمريكية."),
            ("https://example.org/wheat", "القمح", "استقرت أسعار القمح في البورصات الأوروبية."),
            ("https://example.org/cars", "السيارات", "زادت مبيعات السيارات الكهربائية في الربع الأول."));
        var search = new SearchService(store);

        var gold = search.Search("الذهب", 10).Hits;
        Assert.Equal(["https://example.org/title", "https://example.org/text"], gold.Select(h => h.Article.Source));

        var both = search.Search("الذهب الفائدة", 10);
        Assert.True(both.MatchedAllWords);
        Assert.Equal(["https://example.org/text", "https://example.org/title"], both.Hits.Select(h => h.Article.Source).Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [InlineData("\"ميتا")]
    [InlineData("ميتا AND OR NOT")]
    [InlineData("(((زوكربيرغ")]
    [InlineData("NEAR(ميتا غوغل, 2)")]
    [InlineData("title:ميتا")]
    [InlineData("{title body}: ميتا*")]
    [InlineData("^ميتا - + ' ; --")]
    [InlineData("")]
    [InlineData("و في من")]
    public void Any_user_input_returns_results_or_a_message(string query)
    {
        var result = new SearchService(SeededStore()).Search(query, 10);
        Assert.True(result.Hits.Count > 0 || result.Note is not null);
    }

    [SkippableFact]
    public void Ten_kilobytes_of_query_text_is_searched_not_refused()
    {
        string text = string.Concat(Enumerable.Repeat("ميتا تنفق مليارات الدولارات على الذكاء الاصطناعي \"( AND ", 200));
        Assert.True(text.Length > 10_000);
        var result = new SearchService(SeededStore()).Search(text, 10);
        Assert.NotEmpty(result.Hits);
    }

    public virtual void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
