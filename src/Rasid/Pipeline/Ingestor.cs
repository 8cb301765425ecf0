using System.Threading.Channels;
using Rasid.Reading;
using Rasid.Storing;

namespace Rasid.Pipeline;

public enum IngestStatus
{
    Added,
    Unchanged,
    Updated,
    Failed,

    /// <summary>Read, but with no article text to store (an empty record, a page of navigation only).</summary>
    Skipped,
}

/// <summary>What happened to one source.</summary>
/// <param name="Skip">Why a skipped source held nothing to store: <see cref="Ingestor.WithoutText"/> or <see cref="Ingestor.EmptyAfterCleaning"/>.</param>
public sealed record IngestItem(string Source, IngestStatus Status, string? Id, string? Error, string? Skip = null);

/// <summary>Totals of an ingest run.</summary>
public sealed record IngestSummary(int Added, int Unchanged, int Updated, int Failed, TimeSpan Elapsed, IReadOnlyList<IngestItem> Failures)
{
    /// <summary>Sources read that held no article text: their reasons are in <see cref="Skips"/>.</summary>
    public IReadOnlyList<IngestItem> Skips { get; init; } = [];

    public int Skipped => Skips.Count;

    public int Total => Added + Unchanged + Updated + Failed + Skipped;
}

/// <summary>
/// Ingest: read sources on one thread, clean and analyze on all cores, write batches on one thread,
/// each batch in one transaction. Memory stays flat because every stage hands over through a bounded
/// channel; a kill between batches leaves whole articles only, and running again stores what is missing.
/// </summary>
public sealed class Ingestor(RasidPipeline pipeline, IArticleStore store)
{
    public int BatchSize { get; init; } = 256;

    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Files never read as input, though inside an ingested folder: the store's own database files.</summary>
    public IReadOnlySet<string> SkipPaths { get; init; } = new HashSet<string>();

    public IngestSummary Run(IEnumerable<string> paths, Action<IngestItem>? onItem = null, CancellationToken cancel = default)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var reads = Channel.CreateBounded<ReadResult>(new BoundedChannelOptions(512) { SingleWriter = true });
        var processed = Channel.CreateBounded<(ReadResult Read, ProcessedArticle? Article, string? Error, bool NoText)>(new BoundedChannelOptions(1024) { SingleReader = true });

        var reader = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var result in new SourceReader(SkipPaths).Read(paths))
                    {
                        await reads.Writer.WriteAsync(result, cancel).ConfigureAwait(false);
                    }
                }
                finally
                {
                    reads.Writer.Complete();
                }
            },
            cancel);

        var workers = Enumerable.Range(0, Math.Max(1, Workers))
            .Select(n => StartWorker($"rasid ingest worker {n + 1}", () =>
            {
                while (WaitToRead(reads.Reader, cancel))
                {
                    while (reads.Reader.TryRead(out var read))
                    {
                        Write(processed.Writer, Process(read), cancel);
                    }
                }
            }))
            .ToArray();

        _ = Task.WhenAll(workers).ContinueWith(t => processed.Writer.Complete(t.Exception), TaskScheduler.Default);

        int added = 0, unchanged = 0, updated = 0;
        var failures = new List<IngestItem>();
        var skips = new List<IngestItem>();
        var batch = new List<ProcessedArticle>(BatchSize);

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var outcomes = store.SaveBatch(batch);
            for (int i = 0; i < batch.Count; i++)
            {
                var status = outcomes[i] switch
                {
                    SaveOutcome.Added => IngestStatus.Added,
                    SaveOutcome.Updated => IngestStatus.Updated,
                    _ => IngestStatus.Unchanged,
                };
                switch (status)
                {
                    case IngestStatus.Added: added++; break;
                    case IngestStatus.Updated: updated++; break;
                    default: unchanged++; break;
                }

                onItem?.Invoke(new IngestItem(batch[i].Source, status, batch[i].Id, null));
            }

            batch.Clear();
        }

        var output = processed.Reader;
        while (WaitToRead(output, cancel))
        {
            while (output.TryRead(out var item))
            {
                if (item.Article is { } article)
                {
                    batch.Add(article);
                    if (batch.Count >= BatchSize)
                    {
                        Flush();
                    }
                }
                else
                {
                    var failure = item.NoText
                        ? new IngestItem(item.Read.Source, IngestStatus.Skipped, null, item.Error, item.Read.NoText ? WithoutText : EmptyAfterCleaning)
                        : new IngestItem(item.Read.Source, IngestStatus.Failed, null, item.Error);
                    (item.NoText ? skips : failures).Add(failure);
                    onItem?.Invoke(failure);
                }
            }

            if (output.Count == 0)
            {
                Flush(); // nothing waiting: write what we have rather than sit on it
            }
        }

        Flush();
        reader.GetAwaiter().GetResult();
        return new IngestSummary(added, unchanged, updated, failures.Count, started.Elapsed, failures) { Skips = skips };
    }

    /// <summary>
    /// A worker on a thread of its own, below the writer's priority (<see cref="ThreadPriorities.LowerCurrentThread"/>):
    /// the writer is one thread that every article passes through, the workers are as many as the cores. At the same
    /// priority the writer waited its turn for a core behind them (13 s of a 48 s ingest of SaudiNewsNet with
    /// extraction, on two cores), fell behind, and the workers then sat waiting to hand their articles over (10 s
    /// each): ingest ran at the writer's pace though there was processor time to spare. Own threads rather than the
    /// thread pool's, so that the lowered priority stays with ingest's workers.
    /// </summary>
    private static Task StartWorker(string name, Action work)
    {
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                ThreadPriorities.LowerCurrentThread();
                work();
                finished.SetResult();
            }
            catch (OperationCanceledException)
            {
                finished.SetCanceled();
            }
            catch (Exception e)
            {
                finished.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = name,
        };
        thread.Start();
        return finished.Task;
    }

    private static bool WaitToRead<T>(ChannelReader<T> reader, CancellationToken cancel) =>
        reader.WaitToReadAsync(cancel).AsTask().GetAwaiter().GetResult();

    // A worker's own thread blocks until the writer has room; a write that finds room completes without waiting.
    private static void Write<T>(ChannelWriter<T> writer, T item, CancellationToken cancel) =>
        writer.WriteAsync(item, cancel).AsTask().GetAwaiter().GetResult();

    /// <summary>A record read with an empty text field.</summary>
    public const string WithoutText = "without text";

    /// <summary>A page or text with no article text once navigation and boilerplate were removed.</summary>
    public const string EmptyAfterCleaning = "empty after cleaning";

    private (ReadResult Read, ProcessedArticle? Article, string? Error, bool NoText) Process(ReadResult read)
    {
        if (read.Document is null)
        {
            return (read, null, read.Error, read.NoText);
        }

        try
        {
            return (read, pipeline.Process(read.Document), null, false);
        }
        catch (InputException e)
        {
            return (read, null, e.Message, e is NoTextException);
        }
    }
}
