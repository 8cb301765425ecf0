using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Rasid.Queries;
using Rasid.Relating;
using Rasid.Storing;

namespace Rasid.Alerts;

/// <summary>
/// Alerts on claims: one for each conflicting or revised claim in a state not alerted before. A claim's state is its
/// identity (subject, metric, period), its status and the set of its values with their articles, so a claim that is
/// created, that becomes a conflict, or that a new article adds a value to, is a new state and one new alert; the same
/// state found again (a restart, another poll) is the same key and never a second alert.
/// </summary>
public static class ClaimAlerts
{
    public const string Kind = "claim";

    /// <summary>The statuses that alert.</summary>
    public static bool Alerts(Claim claim) => claim.Status is "conflict" or "revised";

    public static string Key(Claim claim)
    {
        var state = new StringBuilder();
        state.Append(claim.Status).Append('\u0001').Append(claim.Subject).Append('\u0001').Append(claim.Metric).Append('\u0001').Append(claim.Period);
        foreach (var v in claim.Values.Select(v => $"{v.Article}:{v.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}:{v.Max?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}:{v.Unit}").Order(StringComparer.Ordinal))
        {
            state.Append('\u0001').Append(v);
        }

        return "claim:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state.ToString())))[..32];
    }

    /// <summary>The alert for a claim in its present state: a line to print, and the JSON body a webhook receives (claim, values, sources).</summary>
    public static AlertRecord For(Claim claim, IReadOnlyDictionary<string, ArticleSummary> articles, DateTimeOffset now)
    {
        string Outlet(ClaimValue v) => AlertBody.Outlet(articles.GetValueOrDefault(v.Article), v.Source);

        var values = string.Join(" | ", claim.Values.Select(v => $"{Labels.Amount(v)} ({Outlet(v)}{(v.Published is null ? "" : "، " + Labels.Date(v.Published))})"));
        string line = $"alert: {Labels.Status(claim)} ({claim.Status}) · {claim.Subject} · {Labels.Metric(claim.Metric)}{(claim.Period is null ? "" : " · " + claim.Period)}: {values} [{claim.Id}]";

        string key = Key(claim);
        var body = new JsonObject
        {
            ["alert"] = key,
            ["kind"] = Kind,
            ["created"] = AlertBody.Stamp(now),
            ["claim"] = new JsonObject
            {
                ["id"] = claim.Id,
                ["status"] = claim.Status,
                ["subject"] = claim.Subject,
                ["metric"] = claim.Metric,
                ["metric_label"] = Labels.Metric(claim.Metric),
                ["period"] = claim.Period,
            },
            ["values"] = new JsonArray(claim.Values.Select(v => (JsonNode)new JsonObject
            {
                ["value"] = v.Value,
                ["max"] = v.Max,
                ["unit"] = v.Unit,
                ["qualifier"] = v.Qualifier,
                ["surface"] = v.Surface,
                ["as_written"] = Labels.Amount(v),
                ["article"] = v.Article,
                ["source"] = v.Source,
                ["outlet"] = Outlet(v),
                ["published"] = v.Published,
                ["sentence"] = v.Sentence,
            }).ToArray()),
            ["sources"] = new JsonArray(claim.Values.Select(v => v.Source).Distinct(StringComparer.Ordinal).Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()),
        };
        return new AlertRecord(key, Kind, line, body.ToJsonString(AlertBody.Json), now);
    }

}
