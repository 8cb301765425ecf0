using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Rasid.Pipeline;
using Rasid.Storing;

namespace Rasid.Bench;

/// <summary>
/// End-to-end ingest of a corpus folder into a fresh SQLite store (read, clean, analyze, extract, index, write),
/// the same without extraction (what extraction adds), and
/// in the same run the baseline: plain SQLite FTS5 inserts of the same raw texts, batched the same way,
/// with FTS5's own tokenizer and no cleaning or analysis.
/// </summary>
internal static class IngestThroughput
{
    public static int Run(string corpus, double minArticlesPerSecond)
    {
        string folder = Path.Combine(Path.GetTempPath(), "rasid-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var process = Process.GetCurrentProcess();

            // Clean and index only (the foundation's ingest), then the whole pipeline with extraction, in the same run.
            var cpuBefore = process.TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            var cleanOnly = Stopwatch.StartNew();
            IngestSummary cleanSummary;
            using (var store = SqliteArticleStore.Open(Path.Combine(folder, "clean-only.db")))
            {
                cleanSummary = new Ingestor(new RasidPipelineBuilder().WithoutExtraction().Build(), store).Run([corpus]);
            }

            cleanOnly.Stop();
            process.Refresh();
            var cleanOnlyCpu = process.TotalProcessorTime - cpuBefore;
            var cleanOnlyPause = GC.GetTotalPauseDuration() - pauseBefore;
            _ = Rasid.Extraction.Extractors.Default.Extract(new Rasid.Cleaning.CleanArticle(null, [], null, [], false, "تحميل النموذج قبل القياس.", [], null, null)); // the model loads outside the timing

            process.Refresh();
            cpuBefore = process.TotalProcessorTime;
            pauseBefore = GC.GetTotalPauseDuration();
            int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var rasid = Stopwatch.StartNew();
            IngestSummary summary;
            using (var store = SqliteArticleStore.Open(Path.Combine(folder, "rasid.db")))
            {
                summary = new Ingestor(RasidPipeline.Default, store).Run([corpus]);
            }

            rasid.Stop();
            process.Refresh();
            var rasidCpu = process.TotalProcessorTime - cpuBefore;
            var rasidPause = GC.GetTotalPauseDuration() - pauseBefore;
            string collections = $"{GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]}";
            long peakMb = process.PeakWorkingSet64 / (1024 * 1024);
            int stored = summary.Added + summary.Unchanged + summary.Updated;
            int cleanStored = cleanSummary.Added + cleanSummary.Unchanged + cleanSummary.Updated;

            var baseline = Stopwatch.StartNew();
            int baselineCount = PlainFts5Inserts(corpus, Path.Combine(folder, "baseline.db"));
            baseline.Stop();

            double rate = stored / rasid.Elapsed.TotalSeconds;
            double baselineRate = baselineCount / baseline.Elapsed.TotalSeconds;
            Console.WriteLine($"rasid ingest without extraction: {cleanStored:N0} articles in {cleanOnly.Elapsed.TotalSeconds:0.0} s = {cleanStored / cleanOnly.Elapsed.TotalSeconds:0} articles/s");
            Console.WriteLine($"rasid ingest: {stored:N0} articles ({summary.Failed} failed) in {rasid.Elapsed.TotalSeconds:0.0} s = {rate:0} articles/s; peak working set {peakMb} MB");
            Console.WriteLine($"processor time (all threads): {cleanOnlyCpu.TotalSeconds:0.0} s without extraction, {rasidCpu.TotalSeconds:0.0} s with = {cleanOnlyCpu.TotalMilliseconds / cleanStored:0.00} and {rasidCpu.TotalMilliseconds / stored:0.00} ms an article; garbage collection paused the process {cleanOnlyPause.TotalSeconds:0.0} s and {rasidPause.TotalSeconds:0.0} s (gen0/1/2 collections with extraction: {collections})");
            Console.WriteLine($"ratio: extraction adds {(rasid.Elapsed.TotalSeconds / cleanOnly.Elapsed.TotalSeconds) - 1:P0} to ingest (with {rasid.Elapsed.TotalSeconds / cleanOnly.Elapsed.TotalSeconds:0.00}x the time of ingest without it)");
            Console.WriteLine($"baseline plain FTS5 inserts: {baselineCount:N0} texts in {baseline.Elapsed.TotalSeconds:0.0} s = {baselineRate:0} texts/s");
            Console.WriteLine($"ratio: rasid ingest takes {rasid.Elapsed.TotalSeconds / baseline.Elapsed.TotalSeconds:0.00}x the time of plain FTS5 inserts");
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
