using System.Collections.Concurrent;

namespace Rasid.Feeds;

/// <summary>
/// Politeness per host: one request at a time to a host, and at least <see cref="FeedOptions.HostGap"/> between the
/// end of one and the start of the next (feeds and their items' pages alike). Other hosts are not held up.
/// </summary>
public sealed class HostGate(TimeSpan gap, TimeProvider clock)
{
    private sealed class Host
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public DateTimeOffset? LastEnded { get; set; }
    }

    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How the gate waits out a gap (a test records the waits instead of sleeping).</summary>
    public Action<TimeSpan, CancellationToken> Wait { get; init; } = static (span, cancel) => cancel.WaitHandle.WaitOne(span);

    public T Run<T>(string url, Func<T> request, CancellationToken cancel = default)
    {
        var host = _hosts.GetOrAdd(new Uri(url).Authority, _ => new Host());
        host.Turn.Wait(cancel);
        try
        {
            if (host.LastEnded is { } ended && ended + gap - clock.GetUtcNow() is { } left && left > TimeSpan.Zero)
            {
                Wait(left, cancel);
                cancel.ThrowIfCancellationRequested();
            }

            return request();
        }
        finally
        {
            host.LastEnded = clock.GetUtcNow();
            host.Turn.Release();
        }
    }
}
