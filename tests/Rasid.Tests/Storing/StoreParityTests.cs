using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Searching;
using Rasid.Storing;

namespace Rasid.Tests.Storing;

/// <summary>Both stores index Rasid's own terms, so the same query must rank the same seeds on top in both.</summary>
public sealed class StoreParityTests : IDisposable
{
    private readonly TestData.TempFolder _folder = new();
    private readonly List<string> _databases = [];

    public static TheoryData<string> SeedQueries =>
    [
        "زوكربيرغ", "جوجل", "ميتا", "الاستثمارات", "١٢٪", "Scale AI", "ألكسندر وانغ", "الإنفاق الرأسمالي",
        "مليار دولار", "الذكاء الاصطناعي الفائق", "أسهم ميتا", "OpenAI", "مراكز البيانات", "Llama",

        // Questions: no word required, roots and words without a proclitic matched too.
        "ما هي استثمارات ميتا في الذكاء الاصطناعي؟", "كم دفعت ميتا لشركة Scale AI؟", "من هو ألكسندر وانغ؟",
        "لماذا تنفق الشركات على مراكز البيانات؟", "متى أعلنت ميتا عن مختبر الذكاء الفائق؟", "بكم قدرت قيمة سكيل؟",
    ];

    [SkippableTheory]
    [MemberData(nameof(SeedQueries))]
    public void The_seed_search_cases_return_the_same_top_results_on_both_stores(string query)
    {
        string database = TestPostgres.CreateDatabase();
        _databases.Add(database);
        var seeds = new SourceReader().Read([TestData.SeedsFolder]).Select(r => RasidPipeline.Default.Process(r.Document!)).ToList();
        using var sqlite = SqliteArticleStore.Open(_folder.File("parity.db"));
        using var postgres = PostgresArticleStore.Open(database);
        sqlite.SaveBatch(seeds);
        postgres.SaveBatch(seeds);

        var fromSqlite = new SearchService(sqlite).Search(query, 10);
        var fromPostgres = new SearchService(postgres).Search(query, 10);
        Assert.NotEmpty(fromSqlite.Hits);
        Assert.Equal(fromSqlite.Hits.Select(h => h.Article.Id).Order(), fromPostgres.Hits.Select(h => h.Article.Id).Order());
        Assert.Equal(fromSqlite.Hits[0].Article.Id, fromPostgres.Hits[0].Article.Id);
        Assert.Equal(fromSqlite.Note, fromPostgres.Note);

        // Not only the order: PostgreSQL computes FTS5's bm25 itself, so the scores agree to rounding.
        var sqliteScores = fromSqlite.Hits.ToDictionary(h => h.Article.Id, h => h.Score);
        Assert.All(fromPostgres.Hits, h => Assert.Equal(sqliteScores[h.Article.Id], h.Score, 1e-9));
    }

    [SkippableFact]
    public void Scores_agree_when_a_word_is_repeated_up_to_a_hundred_times_in_title_and_body()
    {
        string database = TestPostgres.CreateDatabase();
        _databases.Add(database);
        var articles = new[] { 1, 2, 3, 7, 15, 40, 99 }.Select(n => RasidPipeline.Default.Process(new RawDocument(
            $"https://example.org/{n}",
            $"العنوان: النفط والنفط {string.Join(' ', Enumerable.Repeat("النفط", n % 5))} في الأسواق\n\n" +
            string.Join(' ', Enumerable.Repeat("ارتفعت أسعار النفط اليوم في الأسواق العالمية.", n)) + " وقال محلل إن الطلب قوي.",
            DocumentFormat.PlainText))).ToList();
        using var sqlite = SqliteArticleStore.Open(_folder.File("repeat.db"));
        using var postgres = PostgresArticleStore.Open(database);
        sqlite.SaveBatch(articles);
        postgres.SaveBatch(articles);
        foreach (string query in new[] { "النفط", "أسعار النفط", "محلل", "لماذا ارتفعت أسعار النفط في الأسواق؟" })
        {
            var expected = new SearchService(sqlite).Search(query, 10).Hits.ToDictionary(h => h.Article.Id, h => h.Score);
            var actual = new SearchService(postgres).Search(query, 10).Hits;
            Assert.Equal(expected.Count, actual.Count);
            Assert.All(actual, h => Assert.Equal(expected[h.Article.Id], h.Score, 1e-9));
        }
    }

    public void Dispose()
    {
        foreach (string database in _databases)
        {
            TestPostgres.Drop(database);
        }

        _folder.Dispose();
    }
}
