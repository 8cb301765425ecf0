using System.CommandLine;
using System.Text;
using Rasid.Exporting;
using Rasid.Queries;
using Rasid.Storing;

namespace Rasid.Cli.Commands;

/// <summary>
/// rasid export: every stored record as JSON Lines per the export contract in DESIGN.md, or one table as CSV for a
/// spreadsheet; or one story or one claim.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var format = new Option<string?>("--format") { Description = "jsonl (the export contract, default) or csv (one table, see --records; UTF-8 with a byte order mark)" };
        format.OneOf(["jsonl", "csv"]);
        var records = new Option<string?>("--records") { Description = "With --format csv, the table: " + string.Join(", ", CsvExporter.Tables) + " (claims: one row per value with outlet, sentence and URL)" };
        records.OneOf(CsvExporter.Tables);
        var story = new Option<string?>("--story") { Description = "Only this story: its record and its articles (jsonl), or its rows (csv)" };
        var claim = new Option<string?>("--claim") { Description = "Only this claim: its record (jsonl), or one row per value (csv)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export stored records: JSON Lines per the export contract, or a CSV table for spreadsheets") { format, records, story, claim, output };
        command.SetAction(parsed =>
        {
            bool csv = parsed.GetValue(format) == "csv";
            string? table = parsed.GetValue(records);
            string? storyId = parsed.GetValue(story);
            string? claimId = parsed.GetValue(claim);
            if (storyId is not null && claimId is not null)
            {
                context.Fail("give --story or --claim, not both");
                return ExitCode.UsageError;
            }

            if (table is not null && (!csv || storyId is not null || claimId is not null))
            {
                context.Fail("--records chooses the table of a whole CSV export (--format csv, without --story or --claim)");
                return ExitCode.UsageError;
            }

            if (csv && table is null && storyId is null && claimId is null)
            {
                context.Fail("--format csv writes one table: add --records " + string.Join("|", CsvExporter.Tables));
                return ExitCode.UsageError;
            }

            using var store = RasidApp.OpenExistingStore(parsed, db);
            var extractors = context.Extractors(parsed);
            var queries = new NewsQueries(store, extractors);
            Action<TextWriter>? write = null;
            if (storyId is not null)
            {
                if (queries.Story(storyId) is not { } found)
                {
                    context.Fail($"no story has id '{storyId}' ('rasid stories' lists them)");
                    return ExitCode.NotFound;
                }

                write = csv ? w => CsvExporter.Stories([queries.Overview(found)], w) : w => OneStory(queries, found, w);
            }
            else if (claimId is not null)
            {
                if (queries.Claims(new ClaimsFilter()).Claims.FirstOrDefault(c => c.Id == claimId) is not { } found)
                {
                    context.Fail($"no claim has id '{claimId}' ('rasid claims --json' lists them)");
                    return ExitCode.NotFound;
                }

                write = csv ? w => CsvExporter.Claims([found], queries.Summaries([found]), w) : w => w.Write(JsonlExporter.ClaimRecord(found) + "\n");
            }
            else if (csv)
            {
                write = table switch
                {
                    "articles" => w => CsvExporter.Articles(queries, w),
                    "figures" => w => CsvExporter.Figures(queries, w),
                    "claims" => w => { var all = queries.Claims(new ClaimsFilter()).Claims; CsvExporter.Claims(all, queries.Summaries(all), w); },
                    _ => w => CsvExporter.Stories(queries.Stories(new StoriesFilter(Limit: int.MaxValue)).Stories.Select(queries.Overview), w),
                };
            }

            int count = 0;
            write ??= w => count = JsonlExporter.Export(FactsFromStore.All(store, extractors), w, extractors, queries.Related()); // the same stories and claims the other commands show
            string? file = parsed.GetValue(output);
            if (file is null)
            {
                if (csv)
                {
                    context.Output.Write(CsvExporter.Bom); // redirected to a .csv file, it still opens as UTF-8
                }

                write(context.Output);
                return ExitCode.Success;
            }

            // Written beside the target and moved into place, so a failed export never leaves half a file. A CSV file
            // starts with a byte order mark so that spreadsheet software reads its Arabic as UTF-8.
            string temporary = file + ".partial";
            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: csv)))
            {
                write(writer);
            }

            File.Move(temporary, file, overwrite: true);
            context.Error.WriteLine(count > 0 ? $"rasid: exported {count:N0} article records to {file}" : $"rasid: exported to {file}");
            return ExitCode.Success;
        });
        return command;
    }

    /// <summary>A story's record, then its articles' records in date order.</summary>
    private static void OneStory(NewsQueries queries, Relating.Story story, TextWriter output)
    {
        output.Write(JsonlExporter.StoryRecord(story) + "\n");
        foreach (var member in queries.Overview(story).Members)
        {
            if (queries.Store.Find(member.Id) is { } stored)
            {
                output.Write(JsonlExporter.ArticleRecord(stored, indented: false) + "\n");
            }
        }
    }
}
