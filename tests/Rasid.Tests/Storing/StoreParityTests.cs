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

    public void Dispose()
    {
        foreach (string database in _databases)
        {
            TestPostgres.Drop(database);
        }

        _folder.Dispose();
    }
}
