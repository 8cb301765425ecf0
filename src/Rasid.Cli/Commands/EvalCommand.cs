using System.CommandLine;
using Rasid.Evaluation;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid eval GOLD: scores what the store holds against a gold file; --min makes it a gate.</summary>
internal static class EvalCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var gold = new Argument<string>("GOLD") { Description = "Gold annotation file: tests/Rasid.Tests/Data/seeds.gold.json (the five bundled seeds, samples/seeds), eval/dev-gold.json (SaudiNewsNet groups; --part tune or check) or eval/ten-outlets-check.json, or your own in their format" };
        var min = new Option<double>("--min") { Description = "Fail (exit 7) when any score is below this floor (0 to 1)", DefaultValueFactory = _ => 0.0 };
        var floors = new Option<string[]>("--floor")
        {
            Description = "A floor for measures whose name starts with NAME, instead of --min: --floor \"figures=0.95\" (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every miss" };
        var part = new Option<string?>("--part") { Description = "For a gold file of groups (eval/dev-gold.json): score only the groups marked tune or check" };
        var command = new Command("eval", "Score stored articles against a gold file") { gold, min, floors, verbose, part };
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(gold)!;
            if (!File.Exists(path))
            {
                context.Fail($"{path}: no such file");
                return ExitCode.NotFound;
            }

            using var store = RasidApp.OpenExistingStore(parsed, db);
            EvalReport report;
            try
            {
                report = GoldEvaluator.Evaluate(File.ReadAllText(path), store.Find, a => Rasid.Storing.FactsFromStore.For(store, a, Rasid.Extraction.Extractors.Default), parsed.GetValue(part));
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                context.Fail($"{path}: not a gold file: {e.Message.ReplaceLineEndings(" ")}");
                return ExitCode.AllInputsFailed;
            }

            var table = new Table().AddColumn("measure").AddColumn("right").AddColumn("of").AddColumn("score");
            foreach (var metric in report.Metrics)
            {
                table.AddRow(metric.Name, metric.Correct.ToString(), metric.Total.ToString(), metric.Score.ToString("0.000"));
            }

            context.Console.Write(table);
            foreach (var missing in report.MissingArticles)
            {
                context.Error.WriteLine($"rasid: gold article {missing} is not in the store (ingest it first)");
            }

            if (parsed.GetValue(verbose))
            {
                foreach (var miss in report.Metrics.SelectMany(m => m.Misses.Select(x => $"{m.Name}: {x}")))
                {
                    context.Output.WriteLine("  miss: " + miss);
                }
            }

            var named = new List<(string Prefix, double Floor)>();
            foreach (string spec in parsed.GetValue(floors) ?? [])
            {
                int eq = spec.LastIndexOf('=');
                if (eq <= 0 || !double.TryParse(spec[(eq + 1)..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value))
                {
                    context.Fail($"--floor wants NAME=NUMBER, got '{spec}'");
                    return ExitCode.UsageError;
                }

                named.Add((spec[..eq], value));
            }

            // The longest matching --floor prefix decides a measure's floor; the rest have --min.
            int failures = 0;
            foreach (var metric in report.Metrics)
            {
                var specific = named.Where(n => metric.Name.StartsWith(n.Prefix, StringComparison.Ordinal)).OrderByDescending(n => n.Prefix.Length).ToList();
                double floor = specific.Count > 0 ? specific[0].Floor : parsed.GetValue(min);
                if (metric.Score < floor)
                {
                    failures++;
                    context.Fail($"{metric.Name} scored {metric.Score:0.000}, below the floor {floor:0.000}");
                }
            }

            return failures > 0 ? ExitCode.BelowFloor : ExitCode.Success;
        });
        return command;
    }
}
