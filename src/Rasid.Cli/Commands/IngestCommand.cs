using System.CommandLine;
using Rasid.Pipeline;
using Rasid.Storing;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid ingest PATH...: read, clean, analyze, extract and store articles; bad inputs get one line each and the rest go on.</summary>
internal static class IngestCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders (searched recursively): text, HTML, JSON arrays or JSON Lines of articles; - reads one article or records from standard input; an http(s) URL fetches and cleans one page", Arity = ArgumentArity.OneOrMore };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the summary line" };
        var report = new Option<string?>("--report") { Description = "Write every source that failed or held no article text to this file, one 'status<TAB>source<TAB>reason' line each" };
        var queue = new Option<bool>("--queue") { Description = "Only read the sources and queue them as jobs in a PostgreSQL store, for `rasid worker` processes to clean, analyze and store" };
        var command = new Command("ingest", "Read, clean, analyze and store articles; sources with no article text are counted, not printed (see --report)") { paths, quiet, report, queue };
        command.SetAction(parsed =>
        {
            string location = ArticleStores.Resolve(parsed.GetValue(db));
            if (parsed.GetValue(queue))
            {
                return Enqueue(location, parsed.GetValue(paths)!, parsed.GetValue(report), context);
            }

            using var store = ArticleStores.Open(location);
            var extractors = context.Extractors(parsed);
            var pipeline = CliContext.PipelineFor(extractors);
            var ingestor = new Ingestor(pipeline, store) { SkipPaths = ArticleStores.LocalFiles(location) };
            var sources = parsed.GetValue(paths)!;
            bool beQuiet = parsed.GetValue(quiet);
            IngestSummary summary;

            // Failures are printed as they happen (something that could have been stored was not); sources with no
            // article text are only counted: a corpus holds hundreds, and a line each buried the real failures.
            void Report(IngestItem item)
            {
                if (item.Status == IngestStatus.Failed)
                {
                    context.Fail($"{item.Source}: {item.Error}");
                }
            }

            if (context.Interactive && !beQuiet)
            {
                summary = null!;
                context.Console.Progress().AutoClear(true).Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn()).Start(progress =>
                {
                    var task = progress.AddTask("ingesting").IsIndeterminate();
                    int done = 0;
                    summary = ingestor.Run(sources, item =>
                    {
                        Report(item);
                        done++;
                        if (done % 64 == 0)
                        {
                            task.Description = $"ingesting: {done:N0} articles";
                        }
                    });
                    task.StopTask();
                });
            }
            else
            {
                summary = ingestor.Run(sources, Report);
            }

            if (!beQuiet)
            {
                var table = new Table().AddColumn("added").AddColumn("unchanged").AddColumn("updated").AddColumn("skipped").AddColumn("failed").AddColumn("seconds").AddColumn("articles/s");
                table.AddRow(
                    summary.Added.ToString("N0"),
                    summary.Unchanged.ToString("N0"),
                    summary.Updated.ToString("N0"),
                    summary.Skipped.ToString("N0"),
                    summary.Failed.ToString("N0"),
                    summary.Elapsed.TotalSeconds.ToString("0.0"),
                    Rate(summary).ToString("0"));
                context.Console.Write(table);
            }

            string? reportPath = parsed.GetValue(report);
            if (reportPath is not null)
            {
                WriteReport(reportPath, summary);
            }

            context.Output.WriteLine(
                $"ingested {summary.Total:N0} sources into {ArticleStores.Describe(location)}: {summary.Added:N0} added, {summary.Unchanged:N0} already stored (unchanged), {summary.Updated:N0} updated, {summary.Skipped:N0} skipped, {summary.Failed:N0} failed ({summary.Elapsed.TotalSeconds:0.0} s, {Rate(summary):0} articles/s)");
            if (summary.Skipped > 0)
            {
                var why = summary.Skips.GroupBy(s => s.Skip).OrderByDescending(g => g.Count()).Select(g => $"{g.Count():N0} {g.Key}");
                context.Output.WriteLine($"{summary.Skipped:N0} skipped: {string.Join(", ", why)}; " + (reportPath is null ? "--report FILE lists them" : $"see {reportPath}"));
            }

            // Skipped sources held nothing to store: a run that stored every readable article succeeded.
            if (summary.Failed == 0)
            {
                return ExitCode.Success;
            }

            return summary.Failed == summary.Total ? ExitCode.AllInputsFailed : ExitCode.SomeInputsFailed;
        });
        return command;
    }

    /// <summary>Enqueuing reads every source here (so that a bad file is reported to whoever gave it) and leaves the work to workers.</summary>
    private static int Enqueue(string location, string[] paths, string? reportPath, CliContext context)
    {
        const int Batch = 256;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var failures = new List<IngestItem>();
        var skips = new List<IngestItem>();
        using var queue = PostgresJobQueue.Open(location);
        int queued = 0, requeued = 0, already = 0, skipped = 0, failed = 0, total = 0;
        var pending = new List<Rasid.Reading.RawDocument>(Batch);
        void Flush()
        {
            var summary = queue.Enqueue(pending);
            (queued, requeued, already) = (queued + summary.Queued, requeued + summary.Requeued, already + summary.AlreadyQueued);
            pending.Clear();
        }

        foreach (var read in new Rasid.Reading.SourceReader(ArticleStores.LocalFiles(location)).Read(paths))
        {
            total++;
            if (read.Document is { } document)
            {
                pending.Add(document);
                if (pending.Count >= Batch)
                {
                    Flush();
                }
            }
            else if (read.NoText)
            {
                skipped++;
                skips.Add(new IngestItem(read.Source, IngestStatus.Skipped, null, read.Error, Ingestor.WithoutText));
            }
            else
            {
                failed++;
                failures.Add(new IngestItem(read.Source, IngestStatus.Failed, null, read.Error));
                context.Fail($"{read.Source}: {read.Error}");
            }
        }

        Flush();
        if (reportPath is not null)
        {
            WriteReport(reportPath, new IngestSummary(0, 0, 0, failed, started.Elapsed, failures) { Skips = skips });
        }

        context.Output.WriteLine(
            $"queued {total:N0} sources in {ArticleStores.Describe(location)}: {queued:N0} new jobs, {requeued:N0} queued again (changed or failed before), {already:N0} already queued or done, {skipped:N0} skipped (no text), {failed:N0} failed; start `rasid worker` to process them");
        return failed == 0 ? ExitCode.Success : failed == total ? ExitCode.AllInputsFailed : ExitCode.SomeInputsFailed;
    }

    private static double Rate(IngestSummary s) => s.Elapsed.TotalSeconds > 0 ? (s.Total - s.Failed - s.Skipped) / s.Elapsed.TotalSeconds : 0;

    private static void WriteReport(string path, IngestSummary summary)
    {
        try
        {
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            foreach (var item in summary.Failures.Concat(summary.Skips))
            {
                writer.WriteLine($"{(item.Status == IngestStatus.Skipped ? "skipped" : "failed")}\t{item.Source}\t{item.Error?.ReplaceLineEndings(" ")}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write the report {path}: {e.Message}", e);
        }
    }
}
