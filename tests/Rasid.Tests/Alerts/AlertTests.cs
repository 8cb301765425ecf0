using Microsoft.AspNetCore.Http;
using Rasid.Alerts;
using Rasid.Relating;
using Rasid.Tests.Feeds;

namespace Rasid.Tests.Alerts;

/// <summary>Alert keys follow a claim's state; the webhook retries what fails and gives up on what is refused.</summary>
public sealed class AlertTests : IAsyncLifetime
{
    private FeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static ClaimValue Value(string article, double value) =>
        new(article, "https://example.org/" + article, "2015-07-20T10:00", value, null, "person", "exact", $"{value} شخصا", $"أسفر عن مقتل {value} شخصا", 0, 5, 1);

    private static Claim Toll(string status, params ClaimValue[] values) => new("claim-سروج-deaths-27", "سروج", "deaths", null, status, values);

    [Fact]
    public void A_claims_key_changes_with_its_status_and_values_and_with_nothing_else()
    {
        var conflict = Toll("conflict", Value("a", 27), Value("b", 30));
        Assert.Equal(ClaimAlerts.Key(conflict), ClaimAlerts.Key(Toll("conflict", Value("b", 30), Value("a", 27))));
        Assert.Equal(ClaimAlerts.Key(conflict), ClaimAlerts.Key(conflict with { Id = "claim-سروج-deaths-27~2" }));
        Assert.NotEqual(ClaimAlerts.Key(conflict), ClaimAlerts.Key(Toll("revised", Value("a", 27), Value("b", 30))));
        Assert.NotEqual(ClaimAlerts.Key(conflict), ClaimAlerts.Key(Toll("conflict", Value("a", 27), Value("b", 30), Value("c", 31))));
        Assert.True(ClaimAlerts.Alerts(conflict));
        Assert.False(ClaimAlerts.Alerts(Toll("agreed", Value("a", 27), Value("b", 27))));
    }

    [Fact]
    public void An_alerts_line_and_body_give_the_claim_its_values_and_their_sources()
    {
        var alert = ClaimAlerts.For(Toll("conflict", Value("a", 27), Value("b", 30)), new Dictionary<string, Rasid.Queries.ArticleSummary>(), DateTimeOffset.UnixEpoch);
        Assert.StartsWith("alert: متعارضة (conflict) · سروج", alert.Line, StringComparison.Ordinal);
        Assert.Contains("27", alert.Line, StringComparison.Ordinal);
        Assert.Contains("30", alert.Line, StringComparison.Ordinal);
        using var body = System.Text.Json.JsonDocument.Parse(alert.Body);
        var root = body.RootElement;
        Assert.Equal("conflict", root.GetProperty("claim").GetProperty("status").GetString());
        Assert.Equal([27.0, 30.0], root.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetDouble()));
        Assert.Equal(["https://example.org/a", "https://example.org/b"], root.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void The_webhook_retries_a_failing_receiver_and_sends_the_key()
    {
        int calls = 0;
        _server.Routes["/hook"] = context =>
        {
            context.Response.StatusCode = ++calls < 3 ? 500 : 204;
            return Task.CompletedTask;
        };
        var waits = new List<int>();
        var hook = new AlertWebhook(new HttpClient(), new Uri(_server.Url("/hook"))) { Wait = (n, _) => waits.Add(n) };
        Assert.Null(hook.Post("claim:k", "{\"x\":1}"));
        Assert.Equal(3, calls);
        Assert.Equal([1, 2], waits);
        Assert.All(_server.Posts, p => Assert.Equal(("claim:k", "{\"x\":1}"), (p.Key, p.Body)));
    }

    [Fact]
    public void The_webhook_gives_up_after_its_attempts_and_at_once_on_a_refusal()
    {
        _server.Routes["/down"] = FeedServer.Status(503);
        _server.Routes["/refuses"] = FeedServer.Status(400);
        var down = new AlertWebhook(new HttpClient(), new Uri(_server.Url("/down"))) { Wait = (_, _) => { } };
        Assert.Equal("HTTP 503 Service Unavailable", down.Post("k", "{}"));
        Assert.Equal(4, _server.HitsOf("/down"));
        var refuses = new AlertWebhook(new HttpClient(), new Uri(_server.Url("/refuses"))) { Wait = (_, _) => { } };
        Assert.StartsWith("HTTP 400", refuses.Post("k", "{}"), StringComparison.Ordinal);
        Assert.Equal(1, _server.HitsOf("/refuses"));
    }
}
