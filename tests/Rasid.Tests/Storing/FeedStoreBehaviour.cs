using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Storing;

namespace Rasid.Tests.Storing;

/// <summary>Feed state, feed items and alerts, written once for both stores (a sealed subclass per store below).</summary>
public abstract class FeedStoreBehaviour : IDisposable
{
    private readonly List<IArticleStore> _opened = [];
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

    protected abstract IArticleStore OpenEmpty();

    private IFeedStore NewFeeds(out IArticleStore store)
    {
        store = OpenEmpty();
        _opened.Add(store);
        return store.Feeds();
    }

    private IFeedStore NewFeeds() => NewFeeds(out _);

    [SkippableFact]
    public void A_feeds_state_is_kept_as_saved()
    {
        var feeds = NewFeeds();
        var added = feeds.AddFeed("https://example.org/rss", "المثال", TimeSpan.FromMinutes(15), Start);
        Assert.Equal(("https://example.org/rss", "المثال", Start, Start, TimeSpan.FromMinutes(15)), (added.Url, added.Name, added.Added, added.NextPoll, added.Interval));
        Assert.Null(added.LastPoll);

        var polled = added with
        {
            ETag = "\"abc\"",
            LastModified = "Mon, 20 Jul 2015 10:00:00 GMT",
            ContentHash = "0123",
            LastPoll = Start.AddMinutes(1),
            LastStatus = 503,
            LastError = "HTTP 503",
            LastNew = 2,
            TotalNew = 7,
            Failures = 1,
            TotalFailures = 4,
            RetryAfter = Start.AddHours(2),
            NextPoll = Start.AddHours(2),
            Interval = TimeSpan.FromMinutes(30),
            Disabled = true,
        };
        feeds.SaveFeed(polled);
        Assert.Equal(polled, Assert.Single(feeds.Feeds()));
        Assert.Equal(polled, feeds.FindFeed(added.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(polled, feeds.FindFeed("المثال"));

        feeds.SaveFeed(polled with { LastStatus = null, RetryAfter = null, ETag = null });
        var cleared = feeds.FindFeed("https://example.org/rss")!;
        Assert.Equal((null, null, null), (cleared.LastStatus, cleared.RetryAfter, cleared.ETag));
    }

    [SkippableFact]
    public void Adding_a_feed_again_keeps_it_once_and_enables_it_if_it_was_disabled()
    {
        var feeds = NewFeeds();
        var first = feeds.AddFeed("https://example.org/rss", "one", TimeSpan.FromMinutes(15), Start);
        feeds.SaveFeed(first with { Disabled = true, Failures = 10, TotalFailures = 10, NextPoll = Start.AddDays(1) });
        var again = feeds.AddFeed("https://example.org/rss", "two", TimeSpan.FromMinutes(15), Start.AddHours(1));
        Assert.Equal((first.Id, "one", false, 0, 10L, Start.AddHours(1)), (again.Id, again.Name, again.Disabled, again.Failures, again.TotalFailures, again.NextPoll));
        Assert.Single(feeds.Feeds());

        feeds.AddFeed("https://example.org/atom", "three", TimeSpan.FromMinutes(15), Start);
        Assert.Equal(["one", "three"], feeds.Feeds().Select(f => f.Name));
        Assert.True(feeds.RemoveFeed(first.Id));
        Assert.False(feeds.RemoveFeed(first.Id));
        Assert.Null(feeds.FindFeed("one"));
    }

    [SkippableFact]
    public void Items_are_known_by_address_and_by_text()
    {
        var feeds = NewFeeds(out var store);
        var feed = feeds.AddFeed("https://example.org/rss", "one", TimeSpan.FromMinutes(15), Start);
        feeds.RecordItem(new FeedItemRecord("https://example.org/a", feed.Id, "id-a", "hash-a", false, Start));
        feeds.RecordItem(new FeedItemRecord("https://example.org/a", feed.Id, "other", "hash-other", true, Start)); // kept as first recorded
        Assert.True(feeds.ItemKnown("https://example.org/a"));
        Assert.False(feeds.ItemKnown("https://example.org/b"));
        Assert.True(feeds.TextKnown("hash-a", "none"));
        Assert.False(feeds.TextKnown("hash-other", "none"));
        var item = Assert.Single(feeds.Items(feed.Id));
        Assert.Equal(("id-a", false), (item.ArticleId, item.SummaryOnly));

        // An article stored another way (rasid ingest URL) is known by its address and its content.
        var processed = RasidPipeline.Default.Process(new RawDocument("https://example.org/c", "خبر عن ارتفاع أسعار الذهب في الأسواق العالمية اليوم بشكل كبير.", DocumentFormat.PlainText));
        store.SaveBatch([processed]);
        Assert.True(feeds.ItemKnown("https://example.org/c"));
        Assert.True(feeds.TextKnown("no such text", processed.ContentHash));
    }

    [SkippableFact]
    public void Alerts_are_recorded_once_and_stay_pending_until_sent()
    {
        var feeds = NewFeeds();
        var a = new AlertRecord("claim:a", "claim", "alert: a", "{\"a\":1}", Start);
        var b = new AlertRecord("claim:b", "claim", "alert: b", "{\"b\":1}", Start);
        var baseline = new AlertRecord("baseline:claims", "baseline", "baseline", "{}", Start) { Sent = Start };
        Assert.Equal(3, feeds.RecordAlerts([a, b, baseline]));
        Assert.Equal(0, feeds.RecordAlerts([a with { Line = "changed" }]));
        Assert.True(feeds.HasAlert("baseline:claims"));
        Assert.False(feeds.HasAlert("claim:c"));
        Assert.Equal([a, b], feeds.PendingAlerts());

        feeds.MarkAlertFailed("claim:a", "HTTP 500");
        feeds.MarkAlertSent("claim:b", Start.AddMinutes(1));
        var pending = Assert.Single(feeds.PendingAlerts());
        Assert.Equal(("claim:a", 1, "HTTP 500"), (pending.Key, pending.Attempts, pending.LastError));
        Assert.Equal(["claim:a", "claim:b"], feeds.Alerts().Select(x => x.Key));
        Assert.Equal(Start.AddMinutes(1), feeds.Alerts()[1].Sent);
    }

    public virtual void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteFeedStoreTests : FeedStoreBehaviour
{
    private readonly TestData.TempFolder _folder = new();

    protected override IArticleStore OpenEmpty() => ArticleStores.Open(_folder.File(Guid.NewGuid().ToString("N") + ".db"));

    public override void Dispose()
    {
        base.Dispose();
        _folder.Dispose();
    }
}

public sealed class PostgresFeedStoreTests : FeedStoreBehaviour
{
    private readonly List<string> _databases = [];

    protected override IArticleStore OpenEmpty()
    {
        string database = TestPostgres.CreateDatabase();
        _databases.Add(database);
        return ArticleStores.Open(database);
    }

    public override void Dispose()
    {
        base.Dispose();
        foreach (string database in _databases)
        {
            TestPostgres.Drop(database);
        }
    }
}
