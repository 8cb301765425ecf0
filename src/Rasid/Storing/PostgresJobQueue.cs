using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Rasid.Pipeline;
using Rasid.Reading;

namespace Rasid.Storing;

/// <summary>What a job came to.</summary>
public enum JobState
{
    Queued,
    Leased,
    Done,
    Skipped,
    Failed,
}

/// <summary>A job a worker holds: the document to process, and how many times it was handed out (this time included).</summary>
public sealed record LeasedJob(long Id, RawDocument Document, int Attempts);

/// <summary>How a worker finished one job: the article saved (Done, Skipped) or one line why not (Failed).</summary>
public sealed record JobResult(LeasedJob Job, ProcessedArticle? Article, JobState State, string? Error);

/// <summary>A job a worker finished, with what saving its article did (null when it had none: skipped or failed).</summary>
public sealed record FinishedJob(JobResult Result, SaveOutcome? Saved);

/// <summary>What enqueuing did with each source.</summary>
public sealed record EnqueueSummary(int Queued, int Requeued, int AlreadyQueued);

/// <summary>The queue's rows by state.</summary>
public sealed record QueueCounts(long Queued, long Leased, long Done, long Skipped, long Failed)
{
    /// <summary>Work no worker has finished: queued, or held under a lease (which may have run out).</summary>
    public long Waiting => Queued + Leased;
}

/// <summary>
/// The work queue `rasid ingest --queue` fills and `rasid worker` processes drain, kept in the PostgreSQL store they
/// share. A worker claims jobs with FOR UPDATE SKIP LOCKED, so workers never wait on each other's rows, under a lease
/// of its own length: a worker killed mid-job loses the lease when it runs out and another takes the job. A job's
/// articles are saved and the job marked done in one transaction, and saving is an upsert by source, so a job done
/// twice (a lease that ran out while its worker was only slow) stores nothing twice. Enqueuing notifies idle workers
/// through LISTEN/NOTIFY. PostgreSQL only: SQLite has no row locks for workers on several machines to share.
/// </summary>
public sealed class PostgresJobQueue : IDisposable
{
    internal const string CreateTable =
        """
        CREATE TABLE IF NOT EXISTS ingest_jobs (
            id bigserial PRIMARY KEY,
            source text NOT NULL UNIQUE,
            document text COMPRESSION lz4 NOT NULL,
            document_hash text NOT NULL,
            state text NOT NULL DEFAULT 'queued',
            leased_by text,
            lease_until timestamptz,
            attempts integer NOT NULL DEFAULT 0,
            article_id text,
            error text,
            enqueued timestamptz NOT NULL DEFAULT now(),
            finished timestamptz
        )
        """;

    // Workers look only at unfinished jobs; a partial index keeps that lookup small however many jobs are done.
    internal const string CreateWaitingIndex = "CREATE INDEX IF NOT EXISTS ingest_jobs_waiting ON ingest_jobs (id) WHERE state IN ('queued', 'leased')";

    /// <summary>The channel enqueuing notifies and idle workers listen on.</summary>
    private const string Channel = "rasid_jobs";

    private static readonly JsonSerializerOptions DocumentJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly PostgresArticleStore _store;
    private readonly NpgsqlConnection _connection;
    private bool _listening;
    private int _notified;

    private PostgresJobQueue(PostgresArticleStore store)
    {
        _store = store;
        _connection = store.Connection;
    }

    /// <summary>A job handed out this many times and never finished (its worker died on it each time) is failed, not handed out again.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The store the jobs' articles go to, guarded like every store (a driver failure is one <see cref="StoreException"/>).</summary>
    public IArticleStore Store => field ??= new GuardedStore(_store, "PostgreSQL");

    /// <summary>Opens the queue of the PostgreSQL store a location names; any other location is one clear error.</summary>
    public static PostgresJobQueue Open(string location)
    {
        if (!PostgresLocation.IsPostgres(location))
        {
            throw new StoreException($"a job queue needs a PostgreSQL store (--db postgres://user@host/database), not {location}: workers on several machines share their jobs through it");
        }

        try
        {
            return new PostgresJobQueue(PostgresArticleStore.Open(location));
        }
        catch (DbException e)
        {
            throw GuardedStore.Failure("PostgreSQL", e);
        }
    }

    /// <summary>
    /// Adds documents as jobs, in one transaction per call, and wakes idle workers. A source queued already with the
    /// same document is left as it is (re-running an enqueue adds nothing); a changed document, or one that failed, is
    /// queued again.
    /// </summary>
    public EnqueueSummary Enqueue(IReadOnlyList<RawDocument> documents)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return TryEnqueue(documents);
            }
            catch (StoreException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected } && attempt < 5)
            {
                // Rows of jobs queued before are locked in source order here and in id order by finishing workers: the
                // server breaks such a cycle by failing one side, and enqueuing again is harmless.
            }
        }
    }

    private EnqueueSummary TryEnqueue(IReadOnlyList<RawDocument> documents) => Guard(() =>
    {
        int queued = 0, requeued = 0;
        using var transaction = _connection.BeginTransaction();
        using var batch = new NpgsqlBatch(_connection, transaction);
        foreach (var document in documents.DistinctBy(d => d.Source).OrderBy(d => d.Source, StringComparer.Ordinal))
        {
            string json = JsonSerializer.Serialize(document, DocumentJson);
            var command = new NpgsqlBatchCommand(
                """
                INSERT INTO ingest_jobs (source, document, document_hash) VALUES ($1, $2, $3)
                ON CONFLICT (source) DO UPDATE SET document = excluded.document, document_hash = excluded.document_hash, state = 'queued',
                    leased_by = NULL, lease_until = NULL, attempts = 0, article_id = NULL, error = NULL, enqueued = now(), finished = NULL
                WHERE ingest_jobs.document_hash <> excluded.document_hash OR ingest_jobs.state = 'failed'
                RETURNING (xmax = 0)
                """);
            command.Parameters.Add(Text(document.Source));
            command.Parameters.Add(Text(json));
            command.Parameters.Add(Text(Hash(json)));
            batch.BatchCommands.Add(command);
        }

        if (batch.BatchCommands.Count > 0)
        {
            using var reader = batch.ExecuteReader();
            do
            {
                if (reader.Read())
                {
                    if (reader.GetBoolean(0))
                    {
                        queued++;
                    }
                    else
                    {
                        requeued++;
                    }
                }
            }
            while (reader.NextResult());
        }

        if (queued + requeued > 0)
        {
            Execute($"NOTIFY {Channel}", transaction); // delivered at commit, to every worker listening
        }

        transaction.Commit();
        return new EnqueueSummary(queued, requeued, batch.BatchCommands.Count - queued - requeued);
    });

    /// <summary>
    /// Hands up to <paramref name="limit"/> jobs to <paramref name="worker"/> for <paramref name="lease"/>: queued jobs, and
    /// jobs whose lease ran out (their worker died or stalled), oldest first. Rows other workers are claiming are
    /// skipped, not waited for. A job whose lease ran out <see cref="MaxAttempts"/> times is failed instead.
    /// </summary>
    public IReadOnlyList<LeasedJob> Claim(string worker, int limit, TimeSpan lease) => Guard(() =>
    {
        Listen();
        using var transaction = _connection.BeginTransaction();
        using (var giveUp = new NpgsqlCommand(
            """
            UPDATE ingest_jobs SET state = 'failed', leased_by = NULL, lease_until = NULL, finished = now(),
                error = 'given up after ' || attempts || ' attempts: each worker that took it stopped before finishing it'
            WHERE id IN (SELECT id FROM ingest_jobs WHERE state = 'leased' AND lease_until < now() AND attempts >= $1 FOR UPDATE SKIP LOCKED)
            """,
            _connection,
            transaction))
        {
            giveUp.Parameters.Add(new NpgsqlParameter<int> { TypedValue = MaxAttempts });
            giveUp.ExecuteNonQuery();
        }

        var jobs = new List<LeasedJob>();
        using (var claim = new NpgsqlCommand(
            """
            UPDATE ingest_jobs j SET state = 'leased', leased_by = $1, lease_until = now() + $2, attempts = j.attempts + 1
            FROM (SELECT id FROM ingest_jobs WHERE state = 'queued' OR (state = 'leased' AND lease_until < now())
                  ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) c
            WHERE j.id = c.id
            RETURNING j.id, j.document, j.attempts
            """,
            _connection,
            transaction))
        {
            claim.Parameters.Add(Text(worker));
            claim.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = lease, NpgsqlDbType = NpgsqlDbType.Interval });
            claim.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
            using var reader = claim.ExecuteReader();
            while (reader.Read())
            {
                var document = JsonSerializer.Deserialize<RawDocument>(reader.GetString(1), DocumentJson)
                    ?? throw new StoreException($"job {reader.GetInt64(0)} holds no document");
                jobs.Add(new LeasedJob(reader.GetInt64(0), document, reader.GetInt32(2)));
            }
        }

        transaction.Commit();
        return jobs.OrderBy(j => j.Id).ToList();
    });

    /// <summary>
    /// Marks finished jobs and saves their articles, in one transaction: first the jobs <paramref name="worker"/> still
    /// holds under the lease it claimed (their attempt count is the lease's token), then only those jobs' articles. A
    /// job whose lease ran out and went to another worker, or was queued again with a changed document, or given up,
    /// is left as it is and its article not saved: a late worker never writes over newer work.
    /// </summary>
    /// <returns>The jobs this worker finished, each with the outcome of saving its article (null when it had none).</returns>
    public IReadOnlyList<FinishedJob> Finish(string worker, IReadOnlyList<JobResult> results) => Guard(() =>
    {
        List<JobResult> held = [];
        var outcomes = _store.SaveBatch(transaction =>
        {
            using var marks = new NpgsqlBatch(_connection, transaction);
            foreach (var r in results.OrderBy(r => r.Job.Id))
            {
                var command = new NpgsqlBatchCommand(
                    """
                    UPDATE ingest_jobs SET state = $3, article_id = $4, error = $5, leased_by = NULL, lease_until = NULL, finished = now()
                    WHERE id = $1 AND leased_by = $2 AND attempts = $6 AND state = 'leased'
                    RETURNING id
                    """);
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = r.Job.Id });
                command.Parameters.Add(PostgresArticleStore.Text(worker));
                command.Parameters.Add(PostgresArticleStore.Text(StateName(r.State)));
                command.Parameters.Add(PostgresArticleStore.Text(r.Article?.Id));
                command.Parameters.Add(PostgresArticleStore.Text(r.Error));
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = r.Job.Attempts });
                marks.BatchCommands.Add(command);
            }

            var ours = new HashSet<long>();
            if (marks.BatchCommands.Count > 0)
            {
                using var reader = marks.ExecuteReader();
                do
                {
                    while (reader.Read())
                    {
                        ours.Add(reader.GetInt64(0));
                    }
                }
                while (reader.NextResult());
            }

            held = results.Where(r => ours.Contains(r.Job.Id)).ToList();
            return held.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        });

        int saved = 0;
        return held.Select(r => new FinishedJob(r, r.Article is null ? null : outcomes[saved++])).ToList();
    });

    /// <summary>The queue's rows by state.</summary>
    public QueueCounts Counts() => Guard(() =>
    {
        using var command = new NpgsqlCommand("SELECT state, count(*) FROM ingest_jobs GROUP BY state", _connection);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        long Of(JobState state) => counts.GetValueOrDefault(StateName(state));
        return new QueueCounts(Of(JobState.Queued), Of(JobState.Leased), Of(JobState.Done), Of(JobState.Skipped), Of(JobState.Failed));
    });

    /// <summary>Failed jobs, newest first: source and reason.</summary>
    public IReadOnlyList<(string Source, string Error)> Failures(int limit) => Guard(() =>
    {
        using var command = new NpgsqlCommand("SELECT source, coalesce(error, '') FROM ingest_jobs WHERE state = 'failed' ORDER BY finished DESC, id LIMIT $1", _connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        using var reader = command.ExecuteReader();
        var failures = new List<(string, string)>();
        while (reader.Read())
        {
            failures.Add((reader.GetString(0), reader.GetString(1)));
        }

        return failures;
    });

    /// <summary>Whether stored articles wait to be related: no relation state covers them, or only state made for content they no longer have.</summary>
    public bool ArticlesWaitToBeRelated() => Guard(() =>
    {
        using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM articles a WHERE NOT EXISTS (SELECT 1 FROM relation_state r WHERE r.article_id = a.id AND r.content_hash = a.content_hash))",
            _connection);
        return command.ExecuteScalar() is true;
    });

    /// <summary>
    /// Waits until jobs are enqueued (a notification) or <paramref name="timeout"/> passes, whichever is first. The
    /// timeout matters as much: a lease that runs out sends no notification.
    /// </summary>
    /// <returns>Whether a notification came (since the last wait, or during this one).</returns>
    public bool WaitForJobs(TimeSpan timeout, CancellationToken cancel) => Guard(() =>
    {
        Listen();
        if (Interlocked.Exchange(ref _notified, 0) == 1)
        {
            return true; // came while this worker was claiming or saving
        }

        try
        {
            _connection.WaitAsync(timeout, cancel).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
        }

        return Interlocked.Exchange(ref _notified, 0) == 1;
    });

    /// <summary>
    /// Listens from the first claim on. A notification is remembered whenever it arrives: during a wait, or while a
    /// command of the worker's reads the connection (Npgsql then raises the event, and an unhandled one is lost).
    /// </summary>
    private void Listen()
    {
        if (_listening)
        {
            return;
        }

        _connection.Notification += (_, _) => Interlocked.Exchange(ref _notified, 1);
        Execute($"LISTEN {Channel}", null);
        _listening = true;
    }

    public void Dispose() => _store.Dispose();

    internal static string StateName(JobState state) => state.ToString().ToLowerInvariant();

    private void Execute(string sql, NpgsqlTransaction? transaction)
    {
        using var command = new NpgsqlCommand(sql, _connection, transaction);
        command.ExecuteNonQuery();
    }

    /// <summary>128 bits of SHA-256: enough to tell a changed document from the same one, in half the index.</summary>
    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    private static NpgsqlParameter Text(string? value) => PostgresArticleStore.Text(value);

    private static T Guard<T>(Func<T> work) => GuardedStore.Guard("PostgreSQL", work);
}
