using Rasid.Tests.Storing;

namespace Rasid.Tests.Cli;

/// <summary>rasid copy and rasid migrate, between a SQLite file and a real PostgreSQL database.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly TestData.TempFolder _temp = new();
    private readonly List<string> _databases = [];

    private string NewDatabase()
    {
        string database = TestPostgres.CreateDatabase();
        _databases.Add(database);
        return database;
    }

    [SkippableFact]
    public void Copy_to_postgres_and_back_gives_the_same_export_and_search()
    {
        string first = _temp.File("first.db");
        string back = _temp.File("back.db");
        string server = NewDatabase();
        Assert.Equal(0, CliRunner.Run("--db", first, "ingest", TestData.SeedsFolder, "--quiet").ExitCode);

        var there = CliRunner.Run("copy", "--from", first, "--to", server);
        Assert.Equal(0, there.ExitCode);
        Assert.Contains("5 added", there.Output, StringComparison.Ordinal);
        Assert.Contains("0 added, 5 already there", CliRunner.Run("copy", "--from", first, "--to", server).Output, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("copy", "--from", server, "--to", back).ExitCode);

        Assert.Equal(CliRunner.Run("--db", first, "export", "--format", "jsonl").Output, CliRunner.Run("--db", back, "export", "--format", "jsonl").Output);
        Assert.Equal(CliRunner.Run("--db", first, "search", "زوكربيرغ", "--json").Output, CliRunner.Run("--db", back, "search", "زوكربيرغ", "--json").Output);
        var onServer = CliRunner.Run("--db", server, "search", "زوكربيرغ", "--json");
        Assert.Equal(0, onServer.ExitCode);
        Assert.Contains("<mark>", onServer.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Migrate_reports_the_latest_schema_on_either_store()
    {
        var onServer = CliRunner.Run("--db", NewDatabase(), "migrate");
        Assert.Equal(0, onServer.ExitCode);
        Assert.Contains("schema version", onServer.Output, StringComparison.Ordinal);
        var onFile = CliRunner.Run("--db", _temp.File("m.db"), "migrate");
        Assert.Equal(0, onFile.ExitCode);
        Assert.Contains("schema version", onFile.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Ingest_into_postgres_names_the_server_without_its_password()
    {
        string database = new Npgsql.NpgsqlConnectionStringBuilder(NewDatabase()) { Password = "not-shown-anywhere" }.ConnectionString;
        var result = CliRunner.Run("--db", database, "ingest", TestData.SeedsFolder);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("5 added", result.Output, StringComparison.Ordinal);
        Assert.Contains("postgres://", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("not-shown-anywhere", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_refuses_a_missing_source_and_a_store_onto_itself()
    {
        Assert.Equal(5, CliRunner.Run("copy", "--from", _temp.File("none.db"), "--to", _temp.File("x.db")).ExitCode);
        string db = _temp.File("self.db");
        CliRunner.Run("--db", db, "ingest", TestData.SeedsFolder, "--quiet");
        var self = CliRunner.Run("copy", "--from", db, "--to", db);
        Assert.Equal(2, self.ExitCode);
        Assert.StartsWith("rasid: ", self.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_server_is_one_line_and_a_store_error()
    {
        var result = CliRunner.Run("--db", "postgres://rasid:secret@127.0.0.1:1/news", "stats");
        Assert.Equal(6, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("secret", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (string database in _databases)
        {
            TestPostgres.Drop(database);
        }

        _temp.Dispose();
    }
}
