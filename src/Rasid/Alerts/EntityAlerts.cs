using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Rasid.Analysis;
using Rasid.Queries;
using Rasid.Relating;
using Rasid.Storing;

namespace Rasid.Alerts;

/// <summary>
/// Alerts on a watched entity: one for each article that names it, the first time the article is seen naming it.
/// The key is the watched name's key (any spelling of it gives the same) and the article, so a restart or another
/// poll that finds the same article again records nothing new.
/// </summary>
public static class EntityAlerts
{
    public const string Kind = "entity";

    /// <summary>The row that says the articles naming <paramref name="watched"/> before the watch began were taken as its baseline.</summary>
    public static string BaselineKey(string watched) => "baseline:entity:" + NameKey.Of(watched);

    public static string Key(string watched, string article) =>
        "entity:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NameKey.Of(watched) + "\u0001" + article)))[..32];

    /// <summary>One alert per article of the timeline (its first mention entry): a line to print and the JSON body a webhook receives.</summary>
    public static IEnumerable<AlertRecord> For(string watched, EntityTimeline timeline, IReadOnlyDictionary<string, ArticleSummary> articles, DateTimeOffset now) =>
        timeline.Entries
            .Where(e => e.Kind == "mention")
            .DistinctBy(e => e.Article, StringComparer.Ordinal)
            .Select(e => For(watched, timeline.Entity, e, articles.GetValueOrDefault(e.Article), now));

    private static AlertRecord For(string watched, Extraction.ResolvedEntity entity, TimelineEntry entry, ArticleSummary? article, DateTimeOffset now)
    {
        string outlet = AlertBody.Outlet(article, entry.Source);
        string? published = article?.Published;
        string title = article?.Title ?? entry.Source;
        string line = $"alert: خبر جديد يذكر (entity) «{entity.Name}» · {title} ({outlet}{(published is null ? "" : "، " + Labels.Date(published))}) [{entry.Article}]";
        string key = Key(watched, entry.Article);
        var body = new JsonObject
        {
            ["alert"] = key,
            ["kind"] = Kind,
            ["created"] = AlertBody.Stamp(now),
            ["watched"] = watched,
            ["entity"] = new JsonObject { ["id"] = entity.Id, ["name"] = entity.Name, ["kind"] = entity.Kind },
            ["article"] = new JsonObject
            {
                ["id"] = entry.Article,
                ["title"] = article?.Title,
                ["source"] = entry.Source,
                ["outlet"] = outlet,
                ["published"] = published,
            },
            ["mention"] = entry.Text,
            ["sentence"] = entry.Sentence,
        };
        return new AlertRecord(key, Kind, line, body.ToJsonString(AlertBody.Json), now);
    }

}
