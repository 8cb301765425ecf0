using System.Diagnostics;
using System.Globalization;
using Rasid.Extraction;
using Rasid.Queries;
using Rasid.Storing;

namespace Rasid.Bench;

/// <summary>
/// How Rasid's costs grow with the archive: for each size, an archive written by <see cref="ScaleCorpus"/>, ingested
/// by `rasid ingest` into a fresh SQLite file and related by `rasid stories` (each a process of its own, timed, its
/// peak memory read by /usr/bin/time), then, in this process on the stored archive, 200 searches (names, title
/// phrases, rarer words drawn from the archive) and the first answer of claims, stories and an entity timeline, as a
/// fresh CLI invocation or web process pays it. Each row's growth is printed against the previous size's.
/// </summary>
internal static class ScaleRun
{
    private sealed record Row(int Articles, double IngestSeconds, long IngestPeakMb, double RelateSeconds, long RelatePeakMb, long DatabaseMb,
        double SearchP50Ms, double SearchP95Ms, double ClaimsSeconds, double StoriesSeconds, double TimelineSeconds);

    public static int Run(string corpus, string rasidDll, IReadOnlyList<int> sizes, string work, bool keep)
    {
        Directory.CreateDirectory(work);
        var rows = new List<Row>();
        foreach (int size in sizes)
        {
            string folder = Path.Combine(work, $"archive-{size}");
            if (!File.Exists(Path.Combine(folder, "truth.jsonl")))
            {
                int generated = ScaleCorpus.Run(corpus, folder, size, seed: 24);
                if (generated != 0)
                {
                    return generated;
                }
            }

            string database = Path.Combine(work, $"archive-{size}.db");
            foreach (string file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }

            var (ingestSeconds, ingestPeak) = Timed(rasidDll, "--db", database, "ingest", ScaleCorpus.ArticlesFolder(folder), "--quiet");
            var (relateSeconds, relatePeak) = Timed(rasidDll, "--db", database, "stories", "--limit", "1");
            long databaseMb = new[] { database, database + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) / (1024 * 1024);
            var (p50, p95, claims, stories, timeline) = Queries(database);
            var row = new Row(size, ingestSeconds, ingestPeak, relateSeconds, relatePeak, databaseMb, p50, p95, claims, stories, timeline);
            rows.Add(row);
            Console.WriteLine($"{size:N0} articles: ingest {ingestSeconds:0.0} s ({size / ingestSeconds:0} articles/s, peak {ingestPeak:N0} MB), relate {relateSeconds:0.0} s (peak {relatePeak:N0} MB), database {databaseMb:N0} MB, search p50 {p50:0.0} ms p95 {p95:0.0} ms, claims {claims:0.00} s, stories {stories:0.00} s, timeline {timeline:0.00} s");
            if (!keep)
            {
                foreach (string file in new[] { database, database + "-wal", database + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("| articles | ingest s | articles/s | ingest peak MB | relate s | relate peak MB | database MB | search p50 ms | search p95 ms | claims s | stories s | timeline s |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        Row? previous = null;
        foreach (var r in rows)
        {
            string Growth(Func<Row, double> measure) =>
                previous is null || measure(previous) <= 0 ? "" : $" (×{measure(r) / measure(previous):0.0})";
            Console.WriteLine(
                $"| {r.Articles:N0}{Growth(x => x.Articles)} | {r.IngestSeconds:0.0}{Growth(x => x.IngestSeconds)} | {r.Articles / r.IngestSeconds:0} | {r.IngestPeakMb:N0} | " +
                $"{r.RelateSeconds:0.0}{Growth(x => x.RelateSeconds)} | {r.RelatePeakMb:N0} | {r.DatabaseMb:N0} | {r.SearchP50Ms:0.0} | {r.SearchP95Ms:0.0} | " +
                $"{r.ClaimsSeconds:0.00}{Growth(x => x.ClaimsSeconds)} | {r.StoriesSeconds:0.00}{Growth(x => x.StoriesSeconds)} | {r.TimelineSeconds:0.00}{Growth(x => x.TimelineSeconds)} |");
            previous = r;
        }

        return 0;
    }

    private static (double P50, double P95, double Claims, double Stories, double Timeline) Queries(string database)
    {
        using var store = ArticleStores.Open(database);
        var extractors = Extractors.Default;

        // The queries, drawn from the archive itself: the names it mentions most, phrases of its titles, rarer words of its text.
        var random = new Random(24);
        var sample = store.Articles().Where((_, i) => i % 97 == 0).Take(400).ToList();
        var names = sample.Select(a => extractors.Extract(a.Article)).SelectMany(f => f.Mentions.Select(m => m.Surface)).Where(n => n.Length > 3)
            .GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(70).ToList();
        var phrases = sample.Select(a => a.Article.Title).OfType<string>().Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3).Select(w => { int at = random.Next(w.Length - 1); return $"\"{w[at]} {w[at + 1]}\""; }).Take(70).ToList();
        var rare = sample.Select(a => a.Article.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 20)
            .Select(w => w.Skip(10).Where(x => x.Length >= 7 && x.All(char.IsLetter)).OrderBy(_ => random.Next()).FirstOrDefault()).OfType<string>().Take(60).ToList();
        var all = names.Concat(phrases).Concat(rare).ToList();

        var queries = new NewsQueries(store, extractors);
        foreach (string q in all.Take(20))
        {
            queries.Search(new SearchFilter(q)); // warm: the first searches load the analyzer and the pages
        }

        var times = new List<double>();
        foreach (string q in all)
        {
            var clock = Stopwatch.StartNew();
            queries.Search(new SearchFilter(q));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        double Percentile(double p) => times.Count == 0 ? 0 : times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];

        double Seconds(Action answer)
        {
            var clock = Stopwatch.StartNew();
            answer();
            return clock.Elapsed.TotalSeconds;
        }

        double claims = Seconds(() => new NewsQueries(store, extractors).Claims(new ClaimsFilter(Limit: 50)));
        double stories = Seconds(() => new NewsQueries(store, extractors).Stories(new StoriesFilter()));
        double timeline = Seconds(() => new NewsQueries(store, extractors).Timeline(names.FirstOrDefault() ?? "السعودية"));
        Console.WriteLine($"  {all.Count} queries ({names.Count} names, {phrases.Count} phrases, {rare.Count} rarer words); timeline of {names.FirstOrDefault()}");
        return (Percentile(0.5), Percentile(0.95), claims, stories, timeline);
    }

    /// <summary>A rasid process under /usr/bin/time: its wall time and peak resident memory.</summary>
    private static (double Seconds, long PeakMb) Timed(string rasidDll, params string[] args)
    {
        string report = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "-f", "%e %M", "-o", report, "dotnet", rasidDll }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rasid {string.Join(' ', args)} exited {process.ExitCode}: {errors.Result.Trim()}");
        }

        var parts = File.ReadAllText(report).Trim().Split('\n')[^1].Split(' ');
        File.Delete(report);
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture) / 1024);
    }
}
