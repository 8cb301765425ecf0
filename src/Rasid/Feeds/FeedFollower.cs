using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Storing;

namespace Rasid.Feeds;

/// <summary>What following an address did: the feed followed (new, or followed already), or why none could be.</summary>
public sealed record FollowResult(FeedState? Feed, bool AlreadyFollowed, string? Error);

/// <summary>
/// Following feeds in one store: adding one (a feed's address, or a page that names its feed in a
/// &lt;link rel="alternate"&gt;) and polling them. One HTTP client for feeds and one for pages (the same bounds),
/// one <see cref="HostGate"/> for both, so that a feed's host and its items' hosts are each asked one thing at a time.
/// </summary>
public sealed class FeedFollower : IDisposable
{
    private readonly IFeedStore _feeds;
    private readonly FeedOptions _options;
    private readonly TimeProvider _clock;
    private readonly HttpClient _feedClient;
    private readonly HttpClient _pageClient;
    private readonly FeedFetcher _fetcher;
    private readonly FeedPoller _poller;

    public FeedFollower(IArticleStore store, RasidPipeline pipeline, FeedOptions options, TimeProvider clock)
    {
        _feeds = store.Feeds();
        _options = options;
        _clock = clock;
        _feedClient = PageFetcher.NewClient(options.Timeout);
        _pageClient = PageFetcher.NewClient(options.Timeout);
        _fetcher = new FeedFetcher(_feedClient, options, clock);
        Gate = new HostGate(options.HostGap, clock);
        _poller = new FeedPoller(store, pipeline, _fetcher, new PageFetcher(_pageClient), Gate, options, clock);
    }

    public HostGate Gate { get; }

    public IFeedStore Store => _feeds;

    /// <summary>Follows the feed at <paramref name="url"/>, or the one the page there names; checks that it reads as a feed first.</summary>
    public FollowResult Follow(string url, string? name, CancellationToken cancel = default)
    {
        var response = Gate.Run(url, () => _fetcher.Get(url, null, null, cancel), cancel);
        if (response.Failed)
        {
            return new FollowResult(null, false, $"{url}: {response.Error}");
        }

        string feedUrl = url;
        byte[] body = response.Body!;
        ParsedFeed parsed;
        try
        {
            parsed = FeedParser.Parse(body, feedUrl);
        }
        catch (FeedFormatException e)
        {
            // Not a feed: a page may name one (a feed's own summaries may hold HTML, so this is asked only after).
            if (!FeedParser.LooksLikePage(body))
            {
                return new FollowResult(null, false, $"{url}: {e.Message}");
            }

            if (FeedParser.Discover(body, url) is not { } named)
            {
                return new FollowResult(null, false, $"{url}: a web page that names no feed (no <link rel=\"alternate\"> of an RSS, Atom or JSON Feed type)");
            }

            feedUrl = named;
            response = Gate.Run(feedUrl, () => _fetcher.Get(feedUrl, null, null, cancel), cancel);
            if (response.Failed)
            {
                return new FollowResult(null, false, $"{feedUrl} (named by {url}): {response.Error}");
            }

            try
            {
                parsed = FeedParser.Parse(response.Body!, feedUrl);
            }
            catch (FeedFormatException notFeed)
            {
                return new FollowResult(null, false, $"{feedUrl} (named by {url}): {notFeed.Message}");
            }
        }

        var before = _feeds.FindFeed(feedUrl);
        var feed = _feeds.AddFeed(feedUrl, name ?? parsed.Title ?? new Uri(feedUrl).Host, _options.FirstInterval, _clock.GetUtcNow());
        return new FollowResult(feed, before is not null, null);
    }

    /// <summary>
    /// Polls the feeds that are not disabled, in the order added; with <paramref name="dueOnly"/> only those whose
    /// next poll has come. Each outcome is yielded once its feed is saved; a cancellation stops between feeds and items.
    /// </summary>
    public IEnumerable<PollOutcome> Poll(bool dueOnly, CancellationToken cancel = default)
    {
        foreach (var feed in _feeds.Feeds())
        {
            if (cancel.IsCancellationRequested)
            {
                yield break;
            }

            if (feed.Disabled || (dueOnly && feed.NextPoll > _clock.GetUtcNow()))
            {
                continue;
            }

            yield return _poller.Poll(feed, cancel);
        }
    }

    /// <summary>When the next enabled feed is due; null when none is followed.</summary>
    public DateTimeOffset? NextDue() =>
        _feeds.Feeds().Where(f => !f.Disabled).Select(f => (DateTimeOffset?)f.NextPoll).Min();

    public void Dispose()
    {
        _feedClient.Dispose();
        _pageClient.Dispose();
    }
}
