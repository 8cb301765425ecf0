using System.Diagnostics;
using Rasid.Extraction;
using Rasid.Reading;
using Rasid.Storing;

namespace Rasid.Pipeline;

/// <summary>What a worker did with one batch of jobs (or one relating run, when <see cref="Related"/> is set).</summary>
public sealed record WorkerStep(int Jobs, int Added, int Updated, int Unchanged, int Skipped, int Failed, int Related, TimeSpan Elapsed)
{
    /// <summary>A relating run (<see cref="Related"/> articles related), not a batch of jobs.</summary>
    public bool Relating { get; init; }

    public static readonly WorkerStep None = new(0, 0, 0, 0, 0, 0, 0, TimeSpan.Zero);

    public WorkerStep Plus(WorkerStep other) => new(
        Jobs + other.Jobs, Added + other.Added, Updated + other.Updated, Unchanged + other.Unchanged, Skipped + other.Skipped,
        Failed + other.Failed, Related + other.Related, Elapsed + other.Elapsed);
}

/// <summary>
/// One `rasid worker`: claims batches of jobs from the shared queue, cleans, analyzes and extracts them on every core,
/// saves each batch with its jobs' completion in one transaction, and relates the stored articles when the queue has
/// drained (or every <see cref="RelateEvery"/> while it never does), under the store's relating lock, so that of
/// several workers one relates at a time and the others find its work done. Idle, it waits for a notification of new
/// jobs, or for leases of dead workers to run out.
/// </summary>
public sealed class QueueWorker(RasidPipeline pipeline, PostgresJobQueue queue, Extractors extractors, string name)
{
    public int BatchSize { get; init; } = 256;

    /// <summary>How long a claimed batch is this worker's alone; a worker that dies holding it loses it after this.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an idle worker waits for a notification before looking again (for leases that ran out).</summary>
    public TimeSpan IdleWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Stop once no job is queued or held and every stored article is related (for batch runs and tests).</summary>
    public bool ExitWhenIdle { get; init; }

    /// <summary>Relate at least this often while jobs keep coming, so a queue that never drains still gets its stories.</summary>
    public TimeSpan RelateEvery { get; init; } = TimeSpan.FromMinutes(5);

    public int Workers { get; init; } = Environment.ProcessorCount;

    public string Name => name;

    public WorkerStep Run(Action<WorkerStep>? onStep = null, CancellationToken cancel = default)
    {
        var total = WorkerStep.None;
        var sinceRelated = Stopwatch.StartNew();

        // One batch is saved while the next is processed: saving is the server's work and processing this machine's, and
        // done one after the other each waited for the other. Over SaudiNewsNet one worker took 1.8 times as long as one
        // ingest process; overlapped, and in batches of 256, about as long.
        (IReadOnlyList<LeasedJob> Jobs, JobResult[] Results, Stopwatch Clock)? processed = null;
        void SaveProcessed()
        {
            if (processed is not { } batch)
            {
                return;
            }

            var step = Save(batch.Jobs, batch.Results, batch.Clock);
            processed = null;
            total = total.Plus(step);
            onStep?.Invoke(step);
        }

        while (!cancel.IsCancellationRequested)
        {
            var jobs = queue.Claim(name, BatchSize, Lease);
            if (jobs.Count > 0)
            {
                var clock = Stopwatch.StartNew();
                var processing = Task.Run(() => ProcessAll(jobs));
                SaveProcessed();
                processed = (jobs, processing.GetAwaiter().GetResult(), clock);
                if (sinceRelated.Elapsed >= RelateEvery && queue.ArticlesWaitToBeRelated())
                {
                    SaveProcessed();
                    if (Relate(onStep) is { } related)
                    {
                        total = total.Plus(related);
                        sinceRelated.Restart();
                    }
                }

                continue;
            }

            SaveProcessed();

            // Nothing to claim. Relating waits until no job is left unfinished: the last articles of a run are then stored,
            // and the articles are related in one order whichever worker got which job.
            if (queue.Counts().Waiting == 0)
            {
                if (queue.ArticlesWaitToBeRelated())
                {
                    if (Relate(onStep) is { } related)
                    {
                        total = total.Plus(related);
                        sinceRelated.Restart();
                        continue;
                    }
                }
                else if (ExitWhenIdle)
                {
                    break;
                }
            }

            queue.WaitForJobs(IdleWait, cancel);
        }

        SaveProcessed(); // stopped: the batch in hand is finished, not left to its lease
        return total;
    }

    /// <summary>Relates what waits, unless another worker (or a reader) relates this store now: then it is left to that one, or to a later try.</summary>
    private WorkerStep? Relate(Action<WorkerStep>? onStep)
    {
        var started = Stopwatch.StartNew();
        if (IncrementalRelations.RelateUnlessBusy(queue.Store, extractors) is not { } result)
        {
            return null;
        }

        var step = WorkerStep.None with { Related = result.Added, Relating = true, Elapsed = started.Elapsed };
        onStep?.Invoke(step);
        return step;
    }

    private JobResult[] ProcessAll(IReadOnlyList<LeasedJob> jobs)
    {
        var results = new JobResult[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Workers) }, i => results[i] = Process(jobs[i]));
        return results;
    }

    private WorkerStep Save(IReadOnlyList<LeasedJob> jobs, JobResult[] results, Stopwatch clock)
    {
        // Jobs another worker took over (a lease that ran out) are counted as claimed, not as done by this one.
        var finished = queue.Finish(name, results);
        return new WorkerStep(
            jobs.Count,
            finished.Count(f => f.Saved == SaveOutcome.Added),
            finished.Count(f => f.Saved == SaveOutcome.Updated),
            finished.Count(f => f.Saved == SaveOutcome.Unchanged),
            finished.Count(f => f.Result.State == JobState.Skipped),
            finished.Count(f => f.Result.State == JobState.Failed),
            0,
            clock.Elapsed);
    }

    private JobResult Process(LeasedJob job)
    {
        try
        {
            return new JobResult(job, pipeline.Process(job.Document), JobState.Done, null);
        }
        catch (NoTextException e)
        {
            return new JobResult(job, null, JobState.Skipped, e.Message);
        }
        catch (InputException e)
        {
            return new JobResult(job, null, JobState.Failed, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault of Rasid's on one document fails that job, with the reason kept; the worker goes on with the others.
            return new JobResult(job, null, JobState.Failed, $"internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
        }
    }
}
