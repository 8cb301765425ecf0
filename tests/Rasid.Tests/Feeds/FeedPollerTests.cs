using Rasid.Feeds;
using Rasid.Pipeline;
using Rasid.Storing;
using Microsoft.AspNetCore.Http;

namespace Rasid.Tests.Feeds;

/// <summary>Polling feeds against a loopback server: what is stored, what is asked again, and each way a feed fails.</summary>
public sealed class FeedPollerTests : IAsyncLifetime
{
    private readonly TestData.TempFolder _folder = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
    private FeedServer _server = null!;
    private IArticleStore _store = null!;
    private FeedFollower _follower = null!;

    private static readonly FeedOptions Options = new() { Timeout = TimeSpan.FromSeconds(2), HostGap = TimeSpan.Zero, DisableAfter = 3, MaxFeedBytes = 10L * 1024 * 1024 };

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _server.ServeFixtures();
        _store = ArticleStores.Open(_folder.File("rasid.db"));
        _follower = new FeedFollower(_store, RasidPipeline.Default, Options, _clock);
    }

    public async Task DisposeAsync()
    {
        _follower.Dispose();
        _store.Dispose();
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    private FeedState Follow(string path) => _store.Feeds().AddFeed(_server.Url(path), path, Options.FirstInterval, _clock.GetUtcNow());

    private PollOutcome PollOne() => Assert.Single(_follower.Poll(dueOnly: false));

    [Fact]
    public void An_arabic_rss_feed_stores_each_items_page_and_the_summary_of_a_page_that_is_gone()
    {
        Follow("/feeds/rss-utf8.xml");
        var outcome = PollOne();
        Assert.Equal((2, 1, 0), (outcome.Added, outcome.SummaryOnly, outcome.Known));
        Assert.Equal(200, outcome.Feed.LastStatus);
        Assert.Equal("\"rss-1\"", outcome.Feed.ETag);

        // The page is cleaned as ingest URL cleans it: navigation off, the outlet from the page.
        var page = _store.Find(_server.Url("/pages/blast-one.html"))!;
        Assert.Contains("أسفر عن مقتل 27 شخصا", page.Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("رياضة", page.Article.Text, StringComparison.Ordinal);
        Assert.Equal("وكالة الأولى", page.Article.Outlet);

        // The page that is gone: the feed's summary, marked in its source, with the feed's title and date.
        Assert.Null(_store.Find(_server.Url("/pages/gone.html")));
        var summary = _store.Find(_server.Url("/pages/gone.html") + FeedPoller.SummaryMark)!;
        Assert.Equal("الأمطار تغلق طرقا في جدة", summary.Article.Title);
        Assert.StartsWith("2015-07-20", summary.Article.Published, StringComparison.Ordinal);
        Assert.Contains("تعاملت مع عشرات البلاغات", summary.Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", summary.Article.Text, StringComparison.Ordinal);
        Assert.Contains(_store.Feeds().Items(outcome.Feed.Id), i => i.SummaryOnly && i.Url.EndsWith("/gone.html", StringComparison.Ordinal));

        Assert.All(_server.Requests, r => Assert.StartsWith("Rasid/", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_poll_sends_the_validators_and_a_304_stores_nothing()
    {
        Follow("/feeds/rss-utf8.xml");
        PollOne();
        int pages = _server.HitsOf("/pages/blast-one.html");
        var second = PollOne();
        Assert.True(second.Unchanged);
        Assert.Equal(0, second.Added);
        Assert.Equal(304, second.Feed.LastStatus);
        Assert.Equal("\"rss-1\"", _server.Requests.Last(r => r.Path == "/feeds/rss-utf8.xml").IfNoneMatch);
        Assert.Equal(pages, _server.HitsOf("/pages/blast-one.html"));
        Assert.Equal(2, _store.Stats().Articles);
    }

    [Fact]
    public void The_same_bytes_under_new_validators_are_not_read_again()
    {
        int version = 0;
        _server.Routes["/feeds/rss-utf8.xml"] = FeedServer.Bytes(() => FeedServer.Fixture("rss-utf8.xml"), "application/rss+xml", etag: null);
        _server.Routes["/feeds/rss-utf8.xml"] = context =>
        {
            context.Response.Headers.ETag = $"\"v{++version}\""; // a new tag every time, for the same feed
            return FeedServer.Bytes(() => FeedServer.Fixture("rss-utf8.xml"), "application/rss+xml")(context);
        };
        Follow("/feeds/rss-utf8.xml");
        PollOne();
        int pages = _server.HitsOf("/pages/gone.html");
        var second = PollOne();
        Assert.True(second.Unchanged);
        Assert.Equal(pages, _server.HitsOf("/pages/gone.html"));
    }

    [Fact]
    public void A_changed_feed_under_the_same_validators_is_read_by_its_hash()
    {
        byte[] body = FeedServer.Fixture("rss-utf8.xml");
        _server.Routes["/feeds/rss-utf8.xml"] = FeedServer.Bytes(() => body, "application/rss+xml", "\"same\"", honourValidators: false);
        Follow("/feeds/rss-utf8.xml");
        Assert.Equal(2, PollOne().Added);
        Assert.True(PollOne().Unchanged);

        body = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(body).Replace("/pages/blast-one.html", "/pages/economy.html", StringComparison.Ordinal));
        var changed = PollOne();
        Assert.False(changed.Unchanged);
        Assert.Equal(1, changed.Added);
        Assert.NotNull(_store.Find(_server.Url("/pages/economy.html")));
    }

    [Fact]
    public void An_atom_feed_in_windows_1256_is_read_as_arabic()
    {
        Follow("/feeds/atom-1256.xml");
        var outcome = PollOne();
        Assert.Equal(1, outcome.Added);
        Assert.Equal("أرامكو تعلن نتائجها الفصلية", _store.Find(_server.Url("/pages/economy.html"))!.Article.Title);
    }

    [Fact]
    public void A_json_feed_is_read()
    {
        Follow("/feeds/feed.json");
        Assert.Equal(1, PollOne().Added);
        Assert.NotNull(_store.Find(_server.Url("/pages/economy.html")));
    }

    [Fact]
    public void The_same_text_from_another_address_is_not_stored_again()
    {
        _server.Routes["/pages/economy-copy.html"] = FeedServer.File("economy.html", "text/html; charset=utf-8");
        _server.Routes["/feeds/two.xml"] = FeedServer.Bytes(
            () => System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(FeedServer.Fixture("rss-utf8.xml"))
                .Replace("/pages/blast-one.html", "/pages/economy.html", StringComparison.Ordinal)
                .Replace("/pages/gone.html", "/pages/economy-copy.html", StringComparison.Ordinal)),
            "application/rss+xml");
        Follow("/feeds/two.xml");
        var outcome = PollOne();
        Assert.Equal((1, 1), (outcome.Added, outcome.Duplicates));
        Assert.Equal(1, _store.Stats().Articles);
    }

    [Fact]
    public void An_item_ingested_already_is_not_fetched_again()
    {
        Assert.Equal(0, CliRunnerIngest(_server.Url("/pages/blast-one.html")));
        int pages = _server.HitsOf("/pages/blast-one.html");
        Follow("/feeds/rss-utf8.xml");
        var outcome = PollOne();
        Assert.Equal((1, 1), (outcome.Added, outcome.Known));
        Assert.Equal(pages, _server.HitsOf("/pages/blast-one.html"));
    }

    private int CliRunnerIngest(string url)
    {
        _store.Dispose();
        int code = Cli.CliRunner.Run("--db", _folder.File("rasid.db"), "ingest", url).ExitCode;
        _follower.Dispose();
        _store = ArticleStores.Open(_folder.File("rasid.db"));
        _follower = new FeedFollower(_store, RasidPipeline.Default, Options, _clock);
        return code;
    }

    [Theory]
    [InlineData("/feeds/broken", 500, "HTTP 500")]
    [InlineData("/feeds/loop", 302, "too many redirects")]
    [InlineData("/feeds/slow", null, "no answer within 2 s")]
    [InlineData("/feeds/huge", 200, "over 10 MB")]
    [InlineData("/feeds/malformed.xml", 200, "not a readable feed")]
    [InlineData("/feeds/missing", 404, "HTTP 404")]
    public void A_feed_that_fails_is_counted_and_backed_off(string path, int? status, string said)
    {
        _server.Routes["/feeds/broken"] = FeedServer.Status(500);
        _server.Routes["/feeds/loop"] = context =>
        {
            context.Response.Redirect("/feeds/loop");
            return Task.CompletedTask;
        };
        _server.Routes["/feeds/slow"] = async context => await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        _server.Routes["/feeds/huge"] = async context =>
        {
            // 20 MB without a Content-Length: the cap must stop the reading, not the header.
            context.Response.ContentType = "application/rss+xml";
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            try
            {
                for (int i = 0; i < 20 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // the client stopped reading at its cap
            }
        };

        var feed = Follow(path);
        var first = PollOne();
        Assert.True(first.Failed);
        Assert.Equal(status, first.Feed.LastStatus);
        Assert.Contains(said, first.Feed.LastError, StringComparison.Ordinal);
        Assert.Equal(1, first.Feed.Failures);
        Assert.Equal(_clock.Now + feed.Interval * 2, first.Feed.NextPoll);

        var second = PollOne();
        Assert.Equal(2, second.Feed.Failures);
        Assert.Equal(_clock.Now + feed.Interval * 4, second.Feed.NextPoll); // backoff doubles
        Assert.Equal(0, _store.Stats().Articles);
    }

    [Fact]
    public void A_feed_failing_many_times_in_a_row_is_disabled_until_added_again()
    {
        _server.Routes["/feeds/broken"] = FeedServer.Status(500);
        Follow("/feeds/broken");
        for (int i = 0; i < Options.DisableAfter; i++)
        {
            PollOne();
        }

        var disabled = Assert.Single(_store.Feeds().Feeds());
        Assert.True(disabled.Disabled);
        Assert.Equal(3, disabled.Failures);
        Assert.Empty(_follower.Poll(dueOnly: false));

        var again = Follow("/feeds/broken");
        Assert.Equal((false, 0), (again.Disabled, again.Failures));
        Assert.Equal(3, again.TotalFailures);
    }

    [Fact]
    public void Retry_after_is_honoured()
    {
        _server.Routes["/feeds/busy"] = FeedServer.Status(503, retryAfter: "7200");
        Follow("/feeds/busy");
        var first = PollOne();
        Assert.Equal(_clock.Now.AddHours(2), first.Feed.RetryAfter);
        Assert.True(first.Feed.NextPoll >= _clock.Now.AddHours(2));

        _clock.Now = _clock.Now.AddHours(1);
        var waiting = PollOne();
        Assert.True(waiting.Waiting);
        Assert.Equal(1, _server.HitsOf("/feeds/busy"));
        Assert.Empty(_follower.Poll(dueOnly: true));
    }

    [Fact]
    public void The_interval_shortens_when_a_feed_brings_news_and_lengthens_when_it_does_not()
    {
        var feed = Follow("/feeds/rss-utf8.xml");
        var news = PollOne();
        Assert.Equal(feed.Interval / 2, news.Feed.Interval);
        Assert.Equal(_clock.Now + news.Feed.Interval, news.Feed.NextPoll);
        var none = PollOne();
        Assert.Equal(news.Feed.Interval * 1.5, none.Feed.Interval);
        Assert.Empty(_follower.Poll(dueOnly: true)); // nothing is due before its next poll
    }

    [Fact]
    public void A_page_that_names_its_feed_is_followed_by_the_feed()
    {
        var followed = _follower.Follow(_server.Url("/site.html"), null);
        Assert.Null(followed.Error);
        Assert.Equal(_server.Url("/feeds/rss-utf8.xml"), followed.Feed!.Url);
        Assert.Equal("وكالة الأولى: آخر الأخبار", followed.Feed.Name);
        var again = _follower.Follow(_server.Url("/feeds/rss-utf8.xml"), null);
        Assert.Null(again.Error);
        Assert.True(again.AlreadyFollowed);

        Assert.Contains("names no feed", _follower.Follow(_server.Url("/no-feed.html"), null).Error, StringComparison.Ordinal);
        Assert.Contains("not a readable feed", _follower.Follow(_server.Url("/feeds/malformed.xml"), null).Error, StringComparison.Ordinal);
        Assert.Single(_store.Feeds().Feeds());
    }

    [Fact]
    public void A_page_that_could_not_be_fetched_is_taken_on_the_next_poll_though_the_feed_has_not_changed()
    {
        const string Bare = """
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>موجز</title><link>http://example.invalid/</link>
            <item><title>انفجار سروج</title><link>/pages/blast-one.html</link></item>
            <item><title>نتائج أرامكو</title><link>/pages/economy.html</link></item>
            </channel></rss>
            """;
        _server.Routes["/feeds/bare.xml"] = FeedServer.Bytes(() => System.Text.Encoding.UTF8.GetBytes(Bare), "application/rss+xml", "\"bare-1\"");
        _server.Routes["/pages/economy.html"] = FeedServer.Status(503); // and the feed gives no summary to store instead
        Follow("/feeds/bare.xml");

        var first = PollOne();
        Assert.Equal(1, first.Added);
        Assert.Contains("economy.html", Assert.Single(first.ItemProblems), StringComparison.Ordinal);
        Assert.Null(first.Feed.ETag); // not validated: the next poll must read the items again

        _server.Routes["/pages/economy.html"] = FeedServer.File("economy.html", "text/html; charset=utf-8");
        var second = PollOne();
        Assert.Equal((1, 1), (second.Added, second.Known));
        Assert.Equal("\"bare-1\"", second.Feed.ETag);
        Assert.True(PollOne().Unchanged);
    }

    [Fact]
    public void A_cancelled_poll_abandons_the_page_in_flight_and_reads_the_feed_again_next_time()
    {
        using var stop = new CancellationTokenSource();
        _server.Routes["/pages/blast-one.html"] = async context =>
        {
            stop.Cancel(); // asked to stop while the first item's page is being fetched
            await FeedServer.File("blast-one.html", "text/html; charset=utf-8")(context);
        };
        Follow("/feeds/rss-utf8.xml");
        var outcome = Assert.Single(_follower.Poll(dueOnly: false, stop.Token));
        Assert.True(outcome.Interrupted);
        Assert.Equal(0, outcome.Added); // the page being fetched is abandoned: nothing was being written
        Assert.Null(outcome.Feed.ETag);

        var next = PollOne();
        Assert.Equal((2, 0), (next.Added, next.Known));
    }
}
