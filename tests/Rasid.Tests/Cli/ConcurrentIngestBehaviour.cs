using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rasid.Storing;
using Rasid.Tests.Storing;

namespace Rasid.Tests.Cli;

/// <summary>
/// Real `rasid ingest` processes against one store: several at once, and kill -9 in the middle. Every article
/// must end up stored exactly once, none lost, none duplicated, whatever the interleaving. Written once; one
/// subclass per store.
/// </summary>
public abstract partial class ConcurrentIngestBehaviour : IDisposable
{
    protected const int Articles = 6000;

    private protected TestData.TempFolder Temp { get; } = new();

    /// <summary>A fresh, empty store location (a file path or a PostgreSQL connection string).</summary>
    protected abstract string NewLocation();

    private string Feed()
    {
        string feed = Temp.File("feed.jsonl");
        if (!File.Exists(feed))
        {
            WriteFeed(feed, Articles);
        }

        return feed;
    }

    protected virtual long Count(string location)
    {
        using var store = ArticleStores.Open(location);
        return store.Stats().Articles;
    }

    private static List<string> Sources(string location)
    {
        using var store = ArticleStores.Open(location);
        return store.Articles().Select(a => a.Source).ToList();
    }

    protected void Concurrent_processes_store_every_article_exactly_once(int processes)
    {
        string location = NewLocation();
        string feed = Feed();
        var running = Enumerable.Range(0, processes).Select(_ => CliRunner.Start("--db", location, "ingest", feed, "--quiet")).ToList();
        int addedByAll = 0;
        foreach (var process in running)
        {
            string output = process.StandardOutput.ReadToEnd();
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {output} {error}");
            addedByAll += Added(output);
            process.Dispose();
        }

        Assert.Equal(Articles, addedByAll); // each article added by exactly one process; the others found it stored
        var sources = Sources(location);
        Assert.Equal(Articles, sources.Count);
        Assert.Equal(Articles, sources.Distinct().Count());
    }

    [SkippableFact]
    public void Killed_ingest_rerun_stores_every_article_exactly_once()
    {
        string location = NewLocation();
        string feed = Feed();
        using (var process = CliRunner.Start("--db", location, "ingest", feed, "--quiet"))
        {
            WaitForFirstArticles(process, location);
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true); // SIGKILL: no cleanup runs
            }

            process.WaitForExit();
        }

        Assert.InRange(Count(location), 0, Articles);
        using (var rerun = CliRunner.Start("--db", location, "ingest", feed, "--quiet"))
        {
            string output = rerun.StandardOutput.ReadToEnd();
            rerun.WaitForExit();
            Assert.True(rerun.ExitCode == 0, output + rerun.StandardError.ReadToEnd());
        }

        var sources = Sources(location);
        Assert.Equal(Articles, sources.Count);
        Assert.Equal(Articles, sources.Distinct().Count());
    }

    [SkippableFact]
    public void Killing_one_of_two_concurrent_ingests_loses_nothing()
    {
        string location = NewLocation();
        string feed = Feed();
        using var survivor = CliRunner.Start("--db", location, "ingest", feed, "--quiet");
        using (var victim = CliRunner.Start("--db", location, "ingest", feed, "--quiet"))
        {
            WaitForFirstArticles(victim, location);
            if (!victim.HasExited)
            {
                victim.Kill(entireProcessTree: true);
            }

            victim.WaitForExit();
        }

        string output = survivor.StandardOutput.ReadToEnd();
        survivor.WaitForExit();
        Assert.True(survivor.ExitCode == 0, output + survivor.StandardError.ReadToEnd());
        Assert.Equal(Articles, Count(location));

        var again = CliRunner.Run("--db", location, "ingest", feed, "--quiet");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(0, Added(again.Output));
        Assert.Equal(Articles, Sources(location).Distinct().Count());
    }

    private void WaitForFirstArticles(Process process, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!process.HasExited && SafeCount(location) == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }
    }

    private long SafeCount(string location)
    {
        try
        {
            return Count(location);
        }
        catch (StoreException)
        {
            return 0; // the first process is still creating the schema
        }
    }

    private static int Added(string output)
    {
        var match = AddedCount().Match(output);
        Assert.True(match.Success, output);
        return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"([\d,]+) added")]
    private static partial Regex AddedCount();

    /// <summary>Synthetic but varied Arabic articles, one JSON line each, with distinct URLs.</summary>
    internal static void WriteFeed(string path, int count)
    {
        string[] subjects = ["الحكومة", "الوزارة", "الشركة", "البنك المركزي", "الهيئة", "المجلس"];
        string[] verbs = ["أعلنت", "أكدت", "نفت", "كشفت", "درست", "رفضت"];
        using var writer = new StreamWriter(path);
        for (int i = 0; i < count; i++)
        {
            string text = $"{verbs[i % 6]} {subjects[i / 6 % 6]} اليوم خطة رقم {i} لتطوير قطاع النقل في المنطقة خلال السنوات المقبلة، بكلفة تبلغ {i * 7 % 1000} مليون دولار وفق البيان الرسمي الصادر عنها.";
            writer.WriteLine(JsonSerializer.Serialize(new { url = $"https://example.org/news/{i}", title = $"خبر رقم {i}", content = text }));
        }
    }

    public virtual void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Two processes on one SQLite file: WAL and a busy timeout make them take turns as writers.</summary>
public sealed class SqliteConcurrentIngestTests : ConcurrentIngestBehaviour
{
    protected override string NewLocation() => Temp.File(Guid.NewGuid().ToString("N") + ".db");

    protected override long Count(string location) => File.Exists(location) ? base.Count(location) : 0;

    [Fact]
    public void Two_processes_on_one_sqlite_file_store_every_article_exactly_once() => Concurrent_processes_store_every_article_exactly_once(2);
}

/// <summary>Several processes on one PostgreSQL database, as teams run it.</summary>
public sealed class PostgresConcurrentIngestTests : ConcurrentIngestBehaviour
{
    private readonly List<string> _databases = [];

    protected override string NewLocation()
    {
        string database = TestPostgres.CreateDatabase();
        _databases.Add(database);
        return database;
    }

    [SkippableTheory]
    [InlineData(2)]
    [InlineData(4)]
    public void Processes_on_one_postgres_database_store_every_article_exactly_once(int processes) => Concurrent_processes_store_every_article_exactly_once(processes);

    public override void Dispose()
    {
        foreach (string database in _databases)
        {
            TestPostgres.Drop(database);
        }

        base.Dispose();
    }
}
