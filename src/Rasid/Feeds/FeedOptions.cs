namespace Rasid.Feeds;

/// <summary>
/// How feeds are polled: the bounds of every request (timeout, size), the politeness owed each host, the bounds the
/// adaptive interval keeps to and when a failing feed is given up. Tests shorten the times; no test waits on them.
/// </summary>
public sealed record FeedOptions
{
    /// <summary>Every request (feed or page) gives up after this.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A feed larger than this is refused (pages keep the article limit, <see cref="Reading.SourceReader.MaxArticleFileBytes"/>).</summary>
    public long MaxFeedBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>At least this long between the end of one request to a host and the start of the next.</summary>
    public TimeSpan HostGap { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A new feed is polled this often until its items say otherwise.</summary>
    public TimeSpan FirstInterval { get; init; } = TimeSpan.FromMinutes(15);

    public TimeSpan MinInterval { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromHours(6);

    /// <summary>A failing feed waits at most this long before it is tried again (the backoff's ceiling; a Retry-After may ask for longer).</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(12);

    /// <summary>A feed that failed this many polls in a row is disabled.</summary>
    public int DisableAfter { get; init; } = 10;

    /// <summary>The interval bounds kept within <paramref name="min"/>; the first interval and the ceiling move up to it if they are below.</summary>
    public FeedOptions WithMinInterval(TimeSpan min) => this with
    {
        MinInterval = min,
        FirstInterval = FirstInterval < min ? min : FirstInterval,
        MaxInterval = MaxInterval < min ? min : MaxInterval,
    };
}
