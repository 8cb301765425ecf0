using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rasid.Bench;

/// <summary>
/// A large archive written from SaudiNewsNet, for measuring how Rasid's costs grow: each article takes its outlet and
/// its lede from a real article and adds sentences of that outlet's other articles, one from each (so its words,
/// names and figures are real Arabic news), with its figures varied and a date spread over one year. A known share are exact
/// copies, near copies (a sentence dropped, a figure changed) and rewrites (another outlet, sentences reordered) of
/// an earlier article; `truth.jsonl` lists each with its original, so answers about duplicates stay checkable.
/// Deterministic for a given seed: the same archive every run.
/// </summary>
internal static partial class ScaleCorpus
{
    /// <summary>Shares of copies among the articles written: exact, near and rewritten (the rest are original recombinations).</summary>
    public const double ExactShare = 0.03, NearShare = 0.05, RewriteShare = 0.04;

    private sealed record Source(string Outlet, string Title, string[] Sentences);

    private sealed record Written(int Index, string Outlet, string Title, string[] Sentences);

    public static int Run(string corpus, string output, int articles, int seed)
    {
        var sources = Load(corpus);
        if (sources.Count == 0)
        {
            Console.Error.WriteLine($"rasid-bench: no articles with text under {corpus}");
            return 5;
        }

        string articlesFolder = ArticlesFolder(output);
        Directory.CreateDirectory(articlesFolder);
        var byOutlet = sources.GroupBy(s => s.Outlet).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var outlets = byOutlet.Keys.Order(StringComparer.Ordinal).ToArray();
        var random = new Random(seed);

        // Written articles kept for copying: a window of the latest ones (copies follow their original within days, as in news).
        const int Window = 5_000;
        var recent = new Written[Math.Min(Window, articles)];
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var writers = new Dictionary<int, StreamWriter>();
        using var truth = new StreamWriter(Path.Combine(output, "truth.jsonl"), false, new UTF8Encoding(false));
        int exact = 0, near = 0, rewrites = 0;
        try
        {
            for (int i = 0; i < articles; i++)
            {
                var date = start.AddSeconds(365.0 * 24 * 3600 * i / articles + random.Next(3600));
                double roll = random.NextDouble();
                Written written;
                string kind = "original";
                int copied = -1;
                if (i >= 100 && roll < ExactShare + NearShare + RewriteShare)
                {
                    var original = recent[random.Next(Math.Min(i, recent.Length)) % recent.Length];
                    copied = original.Index;
                    if (roll < ExactShare)
                    {
                        kind = "exact";
                        exact++;
                        written = original with { Index = i };
                    }
                    else if (roll < ExactShare + NearShare)
                    {
                        kind = "near";
                        near++;
                        var sentences = original.Sentences.ToList();
                        if (sentences.Count > 3)
                        {
                            sentences.RemoveAt(1 + random.Next(sentences.Count - 1));
                        }

                        int changed = random.Next(sentences.Count);
                        sentences[changed] = VaryFigures(sentences[changed], random);
                        written = original with { Index = i, Sentences = [.. sentences] };
                    }
                    else
                    {
                        kind = "rewrite";
                        rewrites++;
                        string outlet = outlets[random.Next(outlets.Length)];
                        var body = original.Sentences.Skip(1).OrderBy(_ => random.Next()).ToList();
                        body.Insert(0, original.Sentences[0]);
                        written = new Written(i, outlet, original.Title, [.. body]);
                    }
                }
                else
                {
                    // An outlet's real lede, then as many sentences as its article had, each from another article of the
                    // outlet: articles that share a lede share one sentence, not a text (at 1M every lede is used about 33 times).
                    var outletArticles = byOutlet[outlets[random.Next(outlets.Length)]];
                    var lead = outletArticles[random.Next(outletArticles.Length)];
                    var sentences = new List<string> { VaryFigures(lead.Sentences[0], random) };
                    int length = Math.Clamp(lead.Sentences.Length, 3, 12);
                    while (sentences.Count < length)
                    {
                        var other = outletArticles[random.Next(outletArticles.Length)];
                        sentences.Add(VaryFigures(other.Sentences[random.Next(other.Sentences.Length)], random));
                    }

                    written = new Written(i, lead.Outlet, lead.Title, [.. sentences]);
                }

                recent[i % recent.Length] = written;
                int month = date.Month;
                if (!writers.TryGetValue(month, out var writer))
                {
                    writers[month] = writer = new StreamWriter(Path.Combine(articlesFolder, $"{date:yyyy-MM}.jsonl"), false, new UTF8Encoding(false));
                }

                string url = $"https://{written.Outlet}.example/{date:yyyy/MM/dd}/{i}";
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    url,
                    source = written.Outlet,
                    date = date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    title = written.Title,
                    content = string.Join(' ', written.Sentences),
                }));
                if (copied >= 0)
                {
                    truth.WriteLine(JsonSerializer.Serialize(new { kind, url, of = copied }));
                }
            }
        }
        finally
        {
            foreach (var writer in writers.Values)
            {
                writer.Dispose();
            }
        }

        Console.WriteLine($"wrote {articles:N0} articles to {articlesFolder} from {sources.Count:N0} SaudiNewsNet articles of {outlets.Length} outlets: {exact:N0} exact copies, {near:N0} near copies, {rewrites:N0} rewrites (truth.jsonl)");
        return 0;
    }

    /// <summary>Where the articles go (one JSON Lines file a month), beside truth.jsonl so that ingesting the folder reads articles only.</summary>
    public static string ArticlesFolder(string output) => Path.Combine(output, "articles");

    /// <summary>Every number written in digits, changed by up to a fifth (whole numbers stay whole, years stay years).</summary>
    private static string VaryFigures(string sentence, Random random) => Number().Replace(sentence, match =>
    {
        if (!long.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value is >= 1900 and <= 2100 || value < 3)
        {
            return match.Value;
        }

        long varied = Math.Max(1, (long)Math.Round(value * (0.8 + 0.4 * random.NextDouble())));
        return varied.ToString(CultureInfo.InvariantCulture);
    });

    private static List<Source> Load(string corpus)
    {
        var sources = new List<Source>();
        foreach (string file in Directory.GetFiles(corpus, "*.json").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            using var document = JsonDocument.Parse(stream);
            foreach (var record in document.RootElement.EnumerateArray())
            {
                string? content = record.TryGetProperty("content", out var c) ? c.GetString() : null;
                string outlet = record.TryGetProperty("source", out var s) ? s.GetString() ?? "" : "";
                string title = record.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
                if (string.IsNullOrWhiteSpace(content) || outlet.Length == 0)
                {
                    continue;
                }

                var sentences = SentenceEnd().Split(content).Select(x => x.Trim()).Where(x => x.Length > 0).ToArray();
                if (sentences.Length > 0)
                {
                    sources.Add(new Source(outlet, title, sentences));
                }
            }
        }

        return sources;
    }

    [GeneratedRegex(@"(?<=[.!؟?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<![\d.,])\d+(?![\d.,]\d)")]
    private static partial Regex Number();
}
