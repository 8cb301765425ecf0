using Npgsql;
using Rasid.Storing;

namespace Rasid.Tests.Storing;

/// <summary>The store behaviour suite on a real PostgreSQL server, one fresh database per store.</summary>
public sealed class PostgresArticleStoreTests : ArticleStoreBehaviour
{
    private readonly List<string> _databases = [];

    protected override IArticleStore OpenEmpty()
    {
        string database = TestPostgres.CreateDatabase();
        _databases.Add(database);
        return PostgresArticleStore.Open(database);
    }

    [SkippableFact]
    public void New_database_is_migrated_to_the_latest_schema()
    {
        using var store = OpenEmpty();
        Assert.Equal(PostgresArticleStore.LatestSchemaVersion, store.Stats().SchemaVersion);
        using var connection = new NpgsqlConnection(_databases[^1]);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT max(version) FROM rasid_schema", connection);
        Assert.Equal(PostgresArticleStore.LatestSchemaVersion, command.ExecuteScalar());
        using var index = new NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_terms'", connection);
        Assert.Contains("gin", (string)index.ExecuteScalar()!, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_database_from_a_newer_rasid_is_refused_clearly()
    {
        OpenEmpty().Dispose();
        using (var connection = new NpgsqlConnection(_databases[^1]))
        {
            connection.Open();
            using var command = new NpgsqlCommand("INSERT INTO rasid_schema (version) VALUES (99)", connection);
            command.ExecuteNonQuery();
        }

        var e = Assert.Throws<StoreException>(() => PostgresArticleStore.Open(_databases[^1]));
        Assert.Contains("newer", e.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_store_indexed_by_an_older_analysis_is_analyzed_again_when_opened()
    {
        using (var store = OpenEmpty())
        {
            store.SaveBatch(new Rasid.Reading.SourceReader().Read([TestData.SeedsFolder]).Select(r => Rasid.Pipeline.RasidPipeline.Default.Process(r.Document!)).ToList());
        }

        // As schema version 4 left it, with the older analysis's terms (here none).
        using (var connection = new NpgsqlConnection(_databases[^1]))
        {
            connection.Open();
            using var command = new NpgsqlCommand("DELETE FROM rasid_schema WHERE version > 4; UPDATE articles SET terms = ''::tsvector, term_count = 0", connection);
            command.ExecuteNonQuery();
        }

        using var reopened = PostgresArticleStore.Open(_databases[^1]);
        Assert.Equal(PostgresArticleStore.LatestSchemaVersion, reopened.Stats().SchemaVersion);
        var search = new Rasid.Searching.SearchService(reopened);
        Assert.Equal(5, search.Search("ميتا", 10).Hits.Count);
        Assert.NotEmpty(search.Search("ما هي استثمارات ميتا؟", 10).Hits);
    }

    [SkippableFact]
    public void Eight_stores_opening_one_new_database_at_once_migrate_it_once()
    {
        string database = TestPostgres.CreateDatabase();
        _databases.Add(database);
        Parallel.For(0, 8, _ => PostgresArticleStore.Open(database).Dispose());
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM rasid_schema", connection);
        Assert.Equal((long)PostgresArticleStore.LatestSchemaVersion, command.ExecuteScalar());
    }

    [SkippableFact]
    public void A_database_that_does_not_exist_is_a_store_error_without_the_password()
    {
        TestPostgres.Require();
        var b = new NpgsqlConnectionStringBuilder(TestPostgres.Server) { Database = "rasid_no_such_database", Password = "s3cret" };
        var e = Assert.Throws<StoreException>(() => PostgresArticleStore.Open(b.ConnectionString));
        Assert.Contains("rasid_no_such_database", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", e.Message, StringComparison.Ordinal);
    }

    public override void Dispose()
    {
        base.Dispose();
        foreach (string database in _databases)
        {
            TestPostgres.Drop(database);
        }
    }
}
