using System.CommandLine;
using Rasid.Storing;

namespace Rasid.Cli.Commands;

/// <summary>rasid migrate and rasid copy: looking after stores rather than articles.</summary>
internal static class StoreCommands
{
    /// <summary>rasid migrate: brings the store's schema to this rasid's version (opening a store does it too; this says so).</summary>
    public static Command Migrate(Option<string?> db, CliContext context)
    {
        var command = new Command("migrate", "Create or upgrade the store's schema to this version of rasid");
        command.SetAction(parsed =>
        {
            string location = ArticleStores.Resolve(parsed.GetValue(db));
            using var store = ArticleStores.Open(location);
            var stats = store.Stats();
            context.Output.WriteLine($"{stats.Location}: schema version {stats.SchemaVersion} (latest), {stats.Articles:N0} articles");
            return ExitCode.Success;
        });
        return command;
    }

    /// <summary>rasid copy --from A --to B: every article of one store into another (SQLite file or PostgreSQL).</summary>
    public static Command Copy(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "The store to copy from: a SQLite file or postgres://…", Required = true };
        var to = new Option<string>("--to") { Description = "The store to copy into (created or migrated as needed)", Required = true };
        var command = new Command("copy", "Copy every article from one store to another, e.g. a SQLite file to PostgreSQL") { from, to };
        command.SetAction(parsed =>
        {
            string source = parsed.GetValue(from)!;
            string target = parsed.GetValue(to)!;
            if (!PostgresLocation.IsPostgres(source) && !File.Exists(source))
            {
                context.Fail($"no such database: {source}");
                return ExitCode.NotFound;
            }

            if (string.Equals(Normalize(source), Normalize(target), StringComparison.Ordinal))
            {
                context.Fail("--from and --to are the same store");
                return ExitCode.UsageError;
            }

            using var fromStore = ArticleStores.Open(source);
            using var toStore = ArticleStores.Open(target);
            var summary = StoreCopier.Copy(fromStore, toStore);
            context.Output.WriteLine(
                $"copied {summary.Added + summary.Unchanged + summary.Updated:N0} articles from {fromStore.Stats().Location} to {toStore.Stats().Location}: {summary.Added:N0} added, {summary.Unchanged:N0} already there, {summary.Updated:N0} updated");
            return ExitCode.Success;
        });
        return command;
    }

    private static string Normalize(string location) => PostgresLocation.IsPostgres(location) ? location : Path.GetFullPath(location);
}
