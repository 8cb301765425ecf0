using System.Diagnostics;
using Npgsql;
using Rasid.Storing;

namespace Rasid.Bench;

/// <summary>
/// Real `rasid ingest` processes over a whole corpus: one process on SQLite (the reference count and the
/// throughput baseline), then one, two and four concurrent processes on one PostgreSQL database and two on one
/// SQLite file, each process given the whole corpus. Every run must leave exactly the reference number of
/// distinct articles, each stored once; PostgreSQL's throughput is reported relative to SQLite's in this run.
/// </summary>
internal static class StoreConcurrency
{
    private sealed record Outcome(string Name, int Processes, long Rows, long Distinct, TimeSpan Elapsed, bool ExitedCleanly);

    public static int Run(string corpus, string rasidDll, string server)
    {
        string folder = Path.Combine(Path.GetTempPath(), "rasid-stores-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var databases = new List<string>();
        try
        {
            string NewSqlite() => Path.Combine(folder, Guid.NewGuid().ToString("N") + ".db");
            string NewPostgres()
            {
                string name = "rasid_bench_" + Guid.NewGuid().ToString("N")[..12];
                using var connection = new NpgsqlConnection(server);
                connection.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                create.ExecuteNonQuery();
                databases.Add(name);
                return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            }

            var outcomes = new List<Outcome>
            {
                Ingest("sqlite", NewSqlite(), 1, corpus, rasidDll),
                Ingest("postgres", NewPostgres(), 1, corpus, rasidDll),
                Ingest("postgres", NewPostgres(), 2, corpus, rasidDll),
                Ingest("postgres", NewPostgres(), 4, corpus, rasidDll),
                Ingest("sqlite", NewSqlite(), 2, corpus, rasidDll),
            };

            long reference = outcomes[0].Distinct;
            bool allAgree = true;
            foreach (var o in outcomes)
            {
                bool agrees = o.ExitedCleanly && o.Rows == reference && o.Distinct == reference;
                allAgree &= agrees;
                Console.WriteLine($"{o.Name} x{o.Processes}: {o.Rows:N0} articles stored ({o.Distinct:N0} distinct sources) in {o.Elapsed.TotalSeconds:0.0} s = {o.Rows / o.Elapsed.TotalSeconds:0} articles/s{(agrees ? "" : "  <-- DIFFERS from one SQLite process")}");
            }

            var sqlite = outcomes[0];
            var postgres = outcomes[1];
            Console.WriteLine($"ratio: one ingest process on PostgreSQL takes {postgres.Elapsed.TotalSeconds / sqlite.Elapsed.TotalSeconds:0.00}x the time of one on SQLite ({postgres.Rows / postgres.Elapsed.TotalSeconds / (sqlite.Rows / sqlite.Elapsed.TotalSeconds):0.00}x its articles/s)");
            if (!allAgree)
            {
                Console.Error.WriteLine("rasid-bench: concurrent ingest did not leave exactly the articles one process leaves");
                return 7;
            }

            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            using (var connection = new NpgsqlConnection(server))
            {
                connection.Open();
                foreach (string name in databases)
                {
                    using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                    drop.ExecuteNonQuery();
                }
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static Outcome Ingest(string name, string location, int processes, string corpus, string rasidDll)
    {
        var clock = Stopwatch.StartNew();
        var running = Enumerable.Range(0, processes).Select(_ =>
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in new[] { rasidDll, "--db", location, "ingest", corpus, "--quiet" })
            {
                start.ArgumentList.Add(arg);
            }

            return Process.Start(start)!;
        }).ToList();

        bool clean = true;
        foreach (var process in running)
        {
            var errors = process.StandardError.ReadToEndAsync(); // drained so a full pipe never blocks the process
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            string lastError = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";

            // Exit 0: every readable article stored (the corpus's empty records are counted as skipped, not failed).
            clean &= process.ExitCode == 0;
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"{name} x{processes}: a process exited {process.ExitCode}: {lastError}");
            }

            Console.WriteLine($"  {name} x{processes}: {output.Trim()}");
            process.Dispose();
        }

        clock.Stop();
        using var store = ArticleStores.Open(location);
        var sources = store.Articles().Select(a => a.Source).ToList();
        return new Outcome(name, processes, sources.Count, sources.Distinct(StringComparer.Ordinal).Count(), clock.Elapsed, clean);
    }
}
