using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Rasid.Tests.Feeds;

/// <summary>
/// A real HTTP server on loopback serving the fixture feeds and pages (tests/Rasid.Tests/Data/fixtures/feeds), each
/// path's answer set by the test; it counts requests per path, records the headers asked with and the bodies POSTed,
/// and how many requests it held at once.
/// </summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _inFlight;

    private FeedServer(WebApplication app) => _app = app;

    public string Base { get; private set; } = "";

    /// <summary>What each path answers.</summary>
    public ConcurrentDictionary<string, RequestDelegate> Routes { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request's path with its If-None-Match, If-Modified-Since and User-Agent headers, in order.</summary>
    public ConcurrentQueue<(string Path, string? IfNoneMatch, string? IfModifiedSince, string UserAgent)> Requests { get; } = new();

    public ConcurrentQueue<(string Path, string Body, string? Key)> Posts { get; } = new();

    public int MostAtOnce { get; private set; }

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new FeedServer(builder.Build());
        server._app.Run(server.Answer);
        await server._app.StartAsync();
        server.Base = server._app.Urls.First();
        return server;
    }

    public string Url(string path) => Base + path;

    public int HitsOf(string path) => Hits.GetValueOrDefault(path);

    private async Task Answer(HttpContext context)
    {
        string path = context.Request.Path.Value ?? "/";
        int now = Interlocked.Increment(ref _inFlight);
        lock (Routes)
        {
            MostAtOnce = Math.Max(MostAtOnce, now);
        }

        try
        {
            Hits.AddOrUpdate(path, 1, (_, n) => n + 1);
            var headers = context.Request.Headers;
            Requests.Enqueue((path, headers.IfNoneMatch.FirstOrDefault(), headers.IfModifiedSince.FirstOrDefault(), headers.UserAgent.ToString()));
            if (HttpMethods.IsPost(context.Request.Method))
            {
                using var reader = new StreamReader(context.Request.Body);
                Posts.Enqueue((path, await reader.ReadToEndAsync(), headers["Idempotency-Key"].FirstOrDefault()));
            }

            if (Routes.TryGetValue(path, out var route))
            {
                await route(context);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public static byte[] Fixture(string name) => System.IO.File.ReadAllBytes(TestData.Fixture(Path.Combine("feeds", name)));

    /// <summary>Serves bytes with an ETag, answering 304 to a request that names it.</summary>
    public static RequestDelegate Bytes(Func<byte[]> body, string type, string? etag = null, bool honourValidators = true) => async context =>
    {
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
            if (honourValidators && context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = 304;
                return;
            }
        }

        context.Response.ContentType = type;
        await context.Response.Body.WriteAsync(body());
    };

    public static RequestDelegate File(string fixture, string type, string? etag = null) => Bytes(() => Fixture(fixture), type, etag);

    public static RequestDelegate Status(int status, string? retryAfter = null) => context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        return Task.CompletedTask;
    };

    /// <summary>The fixture pages under /pages/, the feed fixtures under /feeds/.</summary>
    public void ServeFixtures()
    {
        Routes["/pages/blast-one.html"] = File("blast-one.html", "text/html; charset=utf-8");
        Routes["/pages/blast-two.html"] = File("blast-two.html", "text/html; charset=utf-8");
        Routes["/pages/economy.html"] = File("economy.html", "text/html; charset=utf-8");
        Routes["/site.html"] = File("site.html", "text/html; charset=utf-8");
        Routes["/no-feed.html"] = File("no-feed.html", "text/html; charset=utf-8");
        Routes["/feeds/rss-utf8.xml"] = File("rss-utf8.xml", "application/rss+xml", "\"rss-1\"");
        Routes["/feeds/atom-1256.xml"] = File("atom-1256.xml", "application/atom+xml; charset=windows-1256", "\"atom-1\"");
        Routes["/feeds/feed.json"] = File("feed.json", "application/feed+json");
        Routes["/feeds/malformed.xml"] = File("malformed.xml", "application/rss+xml");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>A clock a test sets by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
