using System.Diagnostics;
using System.Globalization;
using System.Net;
using Rasid.Storing;
using Rasid.Web;

namespace Rasid.Bench;

/// <summary>
/// A bounded load run of `rasid serve`: the server over a stored corpus on loopback, and many clients searching at
/// once with queries made from the corpus's own titles (one to three words of a title, as people search: names,
/// places, topics). Reports latency percentiles and throughput; fails on any error. Not a test: the numbers are
/// this machine's, read beside the single-search time measured in the same run.
/// </summary>
internal static class ServeLoad
{
    public static int Run(string database, int concurrency, int requests)
    {
        if (!File.Exists(database))
        {
            Console.Error.WriteLine($"rasid-bench: no store at {database}");
            return 5;
        }

        var queries = Queries(database, 200, seed: 24);
        var app = RasidWeb.Build(new WebOptions("http://127.0.0.1:0", SearchesPerSecond: 1_000_000), () => ArticleStores.Open(database), Rasid.Extraction.Extractors.Default);
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            var address = new Uri(app.Urls.First());
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };

            // One search alone, warm: the yardstick the loaded latencies are read against.
            Search(client, queries[0]).GetAwaiter().GetResult();
            var alone = new List<double>();
            foreach (string q in queries.Take(20))
            {
                alone.Add(Search(client, q).GetAwaiter().GetResult().Milliseconds);
            }

            var latencies = new double[requests];
            int errors = 0, next = -1;
            string? firstError = null;
            var clock = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < requests)
                {
                    var (ms, status) = await Search(client, queries[i % queries.Count]);
                    latencies[i] = ms;
                    if (status != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, $"{status} for '{queries[i % queries.Count]}'", null);
                    }
                }
            })).ToArray();
            Task.WaitAll(workers);
            double seconds = clock.Elapsed.TotalSeconds;
            Array.Sort(latencies);
            alone.Sort();
            double P(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
            Console.WriteLine($"{requests:N0} searches by {concurrency} concurrent clients over {ArticleStores.Describe(database)}: " +
                $"p50 {P(latencies, 0.50):0.0} ms, p95 {P(latencies, 0.95):0.0} ms, p99 {P(latencies, 0.99):0.0} ms, {requests / seconds:0} searches/s, {errors} errors");
            Console.WriteLine($"one search alone (median of 20): {alone[alone.Count / 2]:0.0} ms; loaded p50 is {P(latencies, 0.50) / Math.Max(0.01, alone[alone.Count / 2]):0.0}x that with {concurrency} clients on {Environment.ProcessorCount} cores");
            if (errors > 0)
            {
                Console.Error.WriteLine($"rasid-bench: {errors} searches failed, the first: {firstError}");
                return 1;
            }

            return 0;
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
        }
    }

    private static async Task<(double Milliseconds, HttpStatusCode Status)> Search(HttpClient client, string query)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/v1/search?limit=10&q=" + Uri.EscapeDataString(query));
        await response.Content.ReadAsByteArrayAsync();
        return (clock.Elapsed.TotalMilliseconds, response.StatusCode);
    }

    /// <summary>Queries as people write them: one to three consecutive words of a stored title, drawn with a seed.</summary>
    private static List<string> Queries(string database, int count, int seed)
    {
        using var store = ArticleStores.Open(database);
        var titles = store.Articles().Select(a => a.Article.Title).OfType<string>().Where(t => t.Length > 10).Take(20_000).ToList();
        var random = new Random(seed);
        var queries = new List<string>(count);
        while (queries.Count < count && titles.Count > 0)
        {
            var words = titles[random.Next(titles.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2 && w.Any(char.IsLetter)).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            int length = Math.Min(words.Length, 1 + random.Next(3));
            int start = random.Next(words.Length - length + 1);
            string query = string.Join(' ', words.Skip(start).Take(length));
            if (!Rasid.Searching.SearchQuery.Parse(query).IsEmpty)
            {
                queries.Add(query); // a query of stop words alone is refused with a 400, rightly: nobody searches for "بعد"
            }
        }

        return queries;
    }
}
