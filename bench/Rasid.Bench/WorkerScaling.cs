using System.Diagnostics;
using Npgsql;

namespace Rasid.Bench;

/// <summary>
/// `rasid worker` processes draining one queue: the corpus enqueued once per run (`rasid ingest --queue`, timed apart),
/// then 1, 2 and 4 workers started together and timed until the last exits (`--exit-when-idle`: every job done and
/// every article related). The baseline, in the same run and on the same server, is one `rasid ingest` process
/// followed by the relating a worker does (`rasid stories`). Every run must store and relate the same articles.
/// </summary>
internal static class WorkerScaling
{
    private sealed record Outcome(string Name, TimeSpan Enqueue, TimeSpan Work, long Articles, long Related, long Links);

    public static int Run(string corpus, string rasidDll, string server, IReadOnlyList<int> counts)
    {
        var databases = new List<string>();
        try
        {
            string NewDatabase()
            {
                string name = "rasid_bench_" + Guid.NewGuid().ToString("N")[..12];
                using var connection = new NpgsqlConnection(server);
                connection.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                create.ExecuteNonQuery();
                databases.Add(name);
                return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            }

            string single = NewDatabase();
            var clock = Stopwatch.StartNew();
            Rasid(rasidDll, "--db", single, "ingest", corpus, "--quiet").WaitForSuccess();
            Rasid(rasidDll, "--db", single, "stories", "--limit", "1").WaitForSuccess();
            var outcomes = new List<Outcome> { Measure("ingest, one process", single, TimeSpan.Zero, clock.Elapsed) };

            foreach (int workers in counts)
            {
                string database = NewDatabase();
                clock.Restart();
                Rasid(rasidDll, "--db", database, "ingest", "--queue", corpus).WaitForSuccess();
                var enqueue = clock.Elapsed;
                clock.Restart();
                var running = Enumerable.Range(0, workers).Select(n => Rasid(rasidDll, "--db", database, "worker", "--exit-when-idle", "--quiet", "--name", $"bench-{n}")).ToList();
                foreach (var process in running)
                {
                    process.WaitForSuccess();
                }

                outcomes.Add(Measure($"{workers} worker{(workers > 1 ? "s" : "")}", database, enqueue, clock.Elapsed));
            }

            var reference = outcomes[0];
            var oneWorker = outcomes.Skip(1).FirstOrDefault();
            bool same = true;
            Console.WriteLine("| run | enqueue s | ingest and relate s | articles/s | against one ingest process | against one worker |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var o in outcomes)
            {
                same &= o.Articles == reference.Articles && o.Related == reference.Related && o.Links == reference.Links;
                string againstWorker = oneWorker is null || o == reference ? "" : $"{oneWorker.Work.TotalSeconds / o.Work.TotalSeconds:0.00}x";
                Console.WriteLine($"| {o.Name} | {(o == reference ? "" : o.Enqueue.TotalSeconds.ToString("0.0"))} | {o.Work.TotalSeconds:0.0} | {o.Articles / o.Work.TotalSeconds:0} | {reference.Work.TotalSeconds / o.Work.TotalSeconds:0.00}x | {againstWorker} |");
            }

            Console.WriteLine($"{reference.Articles:N0} articles, {reference.Related:N0} related, {reference.Links:N0} links in every run; {Environment.ProcessorCount} cores");
            if (!same)
            {
                Console.Error.WriteLine("rasid-bench: workers did not store and relate exactly what one process does");
                return 7;
            }

            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            foreach (string name in databases)
            {
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }
        }
    }

    private static Outcome Measure(string name, string database, TimeSpan enqueue, TimeSpan work)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        long Count(string sql)
        {
            using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new Outcome(name, enqueue, work, Count("SELECT count(DISTINCT source) FROM articles"), Count("SELECT count(*) FROM relation_state"), Count("SELECT count(*) FROM relation_links"));
    }

    private static Process Rasid(string rasidDll, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(rasidDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static void WaitForSuccess(this Process process)
    {
        var errors = process.StandardError.ReadToEndAsync(); // drained so a full pipe never blocks the process
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rasid exited {process.ExitCode}: {errors.Result.Trim()}");
        }

        process.Dispose();
    }
}
