using Rasid.Storing;

namespace Rasid.Tests.Storing;

/// <summary>
/// One store exception for every surface: a driver's failure (SQLite's or PostgreSQL's), on opening or later, comes
/// out of <see cref="ArticleStores.Open"/> as a <see cref="StoreException"/> naming the engine, and the CLI turns it
/// into one line and exit 6.
/// </summary>
public sealed class StoreErrorTests : IDisposable
{
    private readonly TestData.TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_that_is_no_database_is_a_store_exception_with_the_drivers_error_inside()
    {
        string path = _folder.File("not-a-database.db");
        File.WriteAllText(path, new string('x', 4096));
        var e = Assert.Throws<StoreException>(() =>
        {
            using var store = ArticleStores.Open(path);
            store.Stats();
        });
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_database_that_breaks_while_open_fails_as_a_store_exception_with_the_drivers_error_inside()
    {
        string path = _folder.File("rasid.db");
        Assert.Equal(0, Cli.CliRunner.Run("--db", path, "ingest", TestData.SeedsFolder).ExitCode);
        using var store = ArticleStores.Open(path);
        Assert.Equal(5, store.Stats().Articles);

        // Pages past the schema overwritten under the open store, as a failing disk or another program would.
        foreach (string file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            stream.Position = Math.Min(8192, stream.Length / 2);
            stream.Write(Enumerable.Repeat((byte)0xA5, (int)(stream.Length - stream.Position)).ToArray());
        }

        var e = Assert.Throws<StoreException>(() => store.Articles().Select(a => a.Article.Text.Length).Sum());
        Assert.StartsWith("database error: ", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Data.Common.DbException>(e.InnerException);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_postgresql_server_that_is_not_there_is_a_store_exception_naming_postgresql()
    {
        var e = Assert.Throws<StoreException>(() => ArticleStores.Open("Host=127.0.0.1;Port=9;Username=nobody;Timeout=2").Dispose());
        Assert.Contains("PostgreSQL", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_says_it_in_one_line_and_exits_6()
    {
        string path = _folder.File("not-a-database.db");
        File.WriteAllText(path, new string('x', 4096));
        var result = Cli.CliRunner.Run("--db", path, "search", "ميتا");
        Assert.Equal(6, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("rasid: ", line, StringComparison.Ordinal);
        Assert.Contains(path, line, StringComparison.Ordinal);
    }
}
