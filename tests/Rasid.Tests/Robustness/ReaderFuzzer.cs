using System.Security.Cryptography;
using System.Text;
using Rasid.Pipeline;
using Rasid.Reading;

namespace Rasid.Tests.Robustness;

/// <summary>
/// A seeded mutation fuzzer for the readers: HTML pages, JSON arrays, JSON Lines, plain text and feeds (RSS, Atom in
/// windows-1256, JSON Feed, and a site page to discover a feed in), from the fixtures and
/// the seed articles, mutated (bytes flipped, ranges cut, doubled or spliced between inputs, tokens that break parsers
/// inserted: unclosed tags, deep nesting, lone-surrogate escapes, numbers too big, cut UTF-8) and read as a file by
/// <see cref="SourceReader"/> (a feed by <see cref="Rasid.Feeds.FeedParser"/>, its items' summaries stored as the poller
/// stores them), then cleaned, analyzed and extracted. The oracle: the reader never throws, every
/// failure is one line, and every document read either becomes an article whose offsets sit on their surfaces or is
/// refused with an <see cref="InputException"/>. A crash is written to a folder to become a fixture.
/// </summary>
/// <remarks>
/// A mutation loop rather than SharpFuzz with AFL: SharpFuzz has to rewrite Rasid.dll (and AngleSharp, SmartReader)
/// with its instrumentation and needs afl-fuzz built and running for hours, neither of which fits a test run or CI's
/// two cores; a seeded loop replays exactly, runs inside the test suite for a bounded count, and runs longer on
/// demand (RASID_FUZZ_ITERATIONS, RASID_FUZZ_SECONDS).
/// </remarks>
internal sealed class ReaderFuzzer(int seed)
{
    /// <summary>What a mutated input is read as: the file extension selects the reader.</summary>
    public sealed record Target(string Name, string Extension, byte[] Seed);

    public sealed record Crash(string Target, string Path, string What);

    /// <summary>Inputs read as a feed's bytes, and as a site page that may name its feed (the two things feeds add reads).</summary>
    private const string FeedExtension = ".feed";
    private const string PageWithFeedExtension = ".feedpage";

    public sealed record Outcome(int Iterations, int Documents, int Articles, int Refused, IReadOnlyList<Crash> Crashes, TimeSpan Elapsed);

    private readonly Random _random = new(seed);

    private static readonly string[] Tokens =
    [
        "<", ">", "</", "/>", "<div>", "</div>", "<p>", "</p>", "<script>", "<!--", "-->", "<![CDATA[", "]]>", "&", "&amp;", "&#0;",
        "&#xD800;", "&#x10FFFF;", "&#99999999;", "<meta charset=\"windows-1256\">", "<meta property=\"article:published_time\" content=\"9999-99-99T99:99\">",
        "<html lang=\"ar\" dir=\"rtl\">", "<body>", "<title>", "<table><tr><td>", "<svg><math>", "<template>",
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\udc00", "\\u0000", "\"content\":", "\"url\":", "\"title\":[1,{}]",
        "\"content\":{\"a\":1}", "\"content\":123", "\"content\":null", "\"content\":[\"أ\",2,null]", "\"published\":1e999", "1e999", "-0", "NaN", "null", "true",
        "\n", "\r\n", "\r", "\0", "\u00A0", "\uFEFF", "\u200F", "\u202E", "\u0640\u0640\u0640", "\u064E\u0651", "١٤٫٨ مليار دولار", "«", "»", "قال",
    ];

    public static IReadOnlyList<Target> Targets()
    {
        byte[] jsonl = File.ReadAllBytes(TestData.Fixture("web-articles.jsonl"));
        string array = "[" + string.Join(",\n", Encoding.UTF8.GetString(jsonl).Split('\n', StringSplitOptions.RemoveEmptyEntries)) + "]";
        var targets = new List<Target>
        {
            new("html", ".html", File.ReadAllBytes(TestData.Fixture("article.html"))),
            new("jsonl", ".jsonl", jsonl),
            new("json", ".json", Encoding.UTF8.GetBytes(array)),
            new("text", ".txt", File.ReadAllBytes(TestData.Seed("002"))),
            new("text-1256", ".txt", TextDecoder.Windows1256.GetBytes(File.ReadAllText(TestData.Seed("004")))),
            new("rss", FeedExtension, File.ReadAllBytes(TestData.Fixture(Path.Combine("feeds", "rss-utf8.xml")))),
            new("atom-1256", FeedExtension, File.ReadAllBytes(TestData.Fixture(Path.Combine("feeds", "atom-1256.xml")))),
            new("json-feed", FeedExtension, File.ReadAllBytes(TestData.Fixture(Path.Combine("feeds", "feed.json")))),
            new("feed-page", PageWithFeedExtension, File.ReadAllBytes(TestData.Fixture(Path.Combine("feeds", "site.html")))),
        };

        // Every crash found so far is a seed too: its neighbourhood is where the next one hides.
        foreach (string file in Directory.EnumerateFiles(TestData.Fixture("crashes")).Order(StringComparer.Ordinal))
        {
            targets.Add(new("crash:" + Path.GetFileName(file), Path.GetExtension(file), File.ReadAllBytes(file)));
        }

        return targets;
    }

    public Outcome Run(int iterations, TimeSpan budget, string crashFolder)
    {
        var targets = Targets();
        var crashes = new List<Crash>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var scratch = new TestData.TempFolder();
        int documents = 0, articles = 0, refused = 0, done = 0;
        for (; done < iterations && clock.Elapsed < budget; done++)
        {
            var target = targets[_random.Next(targets.Count)];
            byte[] input = Mutate(target.Seed, targets[_random.Next(targets.Count)].Seed);
            string path = scratch.File("input" + target.Extension);
            File.WriteAllBytes(path, input);
            string? failure = Check(path, ref documents, ref articles, ref refused);
            if (failure is not null && seen.Add(failure.Split('|')[0]))
            {
                Directory.CreateDirectory(crashFolder);
                string name = $"{target.Name.Replace(':', '-')}-{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}{target.Extension}";
                string saved = Path.Combine(crashFolder, name);
                File.WriteAllBytes(saved, input);
                crashes.Add(new Crash(target.Name, saved, failure));
            }
        }

        return new Outcome(done, documents, articles, refused, crashes, clock.Elapsed);
    }

    /// <summary>Reads, cleans, analyzes and extracts one file; null when every invariant held, else what broke (signature first).</summary>
    public static string? Check(string path, ref int documents, ref int articles, ref int refused)
    {
        try
        {
            if (Path.GetExtension(path) is FeedExtension or PageWithFeedExtension)
            {
                return CheckFeed(path, ref documents, ref articles, ref refused);
            }

            foreach (var read in new SourceReader().ReadFile(path))
            {
                if (read.Document is null)
                {
                    if (string.IsNullOrEmpty(read.Error) || read.Error.Contains('\n'))
                    {
                        return $"reader: a failure without one line of reason|{read.Source}: {read.Error}";
                    }

                    refused++;
                    continue;
                }

                documents++;
                try
                {
                    var article = RasidPipeline.Default.Process(read.Document);
                    articles++;
                    string? offsets = OffsetsOffSurface(article);
                    if (offsets is not null)
                    {
                        return "offsets|" + offsets;
                    }
                }
                catch (InputException e) when (!e.Message.Contains('\n'))
                {
                    refused++;
                }
            }

            return null;
        }
        catch (Exception e)
        {
            var frame = new System.Diagnostics.StackTrace(e).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Rasid", StringComparison.Ordinal) == true);
            return $"{e.GetType().Name} in {frame?.GetMethod()?.DeclaringType?.Name}.{frame?.GetMethod()?.Name}|{e.Message.ReplaceLineEndings(" ")}";
        }
    }

    /// <summary>
    /// A feed's bytes through the parser: a feed, or one line of refusal. Every item has an absolute http(s) address,
    /// and its summary becomes an article as the poller stores one when the page is gone. A page's feed link, when it
    /// names one, is an absolute address.
    /// </summary>
    private static string? CheckFeed(string path, ref int documents, ref int articles, ref int refused)
    {
        const string FeedUrl = "http://127.0.0.1:8080/news/feed.xml";
        byte[] bytes = File.ReadAllBytes(path);
        if (Path.GetExtension(path) == PageWithFeedExtension)
        {
            string? found = Rasid.Feeds.FeedParser.Discover(bytes, "http://127.0.0.1:8080/news/");
            return found is null || Uri.TryCreate(found, UriKind.Absolute, out _) ? null : $"feed discovery: not an absolute address|{found}";
        }

        Rasid.Feeds.ParsedFeed feed;
        try
        {
            feed = Rasid.Feeds.FeedParser.Parse(bytes, FeedUrl);
        }
        catch (Rasid.Feeds.FeedFormatException e) when (!string.IsNullOrEmpty(e.Message) && !e.Message.Contains('\n'))
        {
            refused++;
            return null;
        }

        foreach (var entry in feed.Entries)
        {
            if (!Uri.TryCreate(entry.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                return $"feed item: not an http(s) address|{entry.Url}";
            }

            if (entry.Summary is null || Rasid.Feeds.FeedParser.SummaryText(entry.Summary) is not { Length: > 0 } summary)
            {
                continue;
            }

            documents++;
            try
            {
                var article = RasidPipeline.Default.Process(new RawDocument(entry.Url + "#summary", summary, DocumentFormat.PlainText, entry.Title, entry.Author, entry.Published, feed.Title));
                articles++;
                if (OffsetsOffSurface(article) is { } offsets)
                {
                    return "feed summary offsets|" + offsets;
                }
            }
            catch (InputException e) when (!e.Message.Contains('\n'))
            {
                refused++;
            }
        }

        return null;
    }

    private static string? OffsetsOffSurface(ProcessedArticle article)
    {
        string text = article.Article.Text;
        var facts = article.Facts!.Facts;
        var spans = facts.Mentions.Select(m => (m.Start, m.End, m.Surface))
            .Concat(facts.Figures.Select(f => (f.Start, f.End, f.Surface)))
            .Concat(facts.Dates.Select(d => (d.Start, d.End, d.Surface)))
            .Concat(facts.Quotes.Select(q => (q.Start, q.End, Surface: q.Text)));
        foreach (var (start, end, surface) in spans)
        {
            if (start < 0 || start > end || end > text.Length || text[start..end] != surface)
            {
                return $"[{start}, {end}) '{surface}' not on a text of {text.Length} chars";
            }
        }

        return null;
    }

    private byte[] Mutate(byte[] input, byte[] other)
    {
        var bytes = new List<byte>(input);
        int mutations = 1 + _random.Next(4);
        for (int m = 0; m < mutations; m++)
        {
            int at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
            switch (_random.Next(9))
            {
                case 0: // flip a bit
                    if (bytes.Count > 0)
                    {
                        bytes[at] ^= (byte)(1 << _random.Next(8));
                    }

                    break;
                case 1: // a random byte
                    bytes.Insert(at, (byte)_random.Next(256));
                    break;
                case 2: // cut a range
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + _random.Next(64)));
                    break;
                case 3: // double a range
                    bytes.InsertRange(at, bytes.Skip(at).Take(1 + _random.Next(256)).ToList());
                    break;
                case 4: // a token that breaks parsers
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
                    break;
                case 5: // splice in a piece of another input
                    int from = other.Length == 0 ? 0 : _random.Next(other.Length);
                    bytes.InsertRange(at, other.Skip(from).Take(1 + _random.Next(512)));
                    break;
                case 6: // truncate (a download cut short; a UTF-8 sequence cut in two)
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 7: // deep nesting
                    string open = _random.Next(2) == 0 ? "<div>" : "[{\"a\":";
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, 1 + _random.Next(2000)))));
                    break;
                default: // the same byte run long (a padded or corrupted file)
                    bytes.InsertRange(at, Enumerable.Repeat((byte)_random.Next(256), 1 + _random.Next(4096)));
                    break;
            }
        }

        return [.. bytes];
    }
}
