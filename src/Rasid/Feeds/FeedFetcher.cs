using System.Net;
using System.Net.Http.Headers;
using Rasid.Reading;

namespace Rasid.Feeds;

/// <summary>What one request for a feed brought: a body, "not modified", or a failure with the status when one came.</summary>
public sealed record FeedResponse(int? Status, byte[]? Body, string? ETag, string? LastModified, DateTimeOffset? RetryAfter, string? Error)
{
    public bool NotModified => Status == (int)HttpStatusCode.NotModified;

    public bool Failed => Error is not null;
}

/// <summary>
/// A conditional GET of a feed (If-None-Match / If-Modified-Since from the last answer), with the client every Rasid
/// request uses (<see cref="PageFetcher.NewClient"/>: a User-Agent naming Rasid, a timeout, a few redirects), a size cap
/// on the body and the server's Retry-After read. Every failure is an answer with one line, never an exception, but a
/// cancellation the caller asked for.
/// </summary>
public sealed class FeedFetcher(HttpClient http, FeedOptions options, TimeProvider clock)
{
    private const string Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1";

    public FeedResponse Get(string url, string? etag, string? lastModified, CancellationToken cancel = default)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        bounded.CancelAfter(options.Timeout); // the whole exchange, the body's reading included
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd(Accept);
            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (lastModified is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            using var response = http.Send(request, HttpCompletionOption.ResponseHeadersRead, bounded.Token);
            int status = (int)response.StatusCode;
            string? newTag = response.Headers.ETag?.ToString();
            string? modified = response.Content.Headers.LastModified?.ToString("R");
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FeedResponse(status, null, newTag ?? etag, modified ?? lastModified, null, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                // A redirect answer here is one the client would not follow further: a loop, or too many hops.
                string why = status is >= 300 and < 400 ? " (too many redirects)" : "";
                return new FeedResponse(status, null, null, null, RetryAfter(response.Headers.RetryAfter), $"HTTP {status} {response.ReasonPhrase}".TrimEnd() + why);
            }

            if (response.Content.Headers.ContentLength > options.MaxFeedBytes)
            {
                return TooLarge(status);
            }

            return PageFetcher.ReadBounded(response, options.MaxFeedBytes, bounded.Token) is { } body
                ? new FeedResponse(status, body, newTag, modified, null, null)
                : TooLarge(status);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            return new FeedResponse(null, null, null, null, null, PageFetcher.WhyNot(e, options.Timeout));
        }
    }

    private FeedResponse TooLarge(int status) => new(status, null, null, null, null, $"feed is over {options.MaxFeedBytes / (1024 * 1024)} MB");

    private DateTimeOffset? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Date ?? (header?.Delta is { } delta ? clock.GetUtcNow() + delta : null);
}
