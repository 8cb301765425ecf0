using System.CommandLine;
using Rasid.Pipeline;
using Rasid.Storing;

namespace Rasid.Cli.Commands;

/// <summary>
/// rasid worker: processes the jobs `rasid ingest --queue` put in a PostgreSQL store, beside any number of other
/// workers on this machine or others; rasid jobs: what the queue holds.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var batch = CliOptions.WholeNumber("--batch", "Jobs claimed at once (default 256, as ingest writes them)", 256);
        var lease = CliOptions.WholeNumber("--lease", "Seconds a claimed batch stays this worker's; a worker that dies holding it loses it after this (default 120)", 120);
        var relateEvery = CliOptions.WholeNumber("--relate-every", "Relate stored articles at least every this many seconds while jobs keep coming (default 300); a drained queue is related at once", 300);
        var exitWhenIdle = new Option<bool>("--exit-when-idle") { Description = "Stop once no job is queued or held and every stored article is related, instead of waiting for more" };
        var name = new Option<string?>("--name") { Description = "This worker's name in the queue (default host:pid)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary line" };
        var command = new Command("worker", "Process queued ingest jobs from a PostgreSQL store (see ingest --queue) until stopped (Ctrl-C or SIGTERM finish the current batch)")
        {
            batch, lease, relateEvery, exitWhenIdle, name, quiet,
        };
        command.SetAction(parsed =>
        {
            using var stop = new StopSignal();
            string location = ArticleStores.Resolve(parsed.GetValue(db));
            using var queue = PostgresJobQueue.Open(location);
            var extractors = context.Extractors(parsed);
            var pipeline = CliContext.PipelineFor(extractors);
            string me = parsed.GetValue(name) ?? $"{Environment.MachineName}:{Environment.ProcessId}";
            var worker = new QueueWorker(pipeline, queue, extractors, me)
            {
                BatchSize = parsed.GetValue(batch),
                Lease = TimeSpan.FromSeconds(parsed.GetValue(lease)),
                RelateEvery = TimeSpan.FromSeconds(parsed.GetValue(relateEvery)),
                ExitWhenIdle = parsed.GetValue(exitWhenIdle),
            };
            bool beQuiet = parsed.GetValue(quiet);
            context.Output.WriteLine($"worker {me} on {ArticleStores.Describe(location)}: {Describe(queue.Counts())}");
            context.Output.Flush();
            var total = worker.Run(
                step =>
                {
                    if (!beQuiet)
                    {
                        context.Output.WriteLine(step.Relating ? $"related {step.Related:N0} articles ({step.Elapsed.TotalSeconds:0.0} s)" : $"{step.Jobs:N0} jobs: {Describe(step)} ({step.Elapsed.TotalSeconds:0.0} s)");
                        context.Output.Flush();
                    }
                },
                stop.Token);
            context.Output.WriteLine($"worker {me} {(stop.Requested ? "stopped" : "done")}: {total.Jobs:N0} jobs, {Describe(total)}, {total.Related:N0} articles related");
            return ExitCode.Success;
        });
        return command;
    }

    /// <summary>rasid jobs: the queue's jobs by state, and the latest failures with their reasons.</summary>
    public static Command Jobs(Option<string?> db, CliContext context)
    {
        var limit = CliOptions.Limit("Failed jobs listed (default 20)", 20);
        var command = new Command("jobs", "Show the ingest queue of a PostgreSQL store: jobs by state and the latest failures") { limit };
        command.SetAction(parsed =>
        {
            using var queue = PostgresJobQueue.Open(ArticleStores.Resolve(parsed.GetValue(db)));
            context.Output.WriteLine(Describe(queue.Counts()));
            foreach (var (source, error) in queue.Failures(parsed.GetValue(limit)))
            {
                context.Output.WriteLine($"failed\t{source}\t{error}");
            }

            return ExitCode.Success;
        });
        return command;
    }

    private static string Describe(QueueCounts c) =>
        $"{c.Queued:N0} queued, {c.Leased:N0} held by workers, {c.Done:N0} done, {c.Skipped:N0} skipped, {c.Failed:N0} failed";

    private static string Describe(WorkerStep s) =>
        $"{s.Added:N0} added, {s.Unchanged:N0} unchanged, {s.Updated:N0} updated, {s.Skipped:N0} skipped, {s.Failed:N0} failed";
}
