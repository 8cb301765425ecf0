using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using Rasid.Tests.Storing;

namespace Rasid.Tests.Cli;

/// <summary>
/// `rasid ingest --queue` and real `rasid worker` processes on one PostgreSQL database: one worker killed with SIGKILL
/// while it holds jobs, and still every article stored once and the same stories and claims as one process makes.
/// </summary>
public sealed class QueueWorkerTests : IDisposable
{
    private const int Jobs = 1000;

    private readonly TestData.TempFolder _temp = new();
    private readonly List<string> _databases = [];

    private string NewDatabase()
    {
        string database = TestPostgres.CreateDatabase();
        _databases.Add(database);
        return database;
    }

    [SkippableFact]
    public void Three_workers_one_killed_mid_job_store_every_article_once_and_relate_as_one_process_does()
    {
        string feed = _temp.File("feed.jsonl");
        WriteArticlesFromSeeds(feed, Jobs);
        string shared = NewDatabase();
        var queued = CliRunner.Run("--db", shared, "ingest", "--queue", feed);
        Assert.True(queued.ExitCode == 0, queued.Output + queued.Error);
        Assert.Contains($"{Jobs:N0} new jobs", queued.Output, StringComparison.Ordinal);

        // Short leases, so that the killed worker's jobs come back within seconds; small batches, so that there are many claims.
        string[] Worker(string name) => ["--db", shared, "worker", "--name", name, "--batch", "20", "--lease", "3", "--exit-when-idle"];
        using var victim = CliRunner.Start(Worker("victim"));
        using var first = CliRunner.Start(Worker("first"));
        using var second = CliRunner.Start(Worker("second"));
        var survivorsOutput = new[] { first, second }.Select(p => (Output: p.StandardOutput.ReadToEndAsync(), Error: p.StandardError.ReadToEndAsync())).ToList();
        _ = victim.StandardOutput.ReadToEndAsync();
        _ = victim.StandardError.ReadToEndAsync();

        // Killed while it holds jobs, after some are done. The victim is frozen (SIGSTOP) before the check, so that it
        // cannot finish its batch between the check and the kill on a loaded machine.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            Assert.True(DateTime.UtcNow < deadline && !victim.HasExited, "the victim never held a job");
            Signal("STOP", victim);
            if (Scalar(shared, "SELECT count(*) FROM ingest_jobs WHERE leased_by = 'victim' AND state = 'leased'") > 0
                && Scalar(shared, "SELECT count(*) FROM ingest_jobs WHERE state = 'done'") > 0)
            {
                break;
            }

            Signal("CONT", victim);
            Thread.Sleep(5);
        }

        victim.Kill(entireProcessTree: true);
        victim.WaitForExit();
        long orphaned = Scalar(shared, "SELECT count(*) FROM ingest_jobs WHERE leased_by = 'victim'");
        Assert.True(orphaned > 0, "the victim died holding jobs");

        foreach (var (process, output) in new[] { first, second }.Zip(survivorsOutput))
        {
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "a worker did not finish");
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {output.Output.Result} {output.Error.Result}");
        }

        // Every job done once the victim's leases ran out; every article stored once.
        Assert.Equal(Jobs, Scalar(shared, "SELECT count(*) FROM ingest_jobs WHERE state = 'done'"));
        Assert.True(Scalar(shared, "SELECT count(*) FROM ingest_jobs WHERE attempts > 1") >= orphaned, "the victim's jobs were done again by the others");
        Assert.Equal(Jobs, Scalar(shared, "SELECT count(*) FROM articles"));
        Assert.Equal(Jobs, Scalar(shared, "SELECT count(*) FROM articles a JOIN ingest_jobs j ON j.source = a.source AND j.article_id = a.id"));
        Assert.Equal(Jobs, Scalar(shared, "SELECT count(*) FROM relation_state"));

        // The same relations as one process ingesting the same file makes.
        string alone = NewDatabase();
        Assert.Equal(0, CliRunner.Run("--db", alone, "ingest", "--quiet", feed).ExitCode);
        string stories = Json(shared, "stories"), claims = Json(shared, "claims");
        Assert.Equal(Json(alone, "stories"), stories);
        Assert.Equal(Json(alone, "claims"), claims);
        Assert.NotEmpty(stories.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.NotEmpty(claims.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        // Queued again, nothing is new.
        var again = CliRunner.Run("--db", shared, "ingest", "--queue", feed);
        Assert.Contains($"0 new jobs, 0 queued again (changed or failed before), {Jobs:N0} already queued or done", again.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Jobs_lists_the_queue_by_state_and_a_worker_that_finds_nothing_exits_when_idle()
    {
        string database = NewDatabase();
        var queued = CliRunner.Run("--db", database, "ingest", "--queue", TestData.SeedsFolder);
        Assert.Equal(0, queued.ExitCode);
        Assert.Equal("5 queued, 0 held by workers, 0 done, 0 skipped, 0 failed", CliRunner.Run("--db", database, "jobs").Output.Trim());

        var worker = CliRunner.Run("--db", database, "worker", "--exit-when-idle", "--quiet");
        Assert.True(worker.ExitCode == 0, worker.Output + worker.Error);
        Assert.Contains("5 jobs, 5 added", worker.Output, StringComparison.Ordinal);
        Assert.Contains("5 articles related", worker.Output, StringComparison.Ordinal);
        Assert.StartsWith("0 queued, 0 held by workers, 5 done", CliRunner.Run("--db", database, "jobs").Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_waiting_worker_stopped_by_sigterm_exits_cleanly_with_its_totals()
    {
        string database = NewDatabase();
        Assert.Equal(0, CliRunner.Run("--db", database, "ingest", "--queue", TestData.SeedsFolder).ExitCode);
        using var worker = CliRunner.Start("--db", database, "worker", "--quiet");
        var output = worker.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (Scalar(database, "SELECT count(*) FROM relation_state") < 5)
        {
            Assert.True(DateTime.UtcNow < deadline && !worker.HasExited, "the worker did not finish the queue");
            Thread.Sleep(20);
        }

        using (var term = Process.Start("kill", ["-TERM", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            term.WaitForExit();
        }

        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(30)), "SIGTERM did not stop the waiting worker");
        Assert.Equal(0, worker.ExitCode);
        Assert.Matches(@"stopped: 5 jobs, 5 added, .* 5 articles related", output.Result);
    }

    [Fact]
    public void Queueing_into_an_embedded_store_is_one_clear_error()
    {
        var result = CliRunner.Run("--db", _temp.File("local.db"), "ingest", "--queue", TestData.SeedsFolder);
        Assert.Equal(6, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("needs a PostgreSQL store", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("local.db")));
    }

    private static string Json(string database, string what)
    {
        var result = CliRunner.Run("--db", database, what, "--json", "--limit", "100000");
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    private static void Signal(string signal, Process process)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Articles made from the seeds' paragraphs, each a different selection from one seed under its own address and
    /// outlet: real Arabic news text, with the near duplicates and shared figures that stories and claims are made of.
    /// </summary>
    private static void WriteArticlesFromSeeds(string path, int count)
    {
        var seeds = Directory.GetFiles(TestData.SeedsFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllLines(f).Where(l => l.Trim().Length > 0).ToArray()).ToArray();
        using var writer = new StreamWriter(path);
        for (int i = 0; i < count; i++)
        {
            var random = new Random(i);
            var lines = seeds[i % seeds.Length];
            var kept = lines.Where((_, n) => n < 2 || random.NextDouble() < 0.7).ToList();
            string title = string.Join(' ', kept[0].Split(' ').Take(8));
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                url = $"https://outlet{i % 7}.example/news/{i}",
                outlet = $"outlet{i % 7}",
                date = $"2025-07-{1 + (i % 20):00}",
                title,
                content = string.Join('\n', kept),
            }));
        }
    }

    public void Dispose()
    {
        _temp.Dispose();
        foreach (string database in _databases)
        {
            TestPostgres.Drop(database);
        }
    }
}
