using System.Globalization;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using Rasid.Reading;

namespace Rasid.Feeds;

/// <summary>One item of a feed: its page's address, and what the feed says of it (the summary is stored only when the page cannot be fetched).</summary>
public sealed record FeedEntry(string Url, string? Title, string? Summary, string? Published, string? Author);

/// <summary>A feed as read: its title and its items, in the feed's order.</summary>
public sealed record ParsedFeed(string? Title, IReadOnlyList<FeedEntry> Entries);

/// <summary>The bytes a feed address sent are not a feed Rasid can read; the message is one line for the user.</summary>
public sealed class FeedFormatException(string message) : InputException(message);

/// <summary>
/// Reads RSS (0.9x, 1.0, 2.0), Atom and JSON Feed through CodeHollow.FeedReader. The bytes are decoded by
/// <see cref="TextDecoder"/> first, not by the encoding the XML declaration or the server names: Arabic sites often
/// declare UTF-8 over windows-1256 bytes (or the reverse), and TextDecoder never guesses UTF-8 over invalid bytes.
/// Items' addresses are made absolute against the feed's; an item with no web address is left out.
/// </summary>
public static class FeedParser
{
    private static readonly string[] FeedTypes =
        ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml", "application/xml", "text/xml"];

    public static ParsedFeed Parse(ReadOnlySpan<byte> bytes, string feedUrl)
    {
        string text;
        try
        {
            (text, _) = TextDecoder.Decode(bytes);
        }
        catch (InputException e)
        {
            throw new FeedFormatException("not a feed: " + e.Message);
        }

        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The library throws what its XML or JSON reader threw, and on hostile bytes whatever its own code does
            // (NullReferenceException for some JSON that is no feed, IndexOutOfRangeException for a JSON Feed item
            // the fuzzer cut): all of it is a feed Rasid cannot read, said in one line, never a crash of the poll.
            throw new FeedFormatException($"not a readable feed ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
        }

        var entries = new List<FeedEntry>();
        foreach (var item in feed.Items)
        {
            string? url = Absolute(item.Link, feedUrl) ?? Absolute(item.Id, feedUrl);
            if (url is null)
            {
                continue;
            }

            string? published = item.PublishingDate is { } date
                ? date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)
                : NullIfBlank(item.PublishingDateString);
            entries.Add(new FeedEntry(url, NullIfBlank(item.Title), NullIfBlank(item.Content) ?? NullIfBlank(item.Description), published, NullIfBlank(item.Author)));
        }

        return new ParsedFeed(NullIfBlank(feed.Title), entries);
    }

    /// <summary>Whether bytes look like a web page rather than a feed: a page may name its feed (<see cref="Discover"/>).</summary>
    public static bool LooksLikePage(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return SourceReader.LooksLikeHtml(TextDecoder.Decode(bytes).Text);
        }
        catch (InputException)
        {
            return false;
        }
    }

    /// <summary>The feed a web page names in a &lt;link rel="alternate"&gt; of a feed type, made absolute; null when it names none.</summary>
    public static string? Discover(ReadOnlySpan<byte> page, string pageUrl)
    {
        string html;
        try
        {
            html = TextDecoder.Decode(page).Text;
        }
        catch (InputException)
        {
            return null;
        }

        var document = new HtmlParser().ParseDocument(html);
        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string type = (link.GetAttribute("type") ?? "").Trim();
            if (rel.Contains("alternate", StringComparer.OrdinalIgnoreCase) && FeedTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
            {
                return Absolute(link.GetAttribute("href"), pageUrl);
            }
        }

        return null;
    }

    /// <summary>Text of a summary that may be HTML: paragraphs kept as lines, markup dropped.</summary>
    public static string SummaryText(string summary)
    {
        if (!summary.Contains('<', StringComparison.Ordinal))
        {
            return summary.Trim();
        }

        var body = new HtmlParser().ParseDocument("<body>" + summary + "</body>").Body!;
        foreach (var block in body.QuerySelectorAll("p, br, div, li, h1, h2, h3, h4"))
        {
            block.InsertBefore(body.Owner!.CreateTextNode("\n"), block.FirstChild);
        }

        return string.Join('\n', body.TextContent.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    private static string? Absolute(string? link, string baseUrl)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(new Uri(baseUrl), link.Trim(), out var uri))
        {
            return null;
        }

        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri.GetLeftPart(UriPartial.Query) : null;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
