using System.Globalization;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Rasid.Pipeline;
using Rasid.Storing;

namespace Rasid.Bench;

/// <summary>
/// End-to-end ingest of a corpus folder into a fresh SQLite store (read, clean, analyze, extract, index, write),
/// the same without extraction (what extraction adds), and in the same run the baseline: plain SQLite FTS5 inserts
/// of the same raw texts, batched the same way, with FTS5's own tokenizer and no cleaning or analysis.
/// </summary>
/// <remarks>
/// Each ingest runs in a process of its own, as `rasid ingest` does: it pays its own start-up and compilation and
/// begins with cold word caches, and neither configuration inherits the other's warm code. The two are run
/// alternately, <c>rounds</c> times each, since this machine's speed drifts by a fifth within minutes; the ratio
/// compares the best run of each (the least disturbed), and every run is printed.
/// </remarks>
internal static class IngestThroughput
{
    /// <summary>
    /// Three rounds: the run with extraction keeps both cores busy from start to end, so any other load on the
    /// machine lengthens it, and by more than the run without (bound by its one writing thread). Six runs of the
    /// same build in one half hour took 43.5 to 48.1 s with extraction and 31.3 to 31.9 s without; the best of two
    /// rounds depended on which of those the draw gave.
    /// </summary>
    public const int DefaultRounds = 3;

    private sealed record IngestRun(bool Extraction, int Stored, int Failed, double Seconds, double CpuSeconds, double PauseSeconds, double JitSeconds, long PeakMb, string Collections);

    public static int Run(string corpus, double minArticlesPerSecond, int rounds)
    {
        var runs = new List<IngestRun>();
        for (int round = 0; round < rounds; round++)
        {
            // Alternate which goes first, so that a drift in the machine's speed falls on both alike.
            foreach (bool extraction in round % 2 == 0 ? new[] { false, true } : [true, false])
            {
                var run = RunInOwnProcess(corpus, extraction);
                if (run is null)
                {
                    return 8;
                }

                runs.Add(run);
                Console.WriteLine($"  run {runs.Count}: {(extraction ? "with" : "without")} extraction, {run.Stored:N0} articles ({run.Failed} failed) in {run.Seconds:0.0} s = {run.Stored / run.Seconds:0} articles/s; processor time {run.CpuSeconds:0.0} s = {run.CpuSeconds * 1000 / run.Stored:0.00} ms an article; garbage collection paused it {run.PauseSeconds:0.0} s (gen0/1/2 collections {run.Collections}); compiling code took {run.JitSeconds:0.0} s; peak working set {run.PeakMb} MB");
            }
        }

        var without = runs.Where(r => !r.Extraction).MinBy(r => r.Seconds)!;
        var with = runs.Where(r => r.Extraction).MinBy(r => r.Seconds)!;

        string folder = Path.Combine(Path.GetTempPath(), "rasid-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var baseline = Stopwatch.StartNew();
            int baselineCount = PlainFts5Inserts(corpus, Path.Combine(folder, "baseline.db"));
            baseline.Stop();

            double rate = with.Stored / with.Seconds;
            double baselineRate = baselineCount / baseline.Elapsed.TotalSeconds;
            Console.WriteLine($"rasid ingest without extraction: {without.Stored:N0} articles in {without.Seconds:0.0} s = {without.Stored / without.Seconds:0} articles/s (best of {rounds})");
            Console.WriteLine($"rasid ingest: {with.Stored:N0} articles ({with.Failed} failed) in {with.Seconds:0.0} s = {rate:0} articles/s (best of {rounds}); peak working set {with.PeakMb} MB");
            Console.WriteLine($"processor time (all threads): {without.CpuSeconds:0.0} s without extraction, {with.CpuSeconds:0.0} s with = {without.CpuSeconds * 1000 / without.Stored:0.00} and {with.CpuSeconds * 1000 / with.Stored:0.00} ms an article");
            Console.WriteLine($"ratio: extraction adds {(with.Seconds / without.Seconds) - 1:P0} to ingest (with {with.Seconds / without.Seconds:0.00}x the time of ingest without it; best runs; every pair of runs: {string.Join(", ", Pairs(runs).Select(r => $"{r - 1:P0}"))})");
            Console.WriteLine($"baseline plain FTS5 inserts: {baselineCount:N0} texts in {baseline.Elapsed.TotalSeconds:0.0} s = {baselineRate:0} texts/s");
            Console.WriteLine($"ratio: rasid ingest takes {with.Seconds / baseline.Elapsed.TotalSeconds:0.00}x the time of plain FTS5 inserts");
            if (rate < minArticlesPerSecond)
            {
                Console.Error.WriteLine($"rasid-bench: {rate:0} articles/s is below the floor of {minArticlesPerSecond:0}");
                return 7;
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // The ratio of each round's two runs, taken side by side.
    private static IEnumerable<double> Pairs(List<IngestRun> runs) =>
        runs.Chunk(2).Where(pair => pair.Length == 2).Select(pair => pair.Single(r => r.Extraction).Seconds / pair.Single(r => !r.Extraction).Seconds);

    private static IngestRun? RunInOwnProcess(string corpus, bool extraction)
    {
        // This very program, started again with the hidden verb below: as `dotnet Rasid.Bench.dll` or as its own executable.
        string host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(IngestThroughput).Assembly.Location);
        }

        foreach (string argument in (string[])["ingest-once", corpus, extraction ? "--with-extraction" : "--without-extraction"])
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        string? line = output.Split('\n').FirstOrDefault(l => l.StartsWith("ingest-once ", StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null)
        {
            Console.Error.WriteLine($"rasid-bench: the ingest run {(extraction ? "with" : "without")} extraction failed (exit code {child.ExitCode})");
            return null;
        }

        var fields = line["ingest-once ".Length..].Split(' ').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
        double Number(string name) => double.Parse(fields[name], CultureInfo.InvariantCulture);
        return new IngestRun(extraction, (int)Number("stored"), (int)Number("failed"), Number("seconds"), Number("cpu"), Number("pause"), Number("jit"), (long)Number("peakmb"), fields["gc"]);
    }

    /// <summary>One ingest into a fresh store, in this process, printed as one line for <see cref="RunInOwnProcess"/> to read.</summary>
    public static int RunOnce(string corpus, bool extraction)
    {
        string folder = Path.Combine(Path.GetTempPath(), "rasid-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var pipeline = extraction ? RasidPipeline.Default : new RasidPipelineBuilder().WithoutExtraction().Build();
            if (extraction)
            {
                // The model and word clusters load outside the timing, as a long-running ingest amortizes them.
                _ = Rasid.Extraction.Extractors.Default.Extract(new Rasid.Cleaning.CleanArticle(null, [], null, [], false, "تحميل النموذج قبل القياس.", [], null, null));
            }

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var clock = Stopwatch.StartNew();
            IngestSummary summary;
            using (var store = SqliteArticleStore.Open(Path.Combine(folder, "rasid.db")))
            {
                summary = new Ingestor(pipeline, store).Run([corpus]);
            }

            clock.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var pause = GC.GetTotalPauseDuration() - pauseBefore;
            var jit = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
            string collections = $"{GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]}";
            int stored = summary.Added + summary.Unchanged + summary.Updated;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingest-once stored={stored} failed={summary.Failed} seconds={clock.Elapsed.TotalSeconds:0.000} cpu={cpu.TotalSeconds:0.000} pause={pause.TotalSeconds:0.000} jit={jit.TotalSeconds:0.000} peakmb={process.PeakWorkingSet64 / (1024 * 1024)} gc={collections}"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int PlainFts5Inserts(string corpus, string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; CREATE TABLE docs (source TEXT UNIQUE, text TEXT); CREATE VIRTUAL TABLE docs_fts USING fts5(text);";
            setup.ExecuteNonQuery();
        }

        int count = 0;
        var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs (source, text) VALUES ($s, $t); INSERT INTO docs_fts (rowid, text) VALUES (last_insert_rowid(), $t);";
        var source = insert.Parameters.Add("$s", SqliteType.Text);
        var text = insert.Parameters.Add("$t", SqliteType.Text);
        foreach (string file in Directory.GetFiles(corpus, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            foreach (var record in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream).ToBlockingEnumerable())
            {
                source.Value = record.GetProperty("url").GetString();
                text.Value = record.GetProperty("content").GetString();
                insert.Transaction = transaction;
                insert.ExecuteNonQuery();
                if (++count % 256 == 0)
                {
                    transaction.Commit();
                    transaction.Dispose();
                    transaction = connection.BeginTransaction();
                }
            }
        }

        transaction.Commit();
        transaction.Dispose();
        return count;
    }
}
