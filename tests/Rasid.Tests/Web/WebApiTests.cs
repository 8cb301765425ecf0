using System.Net;
using System.Text.Json;

namespace Rasid.Tests.Web;

/// <summary>The HTTP JSON API over the seeds, on a real server (issue 22): answers, problems, Arabic kept as Arabic.</summary>
public sealed class WebApiTests(WebServer server) : IClassFixture<WebServer>
{
    private async Task<(HttpStatusCode Status, string? Type, string Body)> Get(string path)
    {
        using var response = await server.Client.GetAsync(path);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> Json(string path)
    {
        var (status, _, body) = await Get(path);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {status} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Search_finds_a_name_in_any_spelling_with_highlighted_snippets_and_arabic_unescaped()
    {
        var (status, _, body) = await Get("/api/v1/search?q=" + Uri.EscapeDataString("زوكربيرج"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("زوكربيرغ", body, StringComparison.Ordinal); // the other spelling, found and written as Arabic, not \u0632…
        var hits = JsonDocument.Parse(body).RootElement.GetProperty("hits");
        Assert.True(hits.GetArrayLength() >= 2);
        Assert.All(hits.EnumerateArray(), h => Assert.Contains(h.GetProperty("snippet").EnumerateArray(), p => p.GetProperty("match").GetBoolean()));
    }

    [Fact]
    public async Task A_latin_name_finds_the_arabic_articles_and_says_so_unless_exact()
    {
        var crossed = await Json("/api/v1/search?q=Zuckerberg");
        Assert.True(crossed.GetProperty("hits").GetArrayLength() >= 2);
        var also = Assert.Single(crossed.GetProperty("also_matched").EnumerateArray());
        Assert.Contains(also.GetProperty("spellings").EnumerateArray(), s => s.GetString() == "زوكربيرغ");

        var exact = await Json("/api/v1/search?q=Zuckerberg&exact=true");
        Assert.Equal(0, exact.GetProperty("hits").GetArrayLength());
        Assert.Equal(0, exact.GetProperty("also_matched").GetArrayLength());
    }

    [Fact]
    public async Task The_api_exports_are_byte_for_byte_what_the_cli_prints()
    {
        // One query layer under both surfaces: the same claims and stories, written by the same code.
        var (_, _, claims) = await Get("/api/v1/export/claims.jsonl");
        var (_, _, stories) = await Get("/api/v1/export/stories.jsonl");
        Assert.Equal(Cli.CliRunner.Run("--db", server.Database, "claims", "--json").Output, claims);
        Assert.Equal(Cli.CliRunner.Run("--db", server.Database, "stories", "--json", "--limit", "100000").Output, stories);
        Assert.Contains("\"type\":\"claim\"", claims, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"story\"", stories, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_pages_do_not_overlap()
    {
        var first = await Json("/api/v1/search?q=" + Uri.EscapeDataString("ميتا") + "&limit=2&offset=0");
        var second = await Json("/api/v1/search?q=" + Uri.EscapeDataString("ميتا") + "&limit=2&offset=2");
        var ids = first.GetProperty("hits").EnumerateArray().Concat(second.GetProperty("hits").EnumerateArray()).Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(4, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("/api/v1/search?q=x&limit=abc", "limit")]
    [InlineData("/api/v1/search?q=x&limit=0", "limit")]
    [InlineData("/api/v1/search?q=x&offset=-1", "offset")]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/search?q=%22%20AND%20OR%20*%20(", "q")]
    [InlineData("/api/v1/claims?status=maybe", "status")]
    [InlineData("/api/v1/stories?kind=saga", "kind")]
    [InlineData("/api/v1/entities?kind=animal", "kind")]
    [InlineData("/api/v1/search?q=x&exact=yes", "exact")]
    [InlineData("/api/v1/analyze", "text")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string path, string parameter)
    {
        var (status, type, body) = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(parameter, JsonDocument.Parse(body).RootElement.GetProperty("parameter").GetString());
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal); // never a stack trace
    }

    [Fact]
    public async Task Analyze_explains_each_token_as_the_cli_does()
    {
        var tokens = await Json("/api/v1/analyze?text=" + Uri.EscapeDataString("Zuckerberg في الاستثمارات"));
        Assert.Equal(3, tokens.GetArrayLength());
        Assert.Contains(tokens[0].GetProperty("also_matches").EnumerateArray(), s => s.GetString()!.StartsWith("زوكربير", StringComparison.Ordinal));
        Assert.Equal("a stop word", tokens[1].GetProperty("not_indexed").GetString());
        var cli = Rasid.Tests.Cli.CliRunner.Run("analyze", "Zuckerberg في الاستثمارات", "--json").Output.Trim().Split('\n');
        var fromCli = JsonDocument.Parse(cli[2]).RootElement;
        Assert.Equal(fromCli.GetProperty("terms").EnumerateArray().Select(t => t.GetString()), tokens[2].GetProperty("terms").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(fromCli.GetProperty("name_key").GetString(), tokens[2].GetProperty("name_key").GetString());
    }

    [Theory]
    [InlineData("/api/v1/articles/no-such-article")]
    [InlineData("/api/v1/stories/no-such-story")]
    [InlineData("/api/v1/entities/%D9%84%D8%A7%D8%A3%D8%AD%D8%AF%D9%8A%D8%B3%D9%85%D9%89")]
    [InlineData("/api/v1/no-such-endpoint")]
    public async Task A_missing_thing_is_a_404_problem(string path)
    {
        var (status, type, _) = await Get(path);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", type);
    }

    [Fact]
    public async Task An_article_comes_with_its_facts_at_offsets_that_point_at_their_text()
    {
        var hit = (await Json("/api/v1/search?q=" + Uri.EscapeDataString("ميتا") + "&limit=1")).GetProperty("hits")[0];
        var article = await Json("/api/v1/articles/" + hit.GetProperty("id").GetString());
        string text = article.GetProperty("text").GetString()!;
        Assert.NotEmpty(article.GetProperty("figures").EnumerateArray());
        foreach (string part in new[] { "entities", "figures", "dates" })
        {
            Assert.All(article.GetProperty(part).EnumerateArray(), f =>
                Assert.Equal(f.GetProperty("surface").GetString(), text[f.GetProperty("start").GetInt32()..f.GetProperty("end").GetInt32()]));
        }

        var marks = article.GetProperty("marks").EnumerateArray().Select(m => (Start: m.GetProperty("start").GetInt32(), End: m.GetProperty("end").GetInt32())).ToList();
        Assert.All(marks.Zip(marks.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start)); // in order, never overlapping
    }

    [Fact]
    public async Task Claims_show_each_value_with_its_source_and_sentence_and_filter_by_status()
    {
        var all = await Json("/api/v1/claims");
        var conflicts = await Json("/api/v1/claims?status=conflict");
        Assert.Equal(all.GetProperty("conflicting").GetInt32(), conflicts.GetProperty("claims").GetArrayLength());
        var deal = Assert.Single(conflicts.GetProperty("claims").EnumerateArray());
        Assert.Equal("investment", deal.GetProperty("metric").GetString());
        Assert.All(deal.GetProperty("values").EnumerateArray(), v =>
            Assert.Contains(v.GetProperty("surface").GetString()!, v.GetProperty("sentence").GetString()!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_entity_is_found_by_a_latin_spelling_with_its_arabic_names_and_timeline()
    {
        var timeline = await Json("/api/v1/entities/" + Uri.EscapeDataString("Zuckerberg"));
        var entity = timeline.GetProperty("entity");
        var names = entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Append(entity.GetProperty("name").GetString()).ToList();
        Assert.Contains(names, n => n!.Contains("زوكربيرغ", StringComparison.Ordinal) || n.Contains("زوكربيرج", StringComparison.Ordinal));
        Assert.NotEmpty(timeline.GetProperty("timeline").EnumerateArray());
    }

    [Fact]
    public async Task Stories_list_their_articles_and_one_story_its_links()
    {
        var stories = await Json("/api/v1/stories");
        var first = stories.GetProperty("stories")[0];
        Assert.True(first.GetProperty("size").GetInt32() >= 2);
        var story = await Json("/api/v1/stories/" + first.GetProperty("id").GetString());
        Assert.NotEmpty(story.GetProperty("links").EnumerateArray());
    }

    [Fact]
    public async Task Claims_export_as_csv_one_row_per_value_and_as_json_lines()
    {
        var (status, type, csv) = await Get("/api/v1/export/claims.csv");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", type);
        var claims = await Json("/api/v1/claims");
        int values = claims.GetProperty("claims").EnumerateArray().Sum(c => c.GetProperty("values").GetArrayLength());
        Assert.StartsWith("claim,status,status_label,subject", csv, StringComparison.Ordinal);
        Assert.Equal(Cli.CliRunner.Run("--db", server.Database, "export", "--format", "csv", "--records", "claims").Output.TrimStart('\uFEFF'), csv.TrimStart('\uFEFF'));
        var (_, _, jsonl) = await Get("/api/v1/export/claims.jsonl");
        Assert.Equal(claims.GetProperty("total").GetInt32(), jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(csv.Count(c => c == '\n') > values); // a header and at least a row per value (sentences may hold quoted line breaks)
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var document = await Json("/api/v1/openapi.json");
        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (string path in new[] { "/api/v1/search", "/api/v1/articles/{id}", "/api/v1/entities/{name}", "/api/v1/stories", "/api/v1/claims", "/api/v1/health" })
        {
            Assert.Contains(path, paths);
        }
    }

    [Fact]
    public async Task Ingest_over_http_needs_the_token_and_stores_the_article_once()
    {
        const string text = "أعلنت شركة أرامكو السعودية اليوم أن أرباحها بلغت 30 مليار دولار في الربع الثاني، وقال رئيسها إن الطلب على الخام قوي.";
        using var anonymous = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles?source=test-aramco.txt") { Content = new StringContent(text) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(anonymous)).StatusCode);

        async Task<HttpStatusCode> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles?source=test-aramco.txt") { Content = new StringContent(text) };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", WebServer.IngestToken);
            using var response = await server.Client.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Created, await Send());
        Assert.Equal(HttpStatusCode.OK, await Send()); // the same text again: already stored, not stored twice
        var found = await Json("/api/v1/search?q=" + Uri.EscapeDataString("أرامكو"));
        Assert.Single(found.GetProperty("hits").EnumerateArray(), h => h.GetProperty("source").GetString() == "test-aramco.txt");
    }

    [Fact]
    public async Task The_ui_page_is_right_to_left_arabic()
    {
        var (status, type, html) = await Get("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", type);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_faster_than_a_person_types_is_refused_with_429_and_other_endpoints_still_answer()
    {
        var app = Rasid.Web.RasidWeb.Build(new Rasid.Web.WebOptions("http://127.0.0.1:0", SearchesPerSecond: 3), () => Rasid.Storing.ArticleStores.Open(server.Database), Rasid.Extraction.Extractors.Default);
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var statuses = new List<HttpStatusCode>();
            for (int i = 0; i < 8; i++)
            {
                using var response = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("ميتا"));
                statuses.Add(response.StatusCode);
            }

            Assert.Contains(HttpStatusCode.OK, statuses);
            Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
            using var stats = await client.GetAsync("/api/v1/stats");
            Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Search_facets_narrow_the_hits_by_outlet_date_and_entity()
    {
        string q = Uri.EscapeDataString("أرامكو");
        var all = await Json($"/api/v1/search?q={q}");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(3, all.GetProperty("outlets").GetArrayLength());
        var okaz = await Json($"/api/v1/search?q={q}&outlet=okaz");
        Assert.Equal("okaz", Assert.Single(okaz.GetProperty("hits").EnumerateArray()).GetProperty("outlet").GetString());
        var summer = await Json($"/api/v1/search?q={q}&from=2015-06-01&to=2015-09-30");
        Assert.StartsWith("2015-08", Assert.Single(summer.GetProperty("hits").EnumerateArray()).GetProperty("published").GetString(), StringComparison.Ordinal);
        var bad = await Get($"/api/v1/search?q={q}&from=June");
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        var meta = await Json("/api/v1/search?q=" + Uri.EscapeDataString("الذكاء الاصطناعي") + "&entity=" + Uri.EscapeDataString("Scale AI"));
        Assert.NotEmpty(meta.GetProperty("hits").EnumerateArray());
        Assert.True(meta.GetProperty("total").GetInt32() < (await Json("/api/v1/search?q=" + Uri.EscapeDataString("الذكاء الاصطناعي"))).GetProperty("total").GetInt32());
    }
}
