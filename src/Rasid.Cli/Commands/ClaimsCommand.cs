using System.CommandLine;
using System.Globalization;
using Rasid.Exporting;
using Rasid.Queries;
using Rasid.Relating;
using Rasid.Storing;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid claims: figures about the same thing compared across sources: agreed, conflicting or revised.</summary>
internal static class ClaimsCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var conflicts = new Option<bool>("--conflicts") { Description = "Only claims the sources disagree on" };
        var entity = new Option<string?>("--entity") { Description = "Only claims about this entity (any of its names or spellings)" };
        var json = new Option<bool>("--json") { Description = "Print JSON Lines claim records (the export contract's, with sentences and sources)" };
        var command = new Command("claims", "Compare figures across sources: which values agree, conflict, or were revised") { conflicts, entity, json };
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenStore(parsed, db);
            var queries = new NewsQueries(store, context.Extractors(parsed));
            var claims = queries.Claims(new ClaimsFilter(parsed.GetValue(conflicts) ? "conflict" : null, parsed.GetValue(entity))).Claims;

            if (parsed.GetValue(json))
            {
                foreach (var claim in claims)
                {
                    context.Output.WriteLine(JsonlExporter.ClaimRecord(claim));
                }

                return ExitCode.Success;
            }

            if (claims.Count == 0)
            {
                context.Output.WriteLine("no claims: no figure about the same thing is stated by two sources");
                return ExitCode.Success;
            }

            var table = new Table().AddColumn("status").AddColumn("subject").AddColumn("metric").AddColumn("values (independent stories)").AddColumn("articles");
            foreach (var claim in claims)
            {
                string status = claim.Status switch { "conflict" => "[red]conflict[/]", "revised" => "[yellow]revised[/]", _ => "[green]agreed[/]" };
                var values = claim.Values.Select(v => $"{Format(v)} ({v.IndependentStories})").Distinct();
                table.AddRow(
                    status,
                    Markup.Escape(claim.Subject),
                    Markup.Escape(claim.Metric + (claim.Period is null ? "" : " " + claim.Period)),
                    Markup.Escape(string.Join("\n", values)),
                    Markup.Escape(string.Join("\n", claim.Values.Select(v => v.Article).Distinct())));
            }

            context.Console.Write(table);
            context.Output.WriteLine($"{claims.Count} claim(s): {claims.Count(c => c.Status == "conflict")} conflicting, {claims.Count(c => c.Status == "revised")} revised, {claims.Count(c => c.Status == "agreed")} agreed");
            return ExitCode.Success;
        });
        return command;
    }

    private static string Format(ClaimValue v)
    {
        static string N(double x) => x.ToString("#,0.##", CultureInfo.InvariantCulture);
        return (v.Max is { } max ? $"{N(v.Value)}–{N(max)}" : N(v.Value)) + " " + v.Unit + (v.Qualifier is "exact" or "range" ? "" : $" ({v.Qualifier})");
    }
}
