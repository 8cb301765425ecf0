using Rasid.Feeds;

namespace Rasid.Tests.Feeds;

/// <summary>Politeness: a host is asked one thing at a time, with a gap between; other hosts wait for nothing.</summary>
public sealed class HostGateTests
{
    [Fact]
    public void A_host_is_asked_again_only_after_the_gap()
    {
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var waits = new List<TimeSpan>();
        var gate = new HostGate(TimeSpan.FromSeconds(2), clock) { Wait = (span, _) => waits.Add(span) };
        gate.Run("http://a.example/1", () => 0);
        clock.Now += TimeSpan.FromSeconds(0.5);
        gate.Run("http://a.example/2", () => 0);
        Assert.Equal([TimeSpan.FromSeconds(1.5)], waits);

        gate.Run("http://b.example/1", () => 0); // another host: no wait
        clock.Now += TimeSpan.FromSeconds(5);
        gate.Run("http://a.example/3", () => 0); // the gap has passed
        Assert.Single(waits);
    }

    [Fact]
    public void Requests_to_one_host_never_overlap()
    {
        var gate = new HostGate(TimeSpan.Zero, TimeProvider.System);
        int inside = 0, most = 0;
        Parallel.For(0, 16, i => gate.Run("http://a.example/" + i, () =>
        {
            int now = Interlocked.Increment(ref inside);
            most = Math.Max(most, now);
            Thread.SpinWait(10_000);
            return Interlocked.Decrement(ref inside);
        }));
        Assert.Equal(1, most);
    }
}
