using System.CommandLine;
using Rasid.Exporting;
using Rasid.Storing;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid show ID|SOURCE: an article's clean text, metadata and what was removed and why.</summary>
internal static class ShowCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var key = new Argument<string>("ID|SOURCE") { Description = "Article id, source (path or URL) as ingested, or a file name" };
        var json = new Option<bool>("--json") { Description = "Print the article record as JSON" };
        var command = new Command("show", "Show one stored article") { key, json };
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenStore(parsed, db);
            string wanted = parsed.GetValue(key)!;
            var stored = store.Find(wanted);
            if (stored is null)
            {
                context.Fail($"no stored article has id or source '{wanted}'");
                return ExitCode.NotFound;
            }

            if (parsed.GetValue(json))
            {
                context.Output.WriteLine(JsonlExporter.ArticleRecord(stored, indented: true));
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
            context.Output.WriteLine(a.Text);
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
}
