using Microsoft.AspNetCore.Builder;
using Rasid.Storing;
using Rasid.Tests.Cli;
using Rasid.Web;

namespace Rasid.Tests.Web;

/// <summary>
/// A real Rasid server for the tests: the bundled seeds ingested into a fresh SQLite file by `rasid ingest`, and
/// `RasidWeb` (what `rasid serve` starts) listening on a free loopback port. One per test class.
/// </summary>
public sealed class WebServer : IAsyncLifetime
{
    private readonly TestData.TempFolder _folder = new();
    private WebApplication? _app;

    public string Database => _folder.File("web.db");

    public const string IngestToken = "test-token-0123456789";

    public Uri Address { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The seeds, and four articles written for these tests: three dated reports of one company's profit (a chart
        // over time) and one whose text holds script payloads (which the UI must show as text and never run).
        var ingest = CliRunner.Run("--db", Database, "ingest", TestData.SeedsFolder, TestData.Fixture("web-articles.jsonl"), "--quiet");
        Assert.Equal(0, ingest.ExitCode);
        _app = RasidWeb.Build(new WebOptions("http://127.0.0.1:0", IngestToken), () => ArticleStores.Open(Database), Rasid.Extraction.Extractors.Default);
        await _app.StartAsync();
        Address = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = Address };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }
}
