using Rasid.Storing;

namespace Rasid.Feeds;

/// <summary>
/// When a feed is polled next. A poll that brought new articles halves the interval, one that brought none makes it
/// half as long again, within <see cref="FeedOptions.MinInterval"/> and <see cref="FeedOptions.MaxInterval"/>: a feed
/// is read about as often as it brings news. A failure waits the interval doubled for each failure in a row (at most
/// <see cref="FeedOptions.MaxBackoff"/>), or longer when the server said so (Retry-After); after
/// <see cref="FeedOptions.DisableAfter"/> failures in a row the feed is disabled.
/// </summary>
public static class FeedSchedule
{
    public static FeedState AfterSuccess(FeedState feed, FeedOptions options, DateTimeOffset now, int status, int added)
    {
        var interval = added > 0 ? feed.Interval / 2 : feed.Interval * 1.5;
        interval = Clamp(interval, options.MinInterval, options.MaxInterval);
        return feed with
        {
            Interval = interval,
            NextPoll = now + interval,
            LastPoll = now,
            LastStatus = status,
            LastError = null,
            LastNew = added,
            TotalNew = feed.TotalNew + added,
            Failures = 0,
            RetryAfter = null,
        };
    }

    public static FeedState AfterFailure(FeedState feed, FeedOptions options, DateTimeOffset now, int? status, string error, DateTimeOffset? retryAfter)
    {
        int failures = feed.Failures + 1;
        double factor = Math.Pow(2, Math.Min(failures, 20));
        var backoff = TimeSpan.FromSeconds(Math.Min(feed.Interval.TotalSeconds * factor, options.MaxBackoff.TotalSeconds));
        var next = now + backoff;
        if (retryAfter is { } asked && asked > next)
        {
            next = asked;
        }

        return feed with
        {
            NextPoll = next,
            LastPoll = now,
            LastStatus = status,
            LastError = error,
            LastNew = 0,
            Failures = failures,
            TotalFailures = feed.TotalFailures + 1,
            RetryAfter = retryAfter,
            Disabled = failures >= options.DisableAfter,
        };
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;
}
