using System.CommandLine;
using System.Text.Json;
using Rasid.Relating;
using Rasid.Storing;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid entity NAME: one entity's timeline: the figures about it and the articles naming it, newest first.</summary>
internal static class EntityCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Any of the entity's names, in any spelling or script (Meta, ميتا, زوكربيرغ)" };
        var json = new Option<bool>("--json") { Description = "Print the entity record, then one JSON line per timeline entry" };
        var limit = CliOptions.Limit("At most this many timeline entries", 50);
        var command = new Command("entity", "Show an entity's timeline: dated figures and mentions across articles, newest first, each with its source and sentence") { name, json, limit };
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenExistingStore(parsed, db);
            string wanted = parsed.GetValue(name)!;
            var timeline = new Rasid.Queries.NewsQueries(store, context.Extractors(parsed)).Timeline(wanted);
            if (timeline is null)
            {
                context.Fail($"no stored article names '{wanted}'");
                return ExitCode.NotFound;
            }

            var entries = timeline.Entries.Take(parsed.GetValue(limit)).ToList();
            if (parsed.GetValue(json))
            {
                context.Output.WriteLine(Exporting.JsonlExporter.EntityRecord(timeline.Entity));
                foreach (var e in entries)
                {
                    context.Output.WriteLine(JsonSerializer.Serialize(
                        new
                        {
                            type = "timeline", entity = timeline.Entity.Id, date = e.Date, kind = e.Kind, article = e.Article, source = e.Source, text = e.Text, sentence = e.Sentence,
                            value = e.Figure?.Value, max = e.Figure?.Max, unit = e.Figure?.Unit, metric = e.Figure?.Metric,
                        },
                        ArticleJson.Options));
                }

                return ExitCode.Success;
            }

            var entity = timeline.Entity;
            context.Output.WriteLine($"{entity.Name} ({entity.Kind}): {entity.Mentions.Count} mentions in {entity.ArticleCount} articles"
                + (timeline.Partial ? $" (the newest {Rasid.Queries.NewsQueries.TimelineArticles} articles naming it; older ones name it too)" : ""));
            if (entity.Aliases.Count > 0)
            {
                context.Output.WriteLine("also written: " + string.Join("، ", entity.Aliases));
            }

            var table = new Table().AddColumn("date").AddColumn("what").AddColumn("sentence").AddColumn("source");
            foreach (var e in entries)
            {
                string what = e.Figure is { } f ? $"{e.Text} ({f.Metric ?? f.Kind})" : "named";
                table.AddRow(Markup.Escape(e.Date.Length > 0 ? e.Date : "—"), Markup.Escape(what), Markup.Escape(e.Sentence), Markup.Escape(Path.GetFileName(e.Source)));
            }

            context.Console.Write(table);
            return ExitCode.Success;
        });
        return command;
    }
}
