using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Rasid.Extraction;
using Rasid.Extraction.Figures;
using Rasid.Queries;
using Rasid.Storing;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid facts: the figures stored articles state, each with its sentence and source.</summary>
internal static class FactsCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var entity = new Option<string?>("--entity") { Description = "Only figures about this entity (any of its names or spellings)" };
        var metric = new Option<string?>("--metric") { Description = "Only figures of this metric (capital_expenditure, investment, age, …)" };
        metric.OneOf(Rasid.Queries.NewsQueries.Metrics);
        var article = new Option<string?>("--article") { Description = "Only this article (id, source or file name)" };
        var json = new Option<bool>("--json") { Description = "Print JSON Lines figure records (the export contract's)" };
        var command = new Command("facts", "List the figures articles state: money, percentages, counts, ages, ranges and their qualifiers") { entity, metric, article, json };
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenExistingStore(parsed, db);
            var rows = new NewsQueries(store, context.Extractors(parsed)).Facts(new FactsFilter(parsed.GetValue(entity), parsed.GetValue(metric), parsed.GetValue(article)));
            if (rows is null)
            {
                context.Fail($"no stored article has id or source '{parsed.GetValue(article)}'");
                return ExitCode.NotFound;
            }

            if (parsed.GetValue(json))
            {
                foreach (var row in rows)
                {
                    var f = row.Figure;
                    context.Output.WriteLine(JsonSerializer.Serialize(new
                    {
                        type = "figure", article = row.Article, start = f.Start, end = f.End, surface = f.Surface, kind = f.Kind, value = f.Value, max = f.Max,
                        unit = f.Unit, qualifier = f.Qualifier, subject = f.Subject, metric = f.Metric, period = (string?)null, sentence = row.Sentence, source = row.Source,
                    }, ArticleJson.Options));
                }

                return ExitCode.Success;
            }

            if (rows.Count == 0)
            {
                context.Output.WriteLine("no figures found");
                return ExitCode.Success;
            }

            var table = new Table().AddColumn("value").AddColumn("qualifier").AddColumn("subject").AddColumn("metric").AddColumn("as written").AddColumn("article");
            foreach (var row in rows)
            {
                var f = row.Figure;
                string value = f.Max is { } max ? $"{Format(f.Value)}–{Format(max)} {f.Unit}" : $"{Format(f.Value)} {f.Unit}";
                table.AddRow(Markup.Escape(value), f.Qualifier, Markup.Escape(f.Subject ?? "—"), Markup.Escape(f.Metric ?? "—"), Markup.Escape(f.Surface), row.Article);
            }

            context.Console.Write(table);
            context.Output.WriteLine($"{rows.Count} figure(s)");
            return ExitCode.Success;
        });
        return command;
    }

    private static string Format(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
