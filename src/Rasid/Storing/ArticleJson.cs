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
