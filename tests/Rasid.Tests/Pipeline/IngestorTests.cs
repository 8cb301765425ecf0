using Microsoft.Data.Sqlite;
using Rasid.Pipeline;
using Rasid.Storing;

namespace Rasid.Tests.Pipeline;

public sealed class IngestorTests : IDisposable
{
    private readonly TestData.TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void Lowering_a_threads_priority_lowers_that_thread_only()
    {
        int? callerBefore = CurrentLinuxNice();
        int? lowered = null;
        ThreadPriority? portable = null;
        var thread = new Thread(() =>
        {
            ThreadPriorities.LowerCurrentThread();
            lowered = CurrentLinuxNice();
            portable = Thread.CurrentThread.Priority;
        });
        thread.Start();
        thread.Join();

        if (OperatingSystem.IsLinux())
        {
            // At least the ingest workers' nice value: a process already started nicer than that stays as nice.
            Assert.True(lowered >= ThreadPriorities.LinuxNice, $"nice {lowered}");
            Assert.True(lowered > callerBefore || callerBefore >= ThreadPriorities.LinuxNice, $"nice {lowered}, caller {callerBefore}");
        }
        else
        {
            Assert.Equal(ThreadPriority.BelowNormal, portable);
        }

        Assert.Equal(callerBefore, CurrentLinuxNice());
    }

    [Fact]
    public void Ingest_stores_every_seed_once_and_leaves_the_writing_threads_priority_alone()
    {
        int? before = CurrentLinuxNice();
        string db = _folder.File("rasid.db");
        IngestSummary first, second;
        using (var store = SqliteArticleStore.Open(db))
        {
            first = new Ingestor(RasidPipeline.Default, store) { Workers = 2 }.Run([TestData.SeedsFolder]);
            second = new Ingestor(RasidPipeline.Default, store) { Workers = 2 }.Run([TestData.SeedsFolder]);
        }

        int seeds = Directory.GetFiles(TestData.SeedsFolder).Length;
        Assert.Equal((seeds, 0, 0), (first.Added, first.Unchanged, first.Failed));
        Assert.Equal((0, seeds, 0), (second.Added, second.Unchanged, second.Failed));
        Assert.Equal(before, CurrentLinuxNice());
    }

    [Fact]
    public void A_cancelled_ingest_stops_with_cancellation_instead_of_waiting_on_its_workers()
    {
        using var store = SqliteArticleStore.Open(_folder.File("cancelled.db"));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var ingest = Task.Run(() => new Ingestor(RasidPipeline.Default, store).Run([TestData.SeedsFolder], cancel: cancel.Token));
        var thrown = Record.Exception(() => ingest.Wait(TimeSpan.FromSeconds(60)));
        Assert.True(ingest.IsCompleted, "ingest still running a minute after cancellation");
        Assert.IsAssignableFrom<OperationCanceledException>(Assert.IsType<AggregateException>(thrown).InnerException);
    }

    /// <summary>The calling thread's nice value on Linux (/proc/thread-self/stat, field 19); null elsewhere.</summary>
    private static int? CurrentLinuxNice()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        string stat = File.ReadAllText("/proc/thread-self/stat");
        // The command name, field 2, is in parentheses and may hold spaces: count fields after its closing one.
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[19 - 3], System.Globalization.CultureInfo.InvariantCulture);
    }
}
