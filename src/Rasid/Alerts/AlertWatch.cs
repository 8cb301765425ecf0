using Rasid.Extraction;
using Rasid.Queries;
using Rasid.Relating;
using Rasid.Storing;

namespace Rasid.Alerts;

/// <summary>A delivered alert: its line, and whether the webhook took it.</summary>
public sealed record Delivery(AlertRecord Alert, string? Error);

/// <summary>
/// Watching claims for alerts. <see cref="Check"/> relates what is new (the same incremental relating every claims
/// question runs), and records an alert for every conflicting or revised claim in a state not recorded before, in
/// one transaction; <see cref="Deliver"/> sends what is recorded and not sent, and marks each sent after it was
/// delivered. So a restart finds the claims again, records nothing twice, and delivers whatever was recorded and not
/// delivered. The first check in a store records the claims already there as its baseline: watching alerts on what
/// changes from then on, not on every old conflict.
/// With watched entities, only claims about them or naming them where a value is stated alert (as `rasid claims --entity`),
/// and every new article naming one of them alerts once (<see cref="EntityAlerts"/>).
/// </summary>
public sealed class AlertWatch(IArticleStore store, Extractors extractors, IReadOnlyList<string> entities, TimeProvider clock)
{
    /// <summary>The row that says the baseline was taken (recorded with it, in its transaction).</summary>
    public const string BaselineKey = "baseline:claims";

    private readonly IFeedStore _feeds = store.Feeds();

    /// <summary>Records the alerts the store's claims (and the watched entities' articles) call for now; returns how many are new.</summary>
    public int Check()
    {
        var queries = new NewsQueries(store, extractors);
        var now = clock.GetUtcNow();
        var articles = queries.Summaries(queries.Claims(new ClaimsFilter()).Claims);
        return CheckClaims(queries, articles, now) + entities.Sum(e => CheckEntity(queries, e, now));
    }

    private int CheckClaims(NewsQueries queries, IReadOnlyDictionary<string, ArticleSummary> articles, DateTimeOffset now)
    {
        if (!_feeds.HasAlert(BaselineKey))
        {
            var baseline = queries.Claims(new ClaimsFilter()).Claims.Where(ClaimAlerts.Alerts)
                .Select(c => ClaimAlerts.For(c, articles, now) with { Kind = "baseline", Sent = now })
                .Append(new AlertRecord(BaselineKey, "baseline", "baseline", "{}", now) { Sent = now })
                .ToList();
            _feeds.RecordAlerts(baseline);
            return 0;
        }

        IEnumerable<Claim> claims = entities.Count == 0
            ? queries.Claims(new ClaimsFilter()).Claims
            : entities.SelectMany(e => queries.Claims(new ClaimsFilter(Entity: e)).Claims).DistinctBy(c => c.Id, StringComparer.Ordinal);
        return _feeds.RecordAlerts(claims.Where(ClaimAlerts.Alerts).Select(c => ClaimAlerts.For(c, articles, now)).ToList());
    }

    /// <summary>
    /// An alert per article naming the watched entity (any spelling, as its timeline finds it). The articles already
    /// naming it when the entity is first watched are its baseline, so watching a new name does not replay the archive.
    /// </summary>
    private int CheckEntity(NewsQueries queries, string watched, DateTimeOffset now)
    {
        // Every article naming it, not a timeline's newest page: an undated or backfilled article is news to the watcher too.
        var found = queries.Timeline(watched, int.MaxValue) is { } timeline
            ? EntityAlerts.For(watched, timeline, queries.Summaries(timeline.Entries.Select(e => e.Article)), now).ToList()
            : [];
        string baselineKey = EntityAlerts.BaselineKey(watched);
        if (!_feeds.HasAlert(baselineKey))
        {
            _feeds.RecordAlerts([.. found.Select(a => a with { Kind = "baseline", Sent = now }), new AlertRecord(baselineKey, "baseline", "baseline", "{}", now) { Sent = now }]);
            return 0;
        }

        return _feeds.RecordAlerts(found);
    }

    /// <summary>Sends every recorded alert not sent yet, in the order recorded: to the webhook when there is one, then marked sent.</summary>
    public IEnumerable<Delivery> Deliver(AlertWebhook? webhook, CancellationToken cancel = default)
    {
        foreach (var alert in _feeds.PendingAlerts())
        {
            if (cancel.IsCancellationRequested)
            {
                yield break;
            }

            string? error = webhook?.Post(alert.Key, alert.Body, cancel);
            if (error is null)
            {
                _feeds.MarkAlertSent(alert.Key, clock.GetUtcNow());
            }
            else
            {
                _feeds.MarkAlertFailed(alert.Key, error);
            }

            yield return new Delivery(alert, error);
        }
    }
}
