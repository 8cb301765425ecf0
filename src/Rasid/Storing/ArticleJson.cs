using System.Text.Encodings.Web;
using System.Text.Json;
using Rasid.Cleaning;

namespace Rasid.Storing;

/// <summary>JSON for list-valued columns and for exports: Arabic written as is, not as \u escapes.</summary>
public static class ArticleJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IReadOnlyList<string> StringList(string json) => JsonSerializer.Deserialize<List<string>>(json, Options) ?? [];

    public static IReadOnlyList<RemovedPiece> RemovedList(string json) => JsonSerializer.Deserialize<List<RemovedPiece>>(json, Options) ?? [];
}

/// <summary>
/// Reads an article row both stores select in the same column order (id, source, content_hash, title, authors,
/// published, via, ai_disclosure, text, removed, language, outlet); the AI flag is an integer in SQLite and a
/// boolean in PostgreSQL, which <see cref="System.Convert.ToBoolean(object)"/> reads alike.
/// </summary>
public static class ArticleRows
{
    public static StoredArticle Read(System.Data.Common.DbDataReader r)
    {
        string? Nullable(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var article = new CleanArticle(
            Nullable(3),
            ArticleJson.StringList(r.GetString(4)),
            Nullable(5),
            ArticleJson.StringList(r.GetString(6)),
            Convert.ToBoolean(r.GetValue(7), System.Globalization.CultureInfo.InvariantCulture),
            r.GetString(8),
            ArticleJson.RemovedList(r.GetString(9)),
            Nullable(10),
            Nullable(11));
        return new StoredArticle(r.GetString(0), r.GetString(1), r.GetString(2), article);
    }
}

/// <summary>The relation-state queries and row reader both stores share (their SQL is the same).</summary>
public static class RelationStateRows
{
    public const string SelectRows =
        "SELECT r.article_id, r.content_hash, r.version, r.stories, r.claims, a.content_hash FROM relation_state r LEFT JOIN articles a ON a.id = r.article_id ORDER BY r.seq";

    public const string SelectLinks = "SELECT link FROM relation_links ORDER BY seq";

    /// <summary>A row of <see cref="SelectRows"/>: stale when its article is gone or its content changed since.</summary>
    /// <summary>Every relation-state row the command selects (<see cref="SelectRows"/>), read as it is walked.</summary>
    public static IEnumerable<RelationRow> ReadAll(System.Data.Common.DbCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return Read(reader);
        }
    }

    public static RelationRow Read(System.Data.Common.DbDataReader reader)
    {
        string hash = reader.GetString(1);
        bool stale = reader.IsDBNull(5) || reader.GetString(5) != hash;
        return new RelationRow(reader.GetString(0), hash, reader.GetString(2), (byte[])reader.GetValue(3), (byte[])reader.GetValue(4), stale);
    }

    /// <summary>The links of <see cref="SelectLinks"/>, in order.</summary>
    public static IReadOnlyList<string> ReadLinks(System.Data.Common.DbCommand command)
    {
        var links = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            links.Add(reader.GetString(0));
        }

        return links;
    }
}
