using Microsoft.Data.Sqlite;
using Rasid.Storing;

namespace Rasid.Tests.Storing;

public sealed class SqliteArticleStoreTests : ArticleStoreBehaviour
{
    private readonly TestData.TempFolder _folder = new();

    protected override IArticleStore OpenEmpty() => SqliteArticleStore.Open(_folder.File(Guid.NewGuid().ToString("N") + ".db"));

    [Fact]
    public void New_file_is_migrated_to_the_latest_schema_in_wal_mode()
    {
        string path = _folder.File("schema.db");
        using (var store = SqliteArticleStore.Open(path))
        {
            Assert.Equal(SqliteArticleStore.LatestSchemaVersion, store.Stats().SchemaVersion);
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA user_version";
        Assert.Equal((long)SqliteArticleStore.LatestSchemaVersion, command.ExecuteScalar());
    }

    [Fact]
    public void A_database_from_a_newer_rasid_is_refused_clearly()
    {
        string path = _folder.File("future.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var e = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path));
        Assert.Contains("newer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_indexed_by_an_older_analysis_is_analyzed_again_when_opened()
    {
        string path = _folder.File("old.db");
        using (var store = SqliteArticleStore.Open(path))
        {
            store.SaveBatch(new Rasid.Reading.SourceReader().Read([TestData.SeedsFolder]).Select(r => Rasid.Pipeline.RasidPipeline.Default.Process(r.Document!)).ToList());
        }

        // As schema version 4 left it: article_terms without roots, holding the older analysis's terms (here none).
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE article_terms; CREATE VIRTUAL TABLE article_terms USING fts5(title, body, names); PRAGMA user_version = 4;";
            command.ExecuteNonQuery();
        }

        using (var store = SqliteArticleStore.Open(path))
        {
            Assert.Equal(SqliteArticleStore.LatestSchemaVersion, store.Stats().SchemaVersion);
            var search = new Rasid.Searching.SearchService(store);
            Assert.Equal(5, search.Search("ميتا", 10).Hits.Count);
            Assert.NotEmpty(search.Search("ما هي استثمارات ميتا؟", 10).Hits);
        }
    }

    [Fact]
    public void A_missing_folder_is_a_store_error() =>
        Assert.Throws<StoreException>(() => SqliteArticleStore.Open(_folder.File("no/such/folder/x.db")));
}
