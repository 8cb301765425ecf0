namespace Rasid.Storing;

/// <summary>
/// A followed feed and what its polls have found: the validators and body hash the next poll sends and compares,
/// the interval the schedule adapts, and the failures it counts. Times are UTC.
/// </summary>
public sealed record FeedState(long Id, string Url, string Name, DateTimeOffset Added, TimeSpan Interval, DateTimeOffset NextPoll)
{
    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>A hash of the last body read: some servers send the same validators after the feed changed, others new ones for the same bytes.</summary>
    public string? ContentHash { get; init; }

    public DateTimeOffset? LastPoll { get; init; }

    /// <summary>The HTTP status of the last poll; null when no answer came (a timeout, a refused connection).</summary>
    public int? LastStatus { get; init; }

    public string? LastError { get; init; }

    /// <summary>Articles the last poll stored.</summary>
    public int LastNew { get; init; }

    public long TotalNew { get; init; }

    /// <summary>Failures in a row since the last poll that worked.</summary>
    public int Failures { get; init; }

    public long TotalFailures { get; init; }

    /// <summary>The server asked not to be asked again before this (Retry-After).</summary>
    public DateTimeOffset? RetryAfter { get; init; }

    /// <summary>Not polled any more after too many failures in a row, until added again.</summary>
    public bool Disabled { get; init; }
}

/// <summary>An item a feed brought: its page's address, the article it became (none when its text was stored already), and whether only the feed's summary could be stored.</summary>
public sealed record FeedItemRecord(string Url, long FeedId, string? ArticleId, string? TextHash, bool SummaryOnly, DateTimeOffset Seen);

/// <summary>
/// An alert, recorded before it is delivered and marked sent after: a restart delivers what was recorded and not
/// sent, and never records one key twice. <see cref="Kind"/> "baseline" rows are what was already there when
/// watching began, recorded as sent so that they are never delivered.
/// </summary>
public sealed record AlertRecord(string Key, string Kind, string Line, string Body, DateTimeOffset Created)
{
    public DateTimeOffset? Sent { get; init; }

    public int Attempts { get; init; }

    public string? LastError { get; init; }
}

/// <summary>
/// Feed state, the items feeds brought, and alerts: kept beside the articles, in both stores, with the same
/// behaviour (<see cref="FeedTables"/> holds the SQL, which is the same in both dialects).
/// </summary>
public interface IFeedStore
{
    /// <summary>Follows a feed; a feed followed already is returned as it is, enabled again and its failures forgotten if it was disabled.</summary>
    FeedState AddFeed(string url, string name, TimeSpan interval, DateTimeOffset now);

    /// <summary>Every followed feed, in the order added.</summary>
    IReadOnlyList<FeedState> Feeds();

    /// <summary>A feed by its number, its address or its name.</summary>
    FeedState? FindFeed(string idUrlOrName);

    bool RemoveFeed(long id);

    /// <summary>Writes what a poll found (all of the state but the address, name and date added).</summary>
    void SaveFeed(FeedState feed);

    /// <summary>Whether an item at this address was seen already: brought by a feed, or stored as an article under it.</summary>
    bool ItemKnown(string url);

    /// <summary>
    /// Whether this text was stored already from another address: a feed item with the same clean text
    /// (<see cref="Feeds.FeedPoller.TextHash"/>), or an article with the same content (<see cref="Pipeline.ArticleIds.ContentHash"/>).
    /// </summary>
    bool TextKnown(string textHash, string contentHash);

    /// <summary>Records an item (an address recorded already is kept as it was).</summary>
    void RecordItem(FeedItemRecord item);

    IReadOnlyList<FeedItemRecord> Items(long feedId);

    /// <summary>Records alerts in one transaction; a key recorded already is left as it was. Returns how many were new.</summary>
    int RecordAlerts(IReadOnlyList<AlertRecord> alerts);

    bool HasAlert(string key);

    /// <summary>Alerts recorded and not yet sent, in the order recorded.</summary>
    IReadOnlyList<AlertRecord> PendingAlerts();

    /// <summary>Every alert that is no baseline, in the order recorded.</summary>
    IReadOnlyList<AlertRecord> Alerts();

    void MarkAlertSent(string key, DateTimeOffset at);

    /// <summary>Counts a delivery that failed, with its reason; the alert stays pending.</summary>
    void MarkAlertFailed(string key, string error);
}

/// <summary>A store that keeps feeds beside its articles.</summary>
public interface IKeepsFeeds
{
    IFeedStore Feeds { get; }
}

public static class FeedStores
{
    /// <summary>The feed side of a store (both of Rasid's stores keep feeds).</summary>
    public static IFeedStore Feeds(this IArticleStore store) =>
        store is IKeepsFeeds keeping ? keeping.Feeds : throw new StoreException("this store does not keep feeds");
}
