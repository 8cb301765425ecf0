using System.CommandLine;
using System.Globalization;
using Rasid.Exporting;
using Rasid.Queries;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid stories: which stored articles tell the same story (duplicates, rewrites, same event); one story's articles with its id.</summary>
internal static class StoriesCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var id = new Argument<string?>("id") { Description = "A story's id: list its articles in date order with their outlets and titles", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print JSON Lines story records (the export contract's, with links and evidence)" };
        var kind = new Option<string?>("--kind") { Description = "Only stories of this kind: " + string.Join(", ", NewsQueries.StoryKinds) };
        kind.OneOf(NewsQueries.StoryKinds);
        var limit = CliOptions.Limit("At most this many stories (largest first)", 50);
        var command = new Command("stories", "List stories: articles that duplicate, rewrite or report the same event as each other") { id, json, kind, limit };
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenExistingStore(parsed, db);
            var queries = new NewsQueries(store, context.Extractors(parsed));
            if (parsed.GetValue(id) is { } storyId)
            {
                return ShowOne(queries, storyId, parsed.GetValue(json), context);
            }

            var answer = queries.Stories(new StoriesFilter(parsed.GetValue(kind), parsed.GetValue(limit)));
            if (parsed.GetValue(json))
            {
                foreach (var story in answer.Stories)
                {
                    context.Output.WriteLine(JsonlExporter.StoryRecord(story));
                }

                return ExitCode.Success;
            }

            if (answer.Stories.Count == 0)
            {
                context.Output.WriteLine("no stories: no two stored articles duplicate, rewrite or report the same event");
                return ExitCode.Success;
            }

            string Cell(string text) => Terminal.Cell(context, text);
            var table = new Table().AddColumn("story").AddColumn("kind").AddColumn("size").AddColumn("outlets").AddColumn("first").AddColumn("last").AddColumn("first report");
            foreach (var overview in answer.Stories.Select(queries.Overview))
            {
                var first = overview.Members[0];
                table.AddRow(
                    Markup.Escape(overview.Story.Id),
                    overview.Story.Kind,
                    overview.Story.Articles.Count.ToString(CultureInfo.InvariantCulture),
                    Cell(Outlets(overview.Outlets)),
                    Cell(Labels.Date(overview.First)),
                    Cell(Labels.Date(overview.Last)),
                    Cell(Terminal.Shortened(first.Title ?? Path.GetFileName(first.Source), 70)));
            }

            context.Console.Write(table);
            context.Output.WriteLine($"{answer.Stories.Count.ToString("#,0", CultureInfo.InvariantCulture)} of {answer.Total.ToString("#,0", CultureInfo.InvariantCulture)} stor{(answer.Total == 1 ? "y" : "ies")} shown (largest first); 'rasid stories ID' lists one story's articles");
            return ExitCode.Success;
        });
        return command;
    }

    private static string Outlets(IReadOnlyList<string> outlets) =>
        outlets.Count <= 3 ? string.Join("، ", outlets) : string.Join("، ", outlets.Take(3)) + $" و{outlets.Count - 3} غيرها";

    private static int ShowOne(NewsQueries queries, string id, bool json, CliContext context)
    {
        if (queries.Story(id) is not { } story)
        {
            context.Fail($"no story has id '{id}' ('rasid stories' lists them)");
            return ExitCode.NotFound;
        }

        if (json)
        {
            context.Output.WriteLine(JsonlExporter.StoryRecord(story));
            return ExitCode.Success;
        }

        var overview = queries.Overview(story);
        string Cell(string text) => Terminal.Cell(context, text);
        var table = new Table().AddColumn("date").AddColumn("outlet").AddColumn("title").AddColumn("article");
        foreach (var member in overview.Members)
        {
            table.AddRow(Cell(Labels.Date(member.Published)), Cell(member.Outlet ?? ""), Cell(Terminal.Shortened(member.Title ?? Path.GetFileName(member.Source), 80)), Markup.Escape(member.Id));
        }

        context.Output.WriteLine($"{story.Id}: {story.Kind}, {story.Articles.Count} articles from {overview.Outlets.Count} outlet(s), {story.Links.Count} link(s)");
        context.Console.Write(table);
        return ExitCode.Success;
    }
}
