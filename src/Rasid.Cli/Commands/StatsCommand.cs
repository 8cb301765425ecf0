using System.CommandLine;
using System.Text.Json;
using Rasid.Storing;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid stats: what the store holds.</summary>
internal static class StatsCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var command = new Command("stats", "Counts over the store") { json };
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenExistingStore(parsed, db);
            var s = store.Stats();
            if (parsed.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(s, ArticleJson.Options));
                return ExitCode.Success;
            }

            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("store", Markup.Escape(s.Location));
            grid.AddRow("schema version", s.SchemaVersion.ToString());
            grid.AddRow("articles", s.Articles.ToString("N0"));
            grid.AddRow("characters of clean text", s.Characters.ToString("N0"));
            grid.AddRow("with a title", s.WithTitle.ToString("N0"));
            grid.AddRow("with a publication date", s.WithPublished.ToString("N0"));
            grid.AddRow("with an AI disclosure", s.WithAiDisclosure.ToString("N0"));
            grid.AddRow("outlets", s.Outlets.ToString("N0"));
            context.Console.Write(grid);
            return ExitCode.Success;
        });
        return command;
    }
}
