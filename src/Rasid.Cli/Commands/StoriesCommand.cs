using System.CommandLine;
using Rasid.Exporting;
using Rasid.Queries;
using Rasid.Storing;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid stories: which stored articles tell the same story (duplicates, rewrites, same event), with the evidence.</summary>
internal static class StoriesCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON Lines story records (the export contract's, with links and evidence)" };
        var kind = new Option<string?>("--kind") { Description = "Only stories of this kind: duplicate, near-duplicate, rewrite or same-event" };
        var limit = new Option<int>("--limit") { Description = "At most this many stories (largest first)", DefaultValueFactory = _ => 50 };
        var command = new Command("stories", "List stories: articles that duplicate, rewrite or report the same event as each other") { json, kind, limit };
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenStore(parsed, db);
            var stories = new NewsQueries(store, context.Extractors(parsed)).Stories(new StoriesFilter(parsed.GetValue(kind), parsed.GetValue(limit))).Stories;
            if (parsed.GetValue(json))
            {
                foreach (var story in stories)
                {
                    context.Output.WriteLine(JsonlExporter.StoryRecord(story));
                }

                return ExitCode.Success;
            }

            if (stories.Count == 0)
            {
                context.Output.WriteLine("no stories: no two stored articles duplicate, rewrite or report the same event");
                return ExitCode.Success;
            }

            var sources = store.Articles().ToDictionary(a => a.Id, a => a.Article.Title ?? Path.GetFileName(a.Source), StringComparer.Ordinal);
            var table = new Table().AddColumn("story").AddColumn("kind").AddColumn("articles").AddColumn("shared evidence");
            foreach (var story in stories)
            {
                var evidence = story.Links.SelectMany(l => l.Evidence.Entities.Concat(l.Evidence.Figures)).Distinct().Take(8);
                table.AddRow(
                    Markup.Escape(story.Id),
                    story.Kind,
                    Markup.Escape(string.Join("\n", story.Articles.Select(a => $"{a}  {sources.GetValueOrDefault(a)}"))),
                    Markup.Escape(string.Join("، ", evidence)));
            }

            context.Console.Write(table);
            context.Output.WriteLine($"{stories.Count} stor{(stories.Count == 1 ? "y" : "ies")}");
            return ExitCode.Success;
        });
        return command;
    }
}
