using System.CommandLine;
using System.Globalization;
using Rasid.Exporting;
using Rasid.Queries;
using Rasid.Relating;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid claims: figures about the same thing compared across sources: agreed, conflicting or revised.</summary>
internal static class ClaimsCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var conflicts = new Option<bool>("--conflicts") { Description = "Only claims the sources disagree on (as --status conflict)" };
        var status = new Option<string?>("--status") { Description = "Only claims of this status: " + string.Join(", ", NewsQueries.ClaimStatuses) };
        status.OneOf(NewsQueries.ClaimStatuses);
        var entity = new Option<string?>("--entity") { Description = "Only claims about this entity or naming it where a value is stated (any of its spellings)" };
        var limit = CliOptions.Limit("At most this many claims (conflicts first)", 50);
        var raw = new Option<bool>("--raw") { Description = "Values as plain numbers with their unit codes (600000000000 USD), not as a reader writes them" };
        var json = new Option<bool>("--json") { Description = "Print JSON Lines claim records (the export contract's, with sentences and sources; metric ids, not labels)" };
        var command = new Command("claims", "Compare figures across sources: which values agree, conflict, or were revised, each with its outlet, date and sentence")
        {
            conflicts, status, entity, limit, raw, json,
        };
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenExistingStore(parsed, db);
            var queries = new NewsQueries(store, context.Extractors(parsed));
            string? wanted = parsed.GetValue(status) ?? (parsed.GetValue(conflicts) ? "conflict" : null);
            bool asJson = parsed.GetValue(json);
            var answer = queries.Claims(new ClaimsFilter(wanted, parsed.GetValue(entity), asJson ? int.MaxValue : parsed.GetValue(limit)));

            if (asJson)
            {
                foreach (var claim in answer.Claims)
                {
                    context.Output.WriteLine(JsonlExporter.ClaimRecord(claim));
                }

                return ExitCode.Success;
            }

            string over = $"over all: {answer.Conflicting} conflicting, {answer.Revised} revised, {answer.Agreed} agreed of {answer.Total} claims";
            if (answer.Matching == 0)
            {
                context.Output.WriteLine(answer.Total == 0
                    ? "no claims: no figure about the same thing is stated by two sources"
                    : $"no claim matches; {over}");
                return ExitCode.Success;
            }

            var shown = answer.Claims;
            var articles = queries.Summaries(shown);
            bool plain = parsed.GetValue(raw);
            string Cell(string text) => Terminal.Cell(context, text);

            var table = new Table().AddColumn("claim").AddColumn("value").AddColumn("outlet").AddColumn("date").AddColumn("sentence").AddColumn("article");
            foreach (var claim in shown)
            {
                string color = claim.Status switch { "conflict" => "red", "revised" => "yellow", _ => "green" };
                string metric = plain ? claim.Metric : Labels.Metric(claim.Metric);
                string heading = $"[{color}]{Cell(plain ? claim.Status : Labels.Status(claim))}[/]\n{Cell(claim.Subject)}\n{Cell(metric + (claim.Period is null ? "" : " · " + claim.Period))}";
                bool first = true;
                foreach (var value in claim.Values)
                {
                    var article = articles.GetValueOrDefault(value.Article);
                    table.AddRow(
                        first ? heading : "",
                        Cell(plain ? Raw(value) : Labels.Amount(value)),
                        Cell(article?.Outlet ?? Path.GetFileName(value.Source)),
                        Cell(plain ? value.Published?[..Math.Min(10, value.Published.Length)] ?? "" : Labels.Date(value.Published)),
                        Cell(Terminal.Around(value.Sentence, value.Surface)),
                        Markup.Escape(value.Article));
                    first = false;
                }
            }

            context.Console.Write(table);
            context.Output.WriteLine($"{shown.Count} of {answer.Matching} claim(s) shown; {over}");
            return ExitCode.Success;
        });
        return command;
    }

    private static string Raw(ClaimValue v)
    {
        static string N(double x) => x.ToString("0.########", CultureInfo.InvariantCulture);
        return (v.Max is { } max ? $"{N(v.Value)}-{N(max)}" : N(v.Value)) + " " + v.Unit + (v.Qualifier is "exact" or "range" ? "" : $" ({v.Qualifier})");
    }
}
