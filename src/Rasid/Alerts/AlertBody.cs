using System.Globalization;
using System.Text.Json;
using Rasid.Queries;

namespace Rasid.Alerts;

/// <summary>What every kind of alert writes alike: where a value or article comes from, when, and the JSON options of its body.</summary>
internal static class AlertBody
{
    public static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The outlet a reader knows a source by: the stored article's, else the web address's host, else the file's name.</summary>
    public static string Outlet(ArticleSummary? article, string source) =>
        article?.Outlet ?? (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal) ? uri.Host : Path.GetFileName(source));

    public static string Stamp(DateTimeOffset now) => now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
