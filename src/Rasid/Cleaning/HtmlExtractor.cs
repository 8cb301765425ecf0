using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Rasid.Reading;

namespace Rasid.Cleaning;

/// <summary>The main content of an HTML page as lines, with what the page says about itself.</summary>
public sealed record ExtractedPage(IReadOnlyList<string> Lines, ArticleHints Hints);

/// <summary>
/// HTML to lines: SmartReader (a port of Mozilla's Readability) finds the main content; AngleSharp reads the
/// title, author, publication time (with its original wall-clock time: SmartReader converts to UTC and drops
/// the offset) and language from the page's meta tags. When Readability finds no article, the page body
/// without navigation, header, footer, aside, script and style is used. The lines then go through the same
/// <see cref="TextCleaner"/> as plain text.
/// </summary>
public static class HtmlExtractor
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "dd", "dt", "br", "hr",
    };

    private static readonly string[] NoiseSelectors = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template"];

    public static ExtractedPage Extract(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var hints = ReadHints(document);

        List<string> lines = [];
        try
        {
            if (Depth(document) > MaxReadabilityDepth)
            {
                throw new InvalidOperationException("nested too deep for Readability");
            }

            // The (uri, text) constructor parses the given text; Reader.ParseArticle(string, string) would fetch the URI instead.
            var article = new SmartReader.Reader("https://rasid.invalid/", html).GetArticle();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
            {
                using var content = parser.ParseDocument(article.Content);
                lines = ToLines(content.Body);
                if (hints.Title is null && !string.IsNullOrWhiteSpace(article.Title))
                {
                    hints = hints with { Title = article.Title.Trim() };
                }

                if (hints.Author is null && !string.IsNullOrWhiteSpace(article.Byline))
                {
                    hints = hints with { Author = article.Byline.Trim() };
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or FormatException)
        {
            // Readability could not score this page; fall back to the body below.
        }

        if (lines.Count == 0 && document.Body is { } body)
        {
            foreach (var noise in body.QuerySelectorAll(string.Join(',', NoiseSelectors)).ToList())
            {
                noise.Remove();
            }

            lines = ToLines(body);
        }

        if (lines.Count == 0)
        {
            throw new NoTextException("no article text found in the HTML page");
        }

        return new ExtractedPage(lines, hints);
    }

    private static ArticleHints ReadHints(IDocument document)
    {
        string? Meta(params string[] names)
        {
            foreach (string name in names)
            {
                var element = document.QuerySelector($"meta[property='{name}'],meta[name='{name}'],meta[itemprop='{name}']");
                string? value = element?.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return value.Trim();
                }
            }

            return null;
        }

        string? title = Meta("og:title", "twitter:title") ?? NullIfBlank(document.QuerySelector("h1")?.TextContent) ?? NullIfBlank(document.Title);
        string? author = Meta("author", "article:author", "dc.creator", "byl");
        string? published = Meta("article:published_time", "datePublished", "pubdate", "publishdate", "dc.date", "date")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        string? language = NullIfBlank(document.DocumentElement.GetAttribute("lang")) ?? Meta("og:locale", "language");
        string? outlet = Meta("og:site_name", "application-name");
        return new ArticleHints(title, author, published, language, outlet);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>
    /// How deep Readability may look. It scores nodes against their ancestors, and on a page of 10,000 unclosed
    /// &lt;div&gt;&lt;span&gt; it ran for three minutes (the robustness campaign's deep-nesting input); article pages nest
    /// a few dozen deep. Deeper pages are read by the body fallback, which walks the tree once.
    /// </summary>
    private const int MaxReadabilityDepth = 400;

    /// <summary>The deepest element nesting under <paramref name="root"/>, walked without recursion.</summary>
    private static int Depth(INode root)
    {
        int deepest = 0;
        var pending = new Stack<(INode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            foreach (var child in item.Node.ChildNodes)
            {
                if (child is IElement)
                {
                    pending.Push((child, item.Depth + 1));
                }
            }
        }

        return deepest;
    }

    /// <summary>Flattens an element's text into lines, one per block element.</summary>
    internal static List<string> ToLines(IElement? root)
    {
        if (root is null)
        {
            return [];
        }

        var text = new StringBuilder();
        Walk(root, text);
        return text.ToString().Split('\n').Select(l => CollapseSpaces(l)).Where(l => l.Length > 0).ToList();
    }

    /// <summary>
    /// The text of <paramref name="root"/>'s children, a line break around every block element. An explicit stack
    /// rather than recursion: a page nested tens of thousands deep must not overflow the thread's stack (a crash no
    /// catch can turn into one line).
    /// </summary>
    private static void Walk(INode root, StringBuilder text)
    {
        var pending = new Stack<(INode Node, bool BlockEnd)>();
        void PushChildren(INode node)
        {
            var children = node.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
            {
                pending.Push((children[i], false));
            }
        }

        PushChildren(root);
        while (pending.TryPop(out var item))
        {
            if (item.BlockEnd)
            {
                text.Append('\n');
                continue;
            }

            switch (item.Node)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when e.LocalName is "script" or "style" or "noscript" or "template":
                    break;
                case IElement e:
                    if (BlockTags.Contains(e.LocalName))
                    {
                        text.Append('\n');
                        pending.Push((e, true));
                    }

                    PushChildren(e);
                    break;
            }
        }
    }

    private static string CollapseSpaces(string line)
    {
        var sb = new StringBuilder(line.Length);
        bool space = false;
        foreach (char c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
