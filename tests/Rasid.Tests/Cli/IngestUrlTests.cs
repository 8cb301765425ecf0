using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Rasid.Tests.Cli;

/// <summary>rasid ingest URL against a real HTTP server on loopback: a page fetched and cleaned, and each way a fetch fails as one line.</summary>
public sealed class IngestUrlTests : IAsyncLifetime
{
    private readonly TestData.TempFolder _folder = new();
    private WebApplication? _server;
    private string _base = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        byte[] page = File.ReadAllBytes(TestData.Fixture("article.html"));
        _server.MapGet("/article.html", () => Results.Bytes(page, "text/html; charset=utf-8"));
        _server.MapGet("/moved", () => Results.Redirect("/article.html"));
        _server.MapGet("/gone", () => Results.NotFound());
        _server.MapGet("/image.png", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
        _server.MapGet("/huge", () => Results.Bytes(new byte[11 * 1024 * 1024], "text/html"));
        await _server.StartAsync();
        _base = _server.Urls.First();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _folder.Dispose();
    }

    private CliRunner.Result Rasid(params string[] args) => CliRunner.Run(["--db", _folder.File("rasid.db"), .. args]);

    [Fact]
    public void A_page_is_fetched_cleaned_and_stored_under_its_address_once()
    {
        var result = Rasid("ingest", _base + "/moved");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 added", result.Output, StringComparison.Ordinal);
        var shown = Rasid("show", _base + "/moved");
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("الحكومة تعلن خطة جديدة للطاقة الشمسية", shown.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("رياضة", shown.Output.Split("removed")[0], StringComparison.Ordinal); // the navigation is cleaned off
        Assert.Contains("1 already stored", Rasid("ingest", _base + "/moved").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/gone", "HTTP 404")]
    [InlineData("/image.png", "not a page")]
    [InlineData("/huge", "over 10 MB")]
    public void A_fetch_that_fails_is_one_line_and_a_nonzero_exit(string path, string said)
    {
        var result = Rasid("ingest", _base + path);
        Assert.Equal(4, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(said, line, StringComparison.Ordinal);
        Assert.Contains(_base + path, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_that_is_not_there_is_one_line()
    {
        var result = Rasid("ingest", "http://127.0.0.1:9/article.html");
        Assert.Equal(4, result.ExitCode);
        Assert.StartsWith("rasid: http://127.0.0.1:9/article.html: cannot fetch", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }
}
