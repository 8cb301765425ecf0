using System.Net;

namespace Rasid.Reading;

/// <summary>
/// Fetches one web page to clean like any HTML file (`rasid ingest URL`): a bounded GET that names Rasid in its
/// User-Agent, follows a few redirects, gives up after a timeout and never holds more than an article file's limit.
/// Every failure is one line for the user (HTTP status, timeout, too large, not HTML or text), never an exception.
/// </summary>
public sealed class PageFetcher(HttpClient http)
{
    /// <summary>The User-Agent every request sends: the tool and its purpose, so a site's operator knows who reads.</summary>
    public const string UserAgent = "Rasid/0.9 (Arabic news monitor; +https://github.com/rasid)";

    private static readonly Lazy<PageFetcher> Shared = new(() => new PageFetcher(NewClient(TimeSpan.FromSeconds(30))));

    /// <summary>The fetcher ingest uses: one client for the process.</summary>
    public static PageFetcher Default => Shared.Value;

    public static HttpClient NewClient(TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = timeout,
        };
        var client = new HttpClient(handler) { Timeout = timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
        return client;
    }

    /// <summary>Whether a path given to ingest is a web address.</summary>
    public static bool IsUrl(string path) =>
        Uri.TryCreate(path, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Fetches one page; a cancellation (Ctrl-C on a poll) ends a request in flight by throwing, not as a failed page.</summary>
    public ReadResult Fetch(string url, CancellationToken cancel = default)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = http.Send(request, HttpCompletionOption.ResponseHeadersRead, cancel);
            if (!response.IsSuccessStatusCode)
            {
                return ReadResult.Failed(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            }

            string? type = response.Content.Headers.ContentType?.MediaType;
            if (type is not null && !type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) && !type.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return ReadResult.Failed(url, $"not a page: the server sent {type}");
            }

            long limit = SourceReader.MaxArticleFileBytes;
            if (response.Content.Headers.ContentLength > limit)
            {
                return ReadResult.Failed(url, $"page is over {limit / (1024 * 1024)} MB");
            }

            if (ReadBounded(response, limit, cancel) is not { } bytes)
            {
                return ReadResult.Failed(url, $"page is over {limit / (1024 * 1024)} MB");
            }

            var (text, _) = TextDecoder.Decode(bytes);
            bool html = type?.Contains("html", StringComparison.OrdinalIgnoreCase) == true || SourceReader.LooksLikeHtml(text);
            return ReadResult.Ok(new RawDocument(url, text, html ? DocumentFormat.Html : DocumentFormat.PlainText));
        }
        catch (InputException e)
        {
            return ReadResult.Failed(url, e.Message);
        }
        catch (Exception e) when (e is TaskCanceledException or HttpRequestException or IOException && !cancel.IsCancellationRequested)
        {
            return ReadResult.Failed(url, WhyNot(e, http.Timeout));
        }
    }

    /// <summary>
    /// A response's body, read until it ends or passes <paramref name="limit"/> bytes (then null): a server's
    /// Content-Length is not trusted to stop it. <paramref name="cancel"/> also bounds the reading, which the client's
    /// timeout does not once the headers are in (a server that trickles its body).
    /// </summary>
    public static byte[]? ReadBounded(HttpResponseMessage response, long limit, CancellationToken cancel = default)
    {
        using var body = response.Content.ReadAsStream(cancel);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = body.ReadAsync(chunk, cancel).AsTask().GetAwaiter().GetResult()) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Why a request failed, in one line: a timeout, or what the connection said.</summary>
    public static string WhyNot(Exception e, TimeSpan timeout) => e is OperationCanceledException
        ? $"no answer within {timeout.TotalSeconds:0.#} s"
        : "cannot fetch: " + e.Message.ReplaceLineEndings(" ");
}
