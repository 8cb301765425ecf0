using System.CommandLine;
using Rasid.Cli.Commands;
using Rasid.Reading;
using Rasid.Storing;

namespace Rasid.Cli;

/// <summary>The rasid command line: one command class per verb, a --db option every verb takes.</summary>
internal static class RasidApp
{
    public static int Run(string[] args, CliContext context)
    {
        var db = new Option<string?>("--db")
        {
            Description = "The store: a SQLite file path (default ./rasid.db, or $RASID_DB), or postgres://user@host:port/database or an Npgsql connection string",
            Recursive = true,
        };
        var gazetteer = new Option<string?>("--gazetteer")
        {
            Description = "Your own entities, added to the shipped gazetteer: a file of 'kind<TAB>name<TAB>alias|alias' lines (kind: person, organization, product, place)",
            Recursive = true,
        };
        context.GazetteerOption = gazetteer;
        var root = new RootCommand("Rasid (راصد): Arabic news intelligence: clean, analyze, store and search Arabic news")
        {
            db,
            gazetteer,
        };
        root.Subcommands.Add(IngestCommand.Create(db, context));
        root.Subcommands.Add(SearchCommand.Create(db, context));
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(db, context));
        root.Subcommands.Add(ExportCommand.Create(db, context));
        root.Subcommands.Add(EvalCommand.Create(db, context));
        root.Subcommands.Add(StatsCommand.Create(db, context));
        root.Subcommands.Add(StoreCommands.Migrate(db, context));
        root.Subcommands.Add(StoreCommands.Copy(context));
        root.Subcommands.Add(FactsCommand.Create(db, context));
        root.Subcommands.Add(EntitiesCommand.Create(db, context));
        root.Subcommands.Add(StoriesCommand.Create(db, context));
        root.Subcommands.Add(ClaimsCommand.Create(db, context));
        root.Subcommands.Add(EntityCommand.Create(db, context));
        root.Subcommands.Add(ServeCommand.Create(db, context));
        root.Subcommands.Add(FeedsCommand.Create(db, context));
        root.Subcommands.Add(WatchCommand.Create(db, context));
        root.Subcommands.Add(WorkerCommand.Create(db, context));
        root.Subcommands.Add(WorkerCommand.Jobs(db, context));
        root.Subcommands.Add(NerCommands.Tag(context));
        root.Subcommands.Add(NerCommands.Train(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Fail(error.Message);
            }

            context.Error.WriteLine("Run 'rasid --help' for usage.");
            return ExitCode.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (StoreException e)
        {
            context.Fail(e.Message);
            return ExitCode.StoreError;
        }
        catch (InputException e)
        {
            context.Fail(e.Message);
            return ExitCode.AllInputsFailed;
        }
        catch (IOException e)
        {
            context.Fail(e.Message.ReplaceLineEndings(" "));
            return ExitCode.InternalError;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("RASID_DEBUG") is null)
        {
            context.Fail($"internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
            return ExitCode.InternalError;
        }
    }

    /// <summary>The store, created when it does not exist yet: for the commands that write (ingest, migrate).</summary>
    public static IArticleStore OpenStore(ParseResult parsed, Option<string?> db) => ArticleStores.Open(ArticleStores.Resolve(parsed.GetValue(db)));

    /// <summary>
    /// The store for a command that only reads: a mistyped --db must not quietly create an empty store and
    /// answer "no hits"; it fails (exit 6) naming the path.
    /// </summary>
    public static IArticleStore OpenExistingStore(ParseResult parsed, Option<string?> db)
    {
        string location = ArticleStores.Resolve(parsed.GetValue(db));
        if (!ArticleStores.Exists(location))
        {
            throw new StoreException($"no database at {location}: ingest articles into it first ('rasid --db {location} ingest PATH'), or give --db the store's path");
        }

        return ArticleStores.Open(location);
    }
}
