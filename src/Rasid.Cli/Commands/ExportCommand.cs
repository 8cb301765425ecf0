using System.CommandLine;
using System.Text;
using Rasid.Exporting;
using Rasid.Storing;

namespace Rasid.Cli.Commands;

/// <summary>rasid export --format jsonl: every stored record, per the export contract in DESIGN.md.</summary>
internal static class ExportCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var format = new Option<string>("--format") { Description = "Output format (jsonl)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export stored records as JSON Lines") { format, output };
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenExistingStore(parsed, db);
            var extractors = context.Extractors(parsed);
            var related = new Rasid.Queries.NewsQueries(store, extractors).Related(); // the same stories and claims the other commands show
            string? file = parsed.GetValue(output);
            if (file is null)
            {
                JsonlExporter.Export(FactsFromStore.All(store, extractors), context.Output, extractors, related);
                return ExitCode.Success;
            }

            // Written beside the target and moved into place, so a failed export never leaves half a file.
            string temporary = file + ".partial";
            int count;
            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
            {
                count = JsonlExporter.Export(FactsFromStore.All(store, extractors), writer, extractors, related);
            }

            File.Move(temporary, file, overwrite: true);
            context.Error.WriteLine($"rasid: exported {count:N0} article records to {file}");
            return ExitCode.Success;
        });
        return command;
    }
}
