using System.Globalization;
using System.Text;
using Rasid.Queries;
using Rasid.Relating;

namespace Rasid.Exporting;

/// <summary>
/// Tables for spreadsheets (RFC 4180 CSV): articles, figures, claims (one row per value, with its outlet, sentence
/// and URL) and stories (one row per article). The same writer serves `rasid export --format csv` and the web's
/// CSV downloads. Files written for people start with a UTF-8 byte order mark (<see cref="Bom"/>): without it,
/// common spreadsheet software reads the Arabic as mojibake.
/// </summary>
public static class CsvExporter
{
    /// <summary>The tables there are, as `--records` names them.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["articles", "figures", "claims", "stories"];

    /// <summary>The UTF-8 byte order mark, for the start of a file a spreadsheet will open.</summary>
    public const string Bom = "\uFEFF";

    public static void Articles(NewsQueries queries, TextWriter output)
    {
        Row(output, "article", "source", "outlet", "published", "title", "authors", "via", "ai_disclosure", "figures", "text");
        foreach (var (stored, facts) in Storing.FactsFromStore.All(queries.Store, queries.Extractors))
        {
            var a = stored.Article;
            Row(output, stored.Id, stored.Source, a.Outlet ?? "", a.Published ?? "", a.Title ?? "", string.Join("؛ ", a.Authors), string.Join(" ← ", a.Via),
                a.AiDisclosure ? "yes" : "no", facts.Figures.Count.ToString(CultureInfo.InvariantCulture), a.Text);
        }
    }

    public static void Figures(NewsQueries queries, TextWriter output)
    {
        Row(output, "article", "outlet", "published", "surface", "value", "max", "unit", "qualifier", "value_text", "metric", "metric_label", "subject", "sentence");
        foreach (var (stored, facts) in Storing.FactsFromStore.All(queries.Store, queries.Extractors))
        {
            foreach (var f in facts.Figures)
            {
                Row(output, stored.Id, stored.Article.Outlet ?? "", stored.Article.Published ?? "", f.Surface, Number(f.Value), f.Max is { } max ? Number(max) : "",
                    f.Unit, f.Qualifier, Labels.Amount(f.Value, f.Max, f.Unit, f.Qualifier), f.Metric ?? "", f.Metric is { } m ? Labels.Metric(m) : "", f.Subject ?? "",
                    NewsQueries.SentenceOf(stored.Article.Text, f.Start, f.End));
            }
        }
    }

    /// <summary>One row per value of each claim: what was said, by which outlet, when, in which sentence.</summary>
    public static void Claims(IEnumerable<Claim> claims, IReadOnlyDictionary<string, ArticleSummary> articles, TextWriter output)
    {
        Row(output, "claim", "status", "status_label", "subject", "metric", "metric_label", "period", "value", "max", "unit", "qualifier", "value_text", "surface",
            "outlet", "published", "source", "article", "independent_stories", "sentence");
        foreach (var claim in claims)
        {
            foreach (var v in claim.Values)
            {
                Row(output, claim.Id, claim.Status, Labels.Status(claim), claim.Subject, claim.Metric, Labels.Metric(claim.Metric), claim.Period ?? "",
                    Number(v.Value), v.Max is { } max ? Number(max) : "", v.Unit, v.Qualifier, Labels.Amount(v), v.Surface,
                    articles.GetValueOrDefault(v.Article)?.Outlet ?? "", v.Published ?? "", v.Source, v.Article,
                    v.IndependentStories.ToString(CultureInfo.InvariantCulture), v.Sentence);
            }
        }
    }

    /// <summary>One row per article of each story, in date order.</summary>
    public static void Stories(IEnumerable<StoryOverview> stories, TextWriter output)
    {
        Row(output, "story", "kind", "size", "article", "outlet", "published", "title", "source");
        foreach (var overview in stories)
        {
            foreach (var member in overview.Members)
            {
                Row(output, overview.Story.Id, overview.Story.Kind, overview.Story.Articles.Count.ToString(CultureInfo.InvariantCulture),
                    member.Id, member.Outlet ?? "", member.Published ?? "", member.Title ?? "", member.Source);
            }
        }
    }

    private static void Row(TextWriter output, params string[] cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            output.Write(Cell(cells[i]));
        }

        output.Write('\n');
    }

    private static string Number(double value) => value.ToString("0.########", CultureInfo.InvariantCulture);

    /// <summary>
    /// A CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell that starts with = + - @ and
    /// is no number gets a leading ' so a spreadsheet never runs it as a formula (CSV injection): article text is
    /// written by others.
    /// </summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>What one writer call produces, as text (the web's downloads).</summary>
    public static string Text(Action<TextWriter> write)
    {
        var text = new StringWriter(new StringBuilder(), CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(text);
        return text.ToString();
    }
}
