using Spectre.Console;

namespace Rasid.Cli;

/// <summary>
/// Text for terminal tables. Arabic and Latin runs in one row reorder each other in a bidi-aware terminal and pull
/// the columns out of place; each cell is wrapped in a first-strong isolate (U+2068 … U+2069) so its direction is
/// its own. Only on a terminal: piped output and NO_COLOR stay plain text for grep and diff.
/// </summary>
internal static class Terminal
{
    /// <summary>A cell's text, escaped for Spectre markup, isolated when <paramref name="context"/> writes to a terminal.</summary>
    public static string Cell(CliContext context, string text) =>
        Markup.Escape(context.Interactive && text.Length > 0 ? "\u2068" + text + "\u2069" : text);

    /// <summary>
    /// The part of a sentence around <paramref name="focus"/> (a value's words), cut at words to about
    /// <paramref name="most"/> characters: the words that say what the value is, not the sentence's opening.
    /// </summary>
    public static string Around(string sentence, string focus, int most = 90)
    {
        string flat = sentence.ReplaceLineEndings(" ");
        int at = flat.IndexOf(focus, StringComparison.Ordinal);
        if (flat.Length <= most || at < 0)
        {
            return Shortened(flat, most);
        }

        int from = Math.Max(0, at - (most - focus.Length) * 2 / 3);
        int to = Math.Min(flat.Length, from + most);
        from = Math.Max(0, to - most);
        int start = from == 0 ? 0 : flat.IndexOf(' ', from) is var space and >= 0 && space < at ? space + 1 : from;
        int end = to == flat.Length ? to : flat.LastIndexOf(' ', to - 1) is var last && last > at + focus.Length ? last : to;
        return (start > 0 ? "…" : "") + flat[start..end].Trim() + (end < flat.Length ? "…" : "");
    }

    /// <summary>A sentence cut to about <paramref name="most"/> characters at a word, with an ellipsis.</summary>
    public static string Shortened(string sentence, int most = 90)
    {
        string flat = sentence.ReplaceLineEndings(" ");
        if (flat.Length <= most)
        {
            return flat;
        }

        int cut = flat.LastIndexOf(' ', most);
        return flat[..(cut > most / 2 ? cut : most)] + "…";
    }
}
