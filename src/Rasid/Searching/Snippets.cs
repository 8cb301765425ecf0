using System.Text;
using Rasid.Analysis;

namespace Rasid.Searching;

/// <summary>A piece of a snippet: plain text, or a matched word.</summary>
public sealed record SnippetPart(string Text, bool Matched);

/// <summary>
/// Snippets are cut from the clean text in C#, not by the store, so that both stores show the same ones
/// and highlight the words as written (the index holds analyzed terms only). The window of
/// <see cref="WindowWords"/> words with the most distinct matched query words wins.
/// </summary>
public static class Snippets
{
    public const int WindowWords = 30;

    public static IReadOnlyList<SnippetPart> Make(string text, SearchQuery query)
    {
        // The words the store looked for, in the columns it looked in (a question's also by root and without a proclitic).
        var phrases = SearchPlan.For(query, matchAll: false).Phrases.ToList();
        HashSet<string> In(TermColumns columns) => phrases.Where(p => (p.Columns & columns) != 0).Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        var terms = In(TermColumns.Title | TermColumns.Body);
        var keys = In(TermColumns.Names);
        var roots = In(TermColumns.Roots);

        // A number yields several terms over one span (12% and 12): one word, matched when any of them is.
        var words = TermAnalyzer.Analyze(text)
            .GroupBy(t => t.Start)
            .Select(g => (Token: g.First(), Matched: g.Any(t => terms.Contains(t.Term) || keys.Contains(t.NameKey) || roots.Contains(t.RootKey))))
            .ToList();
        if (words.Count == 0)
        {
            return [new SnippetPart(text.Length > 200 ? text[..200] : text, false)];
        }

        var tokens = words.Select(w => w.Token).ToList();
        var matched = words.Select(w => w.Matched).ToArray();
        int bestStart = 0;
        int bestScore = -1;
        for (int start = 0; start < tokens.Count; start++)
        {
            if (!matched[start] && start != 0)
            {
                continue;
            }

            var distinct = new HashSet<string>(StringComparer.Ordinal);
            for (int i = start; i < Math.Min(tokens.Count, start + WindowWords); i++)
            {
                if (matched[i])
                {
                    distinct.Add(tokens[i].Term);
                }
            }

            if (distinct.Count > bestScore)
            {
                bestScore = distinct.Count;
                bestStart = start;
            }
        }

        // Start a few words before the first match so the match has some context.
        int first = Math.Max(0, bestStart - 5);
        int last = Math.Min(tokens.Count - 1, first + WindowWords - 1);
        int from = first == 0 ? 0 : tokens[first].Start;
        int to = last == tokens.Count - 1 ? text.Length : tokens[last].End;

        var parts = new List<SnippetPart>();
        int cursor = from;
        for (int i = first; i <= last; i++)
        {
            if (!matched[i])
            {
                continue;
            }

            if (tokens[i].Start > cursor)
            {
                parts.Add(new SnippetPart(Flatten(text[cursor..tokens[i].Start]), false));
            }

            parts.Add(new SnippetPart(text[tokens[i].Start..tokens[i].End], true));
            cursor = tokens[i].End;
        }

        if (to > cursor)
        {
            parts.Add(new SnippetPart(Flatten(text[cursor..to]), false));
        }

        if (from > 0)
        {
            parts.Insert(0, new SnippetPart("… ", false));
        }

        if (to < text.Length)
        {
            parts.Add(new SnippetPart(" …", false));
        }

        return parts;
    }

    /// <summary>The snippet with matched words inside the given markers.</summary>
    public static string Render(IReadOnlyList<SnippetPart> parts, string open, string close)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Matched)
            {
                sb.Append(open).Append(part.Text).Append(close);
            }
            else
            {
                sb.Append(part.Text);
            }
        }

        return sb.ToString();
    }

    private static string Flatten(string s) => s.Replace('\n', ' ');
}
