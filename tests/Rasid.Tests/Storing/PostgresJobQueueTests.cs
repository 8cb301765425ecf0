using Npgsql;
using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Storing;

namespace Rasid.Tests.Storing;

/// <summary>The ingest queue on a real PostgreSQL server: enqueuing once, claims that skip each other, leases that run out.</summary>
public sealed class PostgresJobQueueTests : IDisposable
{
    private readonly List<string> _databases = [];

    private string NewDatabase()
    {
        string database = TestPostgres.CreateDatabase();
        _databases.Add(database);
        return database;
    }

    private static List<RawDocument> Seeds() =>
        new SourceReader().Read([TestData.SeedsFolder]).Select(r => r.Document!).ToList();

    private static JobResult Done(LeasedJob job) => new(job, RasidPipeline.Default.Process(job.Document), JobState.Done, null);

    [SkippableFact]
    public void Enqueuing_the_same_documents_again_adds_nothing_and_a_changed_one_is_queued_again()
    {
        using var queue = PostgresJobQueue.Open(NewDatabase());
        var seeds = Seeds();
        Assert.Equal(new EnqueueSummary(5, 0, 0), queue.Enqueue(seeds));
        Assert.Equal(new EnqueueSummary(0, 0, 5), queue.Enqueue(seeds));
        var changed = seeds[0] with { Body = seeds[0].Body + "\nفقرة أضيفت لاحقا إلى الخبر." };
        Assert.Equal(new EnqueueSummary(0, 1, 0), queue.Enqueue([changed]));
        Assert.Equal(5, queue.Counts().Queued);
    }

    [SkippableFact]
    public void Workers_claim_disjoint_jobs_and_skip_rows_another_is_claiming()
    {
        string database = NewDatabase();
        using var first = PostgresJobQueue.Open(database);
        using var second = PostgresJobQueue.Open(database);
        first.Enqueue(Seeds());

        // Another session holds the two oldest rows locked, as a worker does inside its claim: a claim skips them, not waits.
        using var other = new NpgsqlConnection(database);
        other.Open();
        using var transaction = other.BeginTransaction();
        using (var lockRows = new NpgsqlCommand("SELECT id FROM ingest_jobs ORDER BY id LIMIT 2 FOR UPDATE", other, transaction))
        {
            lockRows.ExecuteNonQuery();
        }

        var a = first.Claim("a", 2, TimeSpan.FromMinutes(1));
        var b = second.Claim("b", 5, TimeSpan.FromMinutes(1));
        transaction.Rollback();

        Assert.Equal(2, a.Count);
        Assert.Single(b);
        Assert.Empty(a.Select(j => j.Id).Intersect(b.Select(j => j.Id)));
        Assert.True(a.Min(j => j.Id) > 2, "the locked rows were skipped");
        Assert.Equal(3, first.Counts().Leased);
        Assert.Equal(2, first.Counts().Queued);
    }

    [SkippableFact]
    public void A_lease_that_runs_out_goes_to_another_worker_and_the_first_cannot_finish_it()
    {
        string database = NewDatabase();
        using var slow = PostgresJobQueue.Open(database);
        using var other = PostgresJobQueue.Open(database);
        slow.Enqueue(Seeds().Take(2).ToList());
        var held = slow.Claim("slow", 2, TimeSpan.FromMilliseconds(1));
        Thread.Sleep(50);

        var retaken = other.Claim("other", 2, TimeSpan.FromMinutes(1));
        Assert.Equal(held.Select(j => j.Id), retaken.Select(j => j.Id));
        Assert.All(retaken, j => Assert.Equal(2, j.Attempts));

        // The slow worker finishes late: it holds none of the jobs any more, so it marks nothing and saves nothing.
        Assert.Empty(slow.Finish("slow", held.Select(Done).ToList()));
        Assert.Equal(2, slow.Counts().Leased);
        Assert.Equal(0, slow.Store.Stats().Articles);
        Assert.All(other.Finish("other", retaken.Select(Done).ToList()), f => Assert.Equal(SaveOutcome.Added, f.Saved));
        Assert.Equal(new QueueCounts(0, 0, 2, 0, 0), other.Counts());
        Assert.Equal(2, other.Store.Stats().Articles);
    }

    [SkippableFact]
    public void A_worker_whose_job_was_queued_again_with_a_changed_document_does_not_write_over_it()
    {
        string database = NewDatabase();
        using var late = PostgresJobQueue.Open(database);
        using var other = PostgresJobQueue.Open(database);
        var seed = Seeds()[0];
        late.Enqueue([seed]);
        var old = Assert.Single(late.Claim("late", 1, TimeSpan.FromMinutes(1)));

        // While the late worker still works on it, the source changes and is queued again; another worker stores it.
        var changed = seed with { Body = seed.Body + "\nوأضاف البيان أن العمل سيستمر حتى نهاية العام." };
        Assert.Equal(new EnqueueSummary(0, 1, 0), other.Enqueue([changed]));
        var current = Assert.Single(other.Claim("other", 1, TimeSpan.FromMinutes(1)));
        Assert.Single(other.Finish("other", [Done(current)]));

        Assert.Empty(late.Finish("late", [Done(old)]));
        var stored = Assert.Single(other.Store.Articles());
        Assert.Contains("حتى نهاية العام", stored.Article.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_job_whose_workers_all_died_on_it_is_failed_after_the_last_attempt()
    {
        using var queue = PostgresJobQueue.Open(NewDatabase());
        queue.Enqueue(Seeds().Take(1).ToList());
        foreach (string worker in new[] { "w1", "w2", "w3" })
        {
            Assert.Single(queue.Claim(worker, 1, TimeSpan.FromMilliseconds(1))); // each dies: its lease runs out
            Thread.Sleep(20);
        }

        Assert.Empty(queue.Claim("w4", 1, TimeSpan.FromMinutes(1)));
        Assert.Equal(1, queue.Counts().Failed);
        var (source, error) = Assert.Single(queue.Failures(10));
        Assert.EndsWith(".txt", source, StringComparison.Ordinal);
        Assert.Contains("3 attempts", error, StringComparison.Ordinal);

        // Queued again, a failed job gets its attempts back.
        Assert.Equal(new EnqueueSummary(0, 1, 0), queue.Enqueue(Seeds().Take(1).ToList()));
        Assert.Single(queue.Claim("w5", 1, TimeSpan.FromMinutes(1)), j => j.Attempts == 1);
    }

    [SkippableFact]
    public void A_failed_job_keeps_its_reason_and_stores_nothing()
    {
        using var queue = PostgresJobQueue.Open(NewDatabase());
        queue.Enqueue(Seeds().Take(1).ToList());
        var job = Assert.Single(queue.Claim("w", 1, TimeSpan.FromMinutes(1)));
        Assert.Null(Assert.Single(queue.Finish("w", [new JobResult(job, null, JobState.Failed, "not an article")])).Saved);
        Assert.Equal(new QueueCounts(0, 0, 0, 0, 1), queue.Counts());
        Assert.Equal("not an article", Assert.Single(queue.Failures(5)).Error);
        Assert.Equal(0, queue.Store.Stats().Articles);
    }

    [SkippableFact]
    public void An_idle_worker_wakes_when_jobs_are_enqueued()
    {
        string database = NewDatabase();
        using var idle = PostgresJobQueue.Open(database);
        using var producer = PostgresJobQueue.Open(database);
        Assert.False(idle.WaitForJobs(TimeSpan.FromMilliseconds(10), CancellationToken.None)); // listening now; nothing came
        var woken = Task.Run(() => idle.WaitForJobs(TimeSpan.FromMinutes(1), CancellationToken.None));
        producer.Enqueue(Seeds().Take(1).ToList());
        Assert.True(woken.Wait(TimeSpan.FromMinutes(1)) && woken.Result, "the notification woke the waiting worker");
    }

    [Fact]
    public void A_queue_needs_a_postgresql_store()
    {
        var e = Assert.Throws<StoreException>(() => PostgresJobQueue.Open("some.db"));
        Assert.Contains("PostgreSQL", e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (string database in _databases)
        {
            TestPostgres.Drop(database);
        }
    }
}
