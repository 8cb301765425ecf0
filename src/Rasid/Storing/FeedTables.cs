using System.Data.Common;
using System.Globalization;

namespace Rasid.Storing;

/// <summary>
/// Feed state, feed items and alerts over either store's connection. The SQL is the same in SQLite and PostgreSQL
/// (named parameters, ON CONFLICT, RETURNING; times as ISO 8601 text and flags as integers in both), so it is written
/// once here and only the tables' creation differs (each store's migrations). A driver's failure comes out as one
/// <see cref="StoreException"/>, as <see cref="GuardedStore"/> does for articles.
/// </summary>
internal sealed class FeedTables(DbConnection connection, string engine) : IFeedStore
{
    private const string FeedColumns =
        "id, url, name, added, interval_seconds, next_poll, etag, last_modified, content_hash, last_poll, last_status, last_error, last_new, total_new, failures, total_failures, retry_after, disabled";

    private const string AlertColumns = "key, kind, line, body, created, sent, attempts, last_error";

    public FeedState AddFeed(string url, string name, TimeSpan interval, DateTimeOffset now) => Guard(() =>
    {
        using var transaction = connection.BeginTransaction();
        Execute(
            transaction,
            "INSERT INTO feeds (url, name, added, interval_seconds, next_poll) VALUES (@url, @name, @added, @interval, @added) ON CONFLICT (url) DO NOTHING",
            ("@url", url), ("@name", name), ("@added", Time(now)), ("@interval", (long)interval.TotalSeconds));

        // Added again: a disabled feed is followed again from now, its failures forgotten.
        Execute(
            transaction,
            "UPDATE feeds SET disabled = 0, failures = 0, retry_after = NULL, next_poll = @now WHERE url = @url AND disabled = 1",
            ("@url", url), ("@now", Time(now)));
        var feed = ReadFeeds(transaction, "WHERE url = @url", ("@url", url)).Single();
        transaction.Commit();
        return feed;
    });

    public IReadOnlyList<FeedState> Feeds() => Guard(() => ReadFeeds(null, ""));

    public FeedState? FindFeed(string idUrlOrName) => Guard(() =>
    {
        long id = long.TryParse(idUrlOrName, NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n : -1;
        return ReadFeeds(null, "WHERE id = @id OR url = @key OR name = @key", ("@id", id), ("@key", idUrlOrName)).FirstOrDefault();
    });

    public bool RemoveFeed(long id) => Guard(() => Execute(null, "DELETE FROM feeds WHERE id = @id", ("@id", id)) > 0);

    public void SaveFeed(FeedState feed) => Guard(() => Execute(
        null,
        """
        UPDATE feeds SET interval_seconds = @interval, next_poll = @next, etag = @etag, last_modified = @modified, content_hash = @hash,
            last_poll = @poll, last_status = @status, last_error = @error, last_new = @new, total_new = @total_new, failures = @failures,
            total_failures = @total_failures, retry_after = @retry, disabled = @disabled
        WHERE id = @id
        """,
        ("@id", feed.Id),
        ("@interval", (long)feed.Interval.TotalSeconds),
        ("@next", Time(feed.NextPoll)),
        ("@etag", feed.ETag),
        ("@modified", feed.LastModified),
        ("@hash", feed.ContentHash),
        ("@poll", Time(feed.LastPoll)),
        ("@status", feed.LastStatus is { } s ? (long)s : NoNumber),
        ("@error", feed.LastError),
        ("@new", (long)feed.LastNew),
        ("@total_new", feed.TotalNew),
        ("@failures", (long)feed.Failures),
        ("@total_failures", feed.TotalFailures),
        ("@retry", Time(feed.RetryAfter)),
        ("@disabled", feed.Disabled ? 1L : 0L)));

    public bool ItemKnown(string url) => Guard(() =>
        Scalar("SELECT CASE WHEN EXISTS (SELECT 1 FROM feed_items WHERE url = @url) OR EXISTS (SELECT 1 FROM articles WHERE source = @url) THEN 1 ELSE 0 END", ("@url", url)) == 1);

    public bool TextKnown(string textHash, string contentHash) => Guard(() =>
        Scalar(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM feed_items WHERE text_hash = @text) OR EXISTS (SELECT 1 FROM articles WHERE content_hash = @content) THEN 1 ELSE 0 END",
            ("@text", textHash),
            ("@content", contentHash)) == 1);

    public void RecordItem(FeedItemRecord item) => Guard(() => Execute(
        null,
        "INSERT INTO feed_items (url, feed_id, article_id, text_hash, summary_only, seen) VALUES (@url, @feed, @article, @hash, @summary, @seen) ON CONFLICT (url) DO NOTHING",
        ("@url", item.Url), ("@feed", item.FeedId), ("@article", item.ArticleId), ("@hash", item.TextHash), ("@summary", item.SummaryOnly ? 1L : 0L), ("@seen", Time(item.Seen))));

    public IReadOnlyList<FeedItemRecord> Items(long feedId) => Guard(() =>
    {
        using var command = Command(null, "SELECT url, feed_id, article_id, text_hash, summary_only, seen FROM feed_items WHERE feed_id = @feed ORDER BY seen, url", ("@feed", feedId));
        using var reader = command.ExecuteReader();
        var items = new List<FeedItemRecord>();
        while (reader.Read())
        {
            items.Add(new FeedItemRecord(reader.GetString(0), reader.GetInt64(1), Text(reader, 2), Text(reader, 3), reader.GetInt64(4) == 1, ParseTime(reader.GetString(5))));
        }

        return (IReadOnlyList<FeedItemRecord>)items;
    });

    public int RecordAlerts(IReadOnlyList<AlertRecord> alerts) => Guard(() =>
    {
        using var transaction = connection.BeginTransaction();
        int added = 0;
        foreach (var alert in alerts)
        {
            added += Execute(
                transaction,
                "INSERT INTO alerts (key, kind, line, body, created, sent, attempts) VALUES (@key, @kind, @line, @body, @created, @sent, 0) ON CONFLICT (key) DO NOTHING",
                ("@key", alert.Key), ("@kind", alert.Kind), ("@line", alert.Line), ("@body", alert.Body), ("@created", Time(alert.Created)), ("@sent", Time(alert.Sent)));
        }

        transaction.Commit();
        return added;
    });

    public bool HasAlert(string key) => Guard(() => Scalar("SELECT count(*) FROM alerts WHERE key = @key", ("@key", key)) > 0);

    public IReadOnlyList<AlertRecord> PendingAlerts() => Guard(() => ReadAlerts("WHERE sent IS NULL"));

    public IReadOnlyList<AlertRecord> Alerts() => Guard(() => ReadAlerts("WHERE kind <> 'baseline'"));

    public void MarkAlertSent(string key, DateTimeOffset at) => Guard(() =>
        Execute(null, "UPDATE alerts SET sent = @sent, attempts = attempts + 1, last_error = NULL WHERE key = @key", ("@key", key), ("@sent", Time(at))));

    public void MarkAlertFailed(string key, string error) => Guard(() =>
        Execute(null, "UPDATE alerts SET attempts = attempts + 1, last_error = @error WHERE key = @key", ("@key", key), ("@error", error)));

    private List<FeedState> ReadFeeds(DbTransaction? transaction, string where, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, $"SELECT {FeedColumns} FROM feeds {where} ORDER BY id", parameters);
        using var r = command.ExecuteReader();
        var feeds = new List<FeedState>();
        while (r.Read())
        {
            feeds.Add(new FeedState(r.GetInt64(0), r.GetString(1), r.GetString(2), ParseTime(r.GetString(3)), TimeSpan.FromSeconds(r.GetInt64(4)), ParseTime(r.GetString(5)))
            {
                ETag = Text(r, 6),
                LastModified = Text(r, 7),
                ContentHash = Text(r, 8),
                LastPoll = Text(r, 9) is { } poll ? ParseTime(poll) : null,
                LastStatus = r.IsDBNull(10) ? null : (int)r.GetInt64(10),
                LastError = Text(r, 11),
                LastNew = (int)r.GetInt64(12),
                TotalNew = r.GetInt64(13),
                Failures = (int)r.GetInt64(14),
                TotalFailures = r.GetInt64(15),
                RetryAfter = Text(r, 16) is { } retry ? ParseTime(retry) : null,
                Disabled = r.GetInt64(17) == 1,
            });
        }

        return feeds;
    }

    private List<AlertRecord> ReadAlerts(string where)
    {
        using var command = Command(null, $"SELECT {AlertColumns} FROM alerts {where} ORDER BY seq");
        using var r = command.ExecuteReader();
        var alerts = new List<AlertRecord>();
        while (r.Read())
        {
            alerts.Add(new AlertRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ParseTime(r.GetString(4)))
            {
                Sent = Text(r, 5) is { } sent ? ParseTime(sent) : null,
                Attempts = (int)r.GetInt64(6),
                LastError = Text(r, 7),
            });
        }

        return alerts;
    }

    /// <summary>A null for an integer column (a plain null is taken for text).</summary>
    private static readonly object NoNumber = new();

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    /// <summary>Times as sortable UTC text, the same in both stores.</summary>
    private static string? Time(DateTimeOffset? time) => time?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private DbCommand Command(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value is null || ReferenceEquals(value, NoNumber) ? DBNull.Value : value;
            if (value is null || ReferenceEquals(value, NoNumber))
            {
                // PostgreSQL must know a null's type.
                parameter.DbType = value is null ? System.Data.DbType.String : System.Data.DbType.Int64;
            }

            command.Parameters.Add(parameter);
        }

        return command;
    }

    private int Execute(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private long Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(null, sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (DbException e)
        {
            throw GuardedStore.Failure(engine, e);
        }
    }
}
