using System.CommandLine;
using Rasid.Extraction;
using Rasid.Storing;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid entities: the people, organizations, products and places the stored articles name, every spelling merged.</summary>
internal static class EntitiesCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var kind = new Option<string?>("--kind") { Description = "Only this kind: person, organization, product, place or other" };
        kind.OneOf(Rasid.Queries.NewsQueries.EntityKinds);
        var json = new Option<bool>("--json") { Description = "Print JSON Lines entity records (the export contract's)" };
        var limit = CliOptions.Limit("At most this many entities (most mentioned first)", 100);
        var command = new Command("entities", "List entities with their spellings and mention counts") { kind, json, limit };
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenExistingStore(parsed, db);
            var entities = new Rasid.Queries.NewsQueries(store, context.Extractors(parsed)).Entities(new Rasid.Queries.EntitiesFilter(parsed.GetValue(kind), parsed.GetValue(limit)));
            if (parsed.GetValue(json))
            {
                foreach (var e in entities)
                {
                    context.Output.WriteLine(Exporting.JsonlExporter.EntityRecord(e));
                }

                return ExitCode.Success;
            }

            var table = new Table().AddColumn("entity").AddColumn("kind").AddColumn("mentions").AddColumn("articles").AddColumn("also written");
            foreach (var e in entities)
            {
                table.AddRow(Markup.Escape(e.Name), e.Kind, e.Mentions.Count.ToString(), e.ArticleCount.ToString(), Markup.Escape(string.Join("، ", e.Aliases.Take(6))));
            }

            context.Console.Write(table);
            context.Output.WriteLine($"{entities.Count} entit{(entities.Count == 1 ? "y" : "ies")}");
            return ExitCode.Success;
        });
        return command;
    }
}
