using System.CommandLine;
using Rasid.Exporting;
using Rasid.Queries;
using Rasid.Storing;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid show ID|SOURCE: an article's clean text, metadata and what was removed and why.</summary>
internal static class ShowCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var key = new Argument<string>("ID|SOURCE") { Description = "Article id, source (path or URL) as ingested, or a file name" };
        var json = new Option<bool>("--json") { Description = "Print the article record as JSON, with its figures, dates, entities and quotes" };
        var plain = new Option<bool>("--no-marks") { Description = "Print the text without entities, figures and dates marked" };
        var command = new Command("show", "Show one stored article, its entities, figures and dates marked in the text") { key, json, plain };
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenExistingStore(parsed, db);
            string wanted = parsed.GetValue(key)!;
            var queries = new NewsQueries(store, context.Extractors(parsed));
            var stored = store.Find(wanted);
            if (stored is null)
            {
                context.Fail($"no stored article has id or source '{wanted}'");
                return ExitCode.NotFound;
            }

            if (parsed.GetValue(json))
            {
                context.Output.WriteLine(JsonlExporter.ArticleWithFacts(stored, queries.Article(stored.Id)!.Facts));
                return ExitCode.Success;
            }

            var a = stored.Article;
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("id", Markup.Escape(stored.Id));
            grid.AddRow("source", Markup.Escape(stored.Source));
            grid.AddRow("title", Markup.Escape(a.Title ?? "—"));
            grid.AddRow("authors", Markup.Escape(a.Authors.Count > 0 ? string.Join("، ", a.Authors) : "—"));
            grid.AddRow("published", Markup.Escape(a.Published ?? "—"));
            grid.AddRow("via", Markup.Escape(a.Via.Count > 0 ? string.Join(" ← ", a.Via) : "—"));
            grid.AddRow("ai disclosure", a.AiDisclosure ? "yes" : "no");
            context.Console.Write(grid);
            context.Output.WriteLine();
            if (parsed.GetValue(plain))
            {
                context.Output.WriteLine(a.Text);
            }
            else
            {
                var marks = queries.Article(stored.Id)!.Marks;
                if (context.Interactive)
                {
                    context.Console.MarkupLine(Colored(a.Text, marks));
                    context.Console.MarkupLine("[cyan]entity[/]  [yellow]figure[/]  [green]date[/]");
                }
                else
                {
                    context.Output.WriteLine(Bracketed(a.Text, marks));
                    context.Output.WriteLine("[entity]  {figure}  <date>");
                }
            }

            context.Output.WriteLine();
            if (a.Removed.Count > 0)
            {
                var removed = new Table().AddColumn("removed").AddColumn("reason");
                foreach (var piece in a.Removed)
                {
                    removed.AddRow(Markup.Escape(piece.Text), Markup.Escape(piece.Reason));
                }

                context.Console.Write(removed);
            }

            return ExitCode.Success;
        });
        return command;
    }

    /// <summary>For files and pipes: [entity] {figure} &lt;date&gt;.</summary>
    private static string Bracketed(string text, IReadOnlyList<TextMark> marks)
    {
        var output = new System.Text.StringBuilder(text.Length + (marks.Count * 2));
        int at = 0;
        foreach (var (start, end, kind) in marks.Select(m => (m.Start, m.End, m.Kind)))
        {
            var (open, close) = kind switch { MarkKind.Entity => ('[', ']'), MarkKind.Figure => ('{', '}'), _ => ('<', '>') };
            output.Append(text, at, start - at).Append(open).Append(text, start, end - start).Append(close);
            at = end;
        }

        return output.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>For a terminal: the same spans in colour.</summary>
    private static string Colored(string text, IReadOnlyList<TextMark> marks)
    {
        var output = new System.Text.StringBuilder(text.Length * 2);
        int at = 0;
        foreach (var (start, end, kind) in marks.Select(m => (m.Start, m.End, m.Kind)))
        {
            string color = kind switch { MarkKind.Entity => "cyan", MarkKind.Figure => "yellow", _ => "green" };
            output.Append(Markup.Escape(text[at..start])).Append('[').Append(color).Append(']').Append(Markup.Escape(text[start..end])).Append("[/]");
            at = end;
        }

        return output.Append(Markup.Escape(text[at..])).ToString();
    }
}
