using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rasid.Extraction;
using Rasid.Queries;
using Rasid.Storing;

namespace Rasid.Web;

/// <summary>How `rasid serve` runs: where it listens, and whether it takes articles over HTTP.</summary>
/// <param name="Urls">Where to listen; loopback unless the user says otherwise.</param>
/// <param name="IngestToken">When set, POST /api/v1/articles stores articles sent with this bearer token; otherwise the server is read-only.</param>
/// <param name="SearchesPerSecond">How many searches one client address may make a second (a burst of as many): a person typing makes a few; more is a crawler.</param>
public sealed record WebOptions(string Urls = "http://127.0.0.1:5080", string? IngestToken = null, int SearchesPerSecond = 20);

/// <summary>
/// Rasid on the web: the HTTP JSON API under /api/v1 and the right-to-left web UI, in one process, answering
/// from the same query layer as the command line.
/// </summary>
public static class RasidWeb
{
    /// <summary>The rate-limit policy of search, per client address (<see cref="WebOptions.SearchesPerSecond"/>).</summary>
    public const string SearchPolicy = "search";

    public static WebApplication Build(WebOptions options, Func<IArticleStore> openStore, Extractors extractors)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Rasid.Web" });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new QueryHost(openStore, extractors));
        builder.Services.AddSingleton(options);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Rasid (راصد) API";
            document.Info.Description = "Arabic news intelligence: search, articles with their facts, entities and timelines, stories, claims compared across sources.";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping; // Arabic as Arabic, not \u0627…
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SearchPolicy, context => RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.SearchesPerSecond,
                TokensPerPeriod = options.SearchesPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
            }));
        });

        var app = builder.Build();
        app.UseExceptionHandler(errors => errors.Run(async context =>
        {
            // One clear problem, never a stack trace: the cause's message when it is the user's input, a generic line otherwise.
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var (status, title) = error switch
            {
                Reading.InputException e => (StatusCodes.Status400BadRequest, e.Message),
                Storing.StoreException e => (StatusCodes.Status503ServiceUnavailable, e.Message),
                BadHttpRequestException e => (StatusCodes.Status400BadRequest, e.Message),
                OperationCanceledException => (499, "the request was cancelled"),
                _ => (StatusCodes.Status500InternalServerError, "the server could not answer this request"),
            };
            await Results.Problem(title: title, statusCode: status).ExecuteAsync(context);
        }));
        app.UseStatusCodePages(async context =>
        {
            if (context.HttpContext.Response.ContentLength is null && !context.HttpContext.Response.HasStarted)
            {
                await Results.Problem(statusCode: context.HttpContext.Response.StatusCode, title: context.HttpContext.Response.StatusCode == 404 ? "no such page or endpoint" : null)
                    .ExecuteAsync(context.HttpContext);
            }
        });
        app.UseRateLimiter();

        app.MapOpenApi("/api/{documentName}/openapi.json");
        ApiEndpoints.Map(app.MapGroup("/api/v1"), options);
        MapUi(app);
        return app;
    }

    /// <summary>The web UI: one page and its script and style, embedded in this assembly.</summary>
    private static void MapUi(WebApplication app)
    {
        static IResult File(string name, string contentType) =>
            Results.Text(Embedded(name), contentType, Encoding.UTF8);

        app.MapGet("/", () => File("index.html", "text/html; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/app.js", () => File("app.js", "text/javascript; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/app.css", () => File("app.css", "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/api", () => File("api.html", "text/html; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/fonts/{name}", (string name) => name.EndsWith(".woff2", StringComparison.Ordinal) && EmbeddedBytes(name) is { } font
                ? Results.Bytes(font, "font/woff2")
                : name == "OFL.txt" ? File("OFL.txt", "text/plain; charset=utf-8") : Results.NotFound())
            .ExcludeFromDescription();
    }

    private static readonly Dictionary<string, string> EmbeddedCache = new(StringComparer.Ordinal);

    internal static string Embedded(string name)
    {
        lock (EmbeddedCache)
        {
            if (!EmbeddedCache.TryGetValue(name, out string? text))
            {
                using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Rasid.Web.wwwroot." + name)
                    ?? throw new InvalidOperationException($"the web UI file {name} is not embedded");
                using var reader = new StreamReader(stream, Encoding.UTF8);
                EmbeddedCache[name] = text = reader.ReadToEnd();
            }

            return text;
        }
    }

    private static byte[]? EmbeddedBytes(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Rasid.Web.wwwroot." + name);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>A 400 problem naming the parameter at fault.</summary>
    internal static ProblemHttpResult BadParameter(string name, string detail) =>
        TypedResults.Problem(title: $"bad parameter '{name}'", detail: detail, statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = name });

    /// <summary>A 404 problem saying what was not found.</summary>
    internal static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(title: what, statusCode: StatusCodes.Status404NotFound);
}
