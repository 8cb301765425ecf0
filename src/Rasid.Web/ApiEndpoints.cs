using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Rasid.Exporting;
using Rasid.Queries;
using Rasid.Searching;

namespace Rasid.Web;

/// <summary>
/// The endpoints under /api/v1: each reads and checks its parameters, asks the query layer, and turns the answer
/// into the API's records. Parameters are read as text and checked here, so a bad one is a 400 naming it, never a
/// framework error.
/// </summary>
internal static class ApiEndpoints
{
    public static void Map(RouteGroupBuilder api, WebOptions options)
    {
        api.MapGet("/health", () => TypedResults.Ok(new HealthView("ok", typeof(ApiEndpoints).Assembly.GetName().Version?.ToString() ?? "")))
            .WithSummary("Whether the server answers");

        api.MapGet("/stats", async (QueryHost host, CancellationToken cancel) => TypedResults.Ok(await host.Ask(q => q.Stats(), cancel)))
            .WithSummary("Counts over the store");

        api.MapGet("/search", Search).RequireRateLimiting(RasidWeb.SearchPolicy)
            .WithSummary("Full-text search over stored articles, in any spelling; ranked, paged, with highlighted snippets");

        api.MapGet("/analyze", Analyze)
            .WithSummary("Each token of a text as indexing and search see it: normalized form, index terms, name key, other-script spellings a search also matches, or why it is not indexed");

        api.MapGet("/articles/{id}", Article).WithSummary("One article: clean text, metadata, entities, figures, dates and quotes with offsets, removed pieces with reasons");

        api.MapGet("/entities", Entities).WithSummary("Entities the articles name, every spelling merged, most mentioned first");

        api.MapGet("/entities/{name}", Entity).WithSummary("One entity by any of its names, with its spellings and its timeline, newest first");

        api.MapGet("/stories", Stories).WithSummary("Stories (duplicates, rewrites, reports of one event), largest first, with sizes, outlets and dates");

        api.MapGet("/stories/{id}", Story).WithSummary("One story with its articles and the links between them");

        api.MapGet("/claims", Claims).WithSummary("Figures about one quantity compared across sources: agreed, conflicting or revised, each value with its source and sentence");

        api.MapGet("/export/claims.jsonl", async (QueryHost host, CancellationToken cancel) =>
                Results.Text(await host.Ask(q => Lines(q.Claims(new ClaimsFilter()).Claims.Select(JsonlExporter.ClaimRecord)), cancel), "application/x-ndjson", Encoding.UTF8))
            .WithSummary("Every claim as JSON Lines (the export contract's claim records)");

        api.MapGet("/export/claims.csv", async (QueryHost host, CancellationToken cancel) =>
                Results.Text(await host.Ask(ClaimsCsv, cancel), "text/csv", Encoding.UTF8))
            .WithSummary("Every claim value as a CSV row: claim, status, subject, metric, period, value, unit, source, published, sentence");

        api.MapGet("/export/stories.jsonl", async (QueryHost host, CancellationToken cancel) =>
                Results.Text(await host.Ask(q => Lines(q.Related().Relations.Stories.Select(JsonlExporter.StoryRecord)), cancel), "application/x-ndjson", Encoding.UTF8))
            .WithSummary("Every story as JSON Lines (the export contract's story records)");

        api.MapPost("/articles", (HttpRequest request, QueryHost host, CancellationToken cancel) => Ingest(request, host, options, cancel))
            .WithSummary("Store one article sent as the body (text/plain or text/html); only when the server was started with --allow-ingest, with its token");
    }

    private static Results<Ok<IReadOnlyList<ExplainedToken>>, ProblemHttpResult> Analyze(string? text, QueryHost host)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 10_000)
        {
            return RasidWeb.BadParameter("text", "give the text to analyze (at most 10,000 characters)");
        }

        return TypedResults.Ok(TextExplainer.Explain(text, host.Gazetteer));
    }

    private static async Task<Results<Ok<SearchView>, ProblemHttpResult>> Search(
        string? q, string? limit, string? offset, string? outlet, string? from, string? to, string? entity, string? conflicts, string? exact, QueryHost host, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return RasidWeb.BadParameter("q", "give the words to search for");
        }

        if ((Whole(limit, 1, 100, "limit") ?? Whole(offset, 0, NewsQueries.MaxHits - 1, "offset") ?? Day(from, "from") ?? Day(to, "to")) is { } bad)
        {
            return bad;
        }

        if (conflicts is not (null or "true" or "false"))
        {
            return RasidWeb.BadParameter("conflicts", "conflicts must be true or false");
        }

        if (exact is not (null or "true" or "false"))
        {
            return RasidWeb.BadParameter("exact", "exact must be true or false");
        }

        var filter = new SearchFilter(q, Parse(limit, 10), Parse(offset, 0), Blank(outlet), Blank(from), Blank(to), Blank(entity), conflicts == "true", exact == "true");
        var answer = await host.Search(filter, cancel);
        if (answer.Result.Query.IsEmpty)
        {
            return RasidWeb.BadParameter("q", answer.Result.Note ?? "the query has no searchable words");
        }

        return TypedResults.Ok(Views.Search(answer, filter));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Null when absent, empty or a date written yyyy-MM-dd; otherwise the 400 naming the parameter.</summary>
    private static ProblemHttpResult? Day(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) || DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : RasidWeb.BadParameter(name, $"{name} must be a date written yyyy-MM-dd");

    private static async Task<Results<Ok<ArticleView>, ProblemHttpResult>> Article(string id, QueryHost host, CancellationToken cancel)
    {
        var answer = await host.Ask(q => q.Article(id), cancel);
        return answer is null ? RasidWeb.NotFound($"no stored article has id or source '{id}'") : TypedResults.Ok(Views.Article(answer));
    }

    private static async Task<Results<Ok<List<EntityView>>, ProblemHttpResult>> Entities(string? kind, string? limit, QueryHost host, CancellationToken cancel)
    {
        if (kind is not null && !NewsQueries.EntityKinds.Contains(kind))
        {
            return RasidWeb.BadParameter("kind", "one of: " + string.Join(", ", NewsQueries.EntityKinds));
        }

        if (Whole(limit, 1, 10_000, "limit") is { } bad)
        {
            return bad;
        }

        var entities = await host.Ask(q => q.Entities(new EntitiesFilter(kind, Parse(limit, 100))), cancel);
        return TypedResults.Ok(entities.Select(Views.Entity).ToList());
    }

    private static async Task<Results<Ok<EntityTimelineView>, ProblemHttpResult>> Entity(string name, string? limit, QueryHost host, CancellationToken cancel)
    {
        if (Whole(limit, 1, 10_000, "limit") is { } bad)
        {
            return bad;
        }

        var timeline = await host.Ask(q => q.Timeline(name), cancel);
        return timeline is null ? RasidWeb.NotFound($"no stored article names '{name}'") : TypedResults.Ok(Views.Timeline(timeline, Parse(limit, 100)));
    }

    private static async Task<Results<Ok<StoriesView>, ProblemHttpResult>> Stories(string? kind, string? limit, QueryHost host, CancellationToken cancel)
    {
        if (kind is not null && !NewsQueries.StoryKinds.Contains(kind))
        {
            return RasidWeb.BadParameter("kind", "one of: " + string.Join(", ", NewsQueries.StoryKinds));
        }

        if (Whole(limit, 1, 10_000, "limit") is { } bad)
        {
            return bad;
        }

        return TypedResults.Ok(await host.Ask(q =>
        {
            var answer = q.Stories(new StoriesFilter(kind, Parse(limit, 50)));
            return new StoriesView(answer.Total, answer.Stories.Select(s => Views.Story(q.Overview(s))).ToList());
        }, cancel));
    }

    private static async Task<Results<Ok<StoryDetailView>, ProblemHttpResult>> Story(string id, QueryHost host, CancellationToken cancel)
    {
        var view = await host.Ask(q =>
        {
            if (q.Story(id) is not { } story)
            {
                return null;
            }

            var members = story.Articles.ToHashSet(StringComparer.Ordinal);
            var inStory = q.Claims(new ClaimsFilter()).Claims.Where(c => c.Values.Any(v => members.Contains(v.Article))).ToList();
            var articles = q.Summaries(inStory);
            var claims = inStory.Select(c => Views.Claim(c, articles)).ToList();
            return new StoryDetailView(Views.Story(q.Overview(story)), story.Links.Select(Views.Link).ToList(), claims);
        }, cancel);
        return view is null ? RasidWeb.NotFound($"no story has id '{id}'") : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<ClaimsView>, ProblemHttpResult>> Claims(string? status, string? entity, string? limit, QueryHost host, CancellationToken cancel)
    {
        if (status is not null && !NewsQueries.ClaimStatuses.Contains(status))
        {
            return RasidWeb.BadParameter("status", "one of: " + string.Join(", ", NewsQueries.ClaimStatuses));
        }

        if (Whole(limit, 1, 100_000, "limit") is { } bad)
        {
            return bad;
        }

        return TypedResults.Ok(await host.Ask(q =>
        {
            var answer = q.Claims(new ClaimsFilter(status, string.IsNullOrWhiteSpace(entity) ? null : entity, Parse(limit, 200)));
            var articles = q.Summaries(answer.Claims);
            return new ClaimsView(answer.Total, answer.Conflicting, answer.Revised, answer.Agreed, answer.Claims.Select(c => Views.Claim(c, articles)).ToList());
        }, cancel));
    }

    private static async Task<Results<Created<ArticleSummary>, Ok<ArticleSummary>, ProblemHttpResult>> Ingest(HttpRequest request, QueryHost host, WebOptions options, CancellationToken cancel)
    {
        if (options.IngestToken is null)
        {
            return TypedResults.Problem(title: "this server is read-only: start it with --allow-ingest to store articles over HTTP", statusCode: StatusCodes.Status403Forbidden);
        }

        string expected = "Bearer " + options.IngestToken;
        if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(request.Headers.Authorization.ToString()), Encoding.UTF8.GetBytes(expected)))
        {
            return TypedResults.Problem(title: "a bearer token is needed: the one printed when the server started", statusCode: StatusCodes.Status401Unauthorized);
        }

        string? source = request.Query["source"];
        if (string.IsNullOrWhiteSpace(source))
        {
            return RasidWeb.BadParameter("source", "name the article's source (its URL or file name)");
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        string body = await reader.ReadToEndAsync(cancel);
        if (string.IsNullOrWhiteSpace(body))
        {
            return TypedResults.Problem(title: "the request body is empty: send the article's text or HTML", statusCode: StatusCodes.Status400BadRequest);
        }

        var format = request.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true ? Reading.DocumentFormat.Html : Reading.DocumentFormat.PlainText;
        var (outcome, summary) = await host.Ask(q =>
        {
            var processed = Pipeline.RasidPipeline.Default.Process(new Reading.RawDocument(source, body, format));
            var saved = q.Store.SaveBatch([processed])[0];
            var a = processed.Article;
            return (saved, new ArticleSummary(processed.Id, processed.Source, a.Title, a.Outlet, a.Published));
        }, cancel);
        host.Invalidate();
        return outcome == Storing.SaveOutcome.Unchanged ? TypedResults.Ok(summary) : TypedResults.Created($"/api/v1/articles/{summary.Id}", summary);
    }

    /// <summary>The claims table a spreadsheet opens: the CLI's `export --format csv --records claims`, byte for byte, with its byte order mark.</summary>
    private static string ClaimsCsv(NewsQueries q) =>
        Exporting.CsvExporter.Bom + Exporting.CsvExporter.Text(w => { var all = q.Claims(new ClaimsFilter()).Claims; Exporting.CsvExporter.Claims(all, q.Summaries(all), w); });

    private static string Lines(IEnumerable<string> records) => string.Concat(records.Select(r => r + "\n"));

    private static int Parse(string? text, int fallback) => text is null ? fallback : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Null when <paramref name="text"/> is absent or a whole number within bounds; otherwise the 400 naming the parameter.</summary>
    private static ProblemHttpResult? Whole(string? text, int min, int max, string name)
    {
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max
            ? null
            : RasidWeb.BadParameter(name, $"{name} must be a whole number from {min} to {max}");
    }
}
