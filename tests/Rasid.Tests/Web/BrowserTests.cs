using Microsoft.Playwright;

namespace Rasid.Tests.Web;

/// <summary>
/// The web UI in a real headless Chromium (Debian's, driven by Playwright): a journalist's path through it, from a
/// search to an article with its facts marked, an entity's timeline and the conflicting claims side by side. Skips
/// when no Chromium is installed, unless RASID_REQUIRE_CHROMIUM=1 (CI), where it fails instead.
/// </summary>
public sealed class BrowserTests(WebServer server) : IClassFixture<WebServer>
{
    private static string Chromium => Environment.GetEnvironmentVariable("RASID_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private async Task<(IPlaywright Playwright, IBrowser Browser, IPage Page)> Open(string hash)
    {
        bool required = Environment.GetEnvironmentVariable("RASID_REQUIRE_CHROMIUM") == "1";
        Skip.If(!File.Exists(Chromium) && !required, $"no Chromium at {Chromium} (scripts/chromium.sh installs it)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // This machine's network is closed: without these Chromium keeps trying to reach Google's services.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "ar", ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, message) => errors.Add(message);
        await page.GotoAsync(new Uri(server.Address, "/" + hash).ToString());
        return (playwright, browser, page);
    }

    private static string Screenshot(string name) => Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");

    [SkippableFact]
    public async Task A_search_leads_to_the_article_with_its_facts_marked_right_to_left()
    {
        var (playwright, browser, page) = await Open("");
        using (playwright)
        await using (browser)
        {
            Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
            await page.FillAsync("#q", "زوكربيرج");
            await page.PressAsync("#q", "Enter");
            var hits = page.Locator("article.hit");
            await hits.First.WaitForAsync();
            Assert.True(await hits.CountAsync() >= 2);
            Assert.Contains("زوكربيرغ", await page.Locator("article.hit mark").AllInnerTextsAsync()); // the other spelling too, highlighted

            // The results column runs right to left: a hit's title starts at the right edge of its card.
            var card = await hits.First.BoundingBoxAsync();
            var title = await hits.First.Locator("h2 a").BoundingBoxAsync();
            Assert.True(card!.X + card.Width - (title!.X + title.Width) < 40, "the title should sit at the card's right edge");

            await hits.First.Locator("h2 a").ClickAsync();
            await page.Locator(".article-text").WaitForAsync();
            Assert.True(await page.Locator(".article-text .m-figure").CountAsync() > 0);
            Assert.True(await page.Locator(".article-text .m-entity").CountAsync() > 0);
            Directory.CreateDirectory(Path.GetDirectoryName(Screenshot("article"))!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("article"), FullPage = true });

            // From the article to an entity's timeline.
            await page.Locator("aside a[href^='#/entity/']").First.ClickAsync();
            await page.Locator("table.timeline").WaitForAsync();
            Assert.True(await page.Locator("table.timeline tr").CountAsync() > 1);
        }
    }

    [SkippableFact]
    public async Task Conflicting_claims_show_every_value_with_its_sentence_side_by_side()
    {
        var (playwright, browser, page) = await Open("#/claims?status=conflict");
        using (playwright)
        await using (browser)
        {
            var claim = page.Locator("article.claim-conflict");
            await claim.First.WaitForAsync();
            Assert.Equal(1, await claim.CountAsync());
            var values = claim.First.Locator(".value");
            Assert.Equal(2, await values.CountAsync());
            var numbers = await values.Locator(".number").AllInnerTextsAsync();
            Assert.Contains(numbers, n => n.Contains("14.8", StringComparison.Ordinal) || n.Contains("١٤٫٨", StringComparison.Ordinal));
            Assert.All(numbers, n => Assert.Contains("مليار دولار", n, StringComparison.Ordinal));

            // Side by side: the two values share a row.
            var first = await values.Nth(0).BoundingBoxAsync();
            var second = await values.Nth(1).BoundingBoxAsync();
            Assert.Equal(first!.Y, second!.Y, 1.0);
            Assert.True(first.X > second.X, "the first value should stand to the right of the second (right to left)");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("claims"), FullPage = true });
        }
    }

    [SkippableFact]
    public async Task A_missing_article_shows_the_servers_problem_not_a_blank_page()
    {
        var (playwright, browser, page) = await Open("#/article/no-such-article");
        using (playwright)
        await using (browser)
        {
            var alert = page.Locator("[role=alert]");
            await alert.WaitForAsync();
            Assert.Contains("no-such-article", await alert.InnerTextAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>Runs axe-core (shipped in the test data, no download) on the page and returns its serious and critical violations.</summary>
    private static async Task<IReadOnlyList<string>> SeriousViolations(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(TestData.Root, "axe", "axe.min.js") });
        var violations = await page.EvaluateAsync<System.Text.Json.JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))");
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    [SkippableFact]
    public async Task Every_page_is_accessible_and_saved_as_a_screenshot_at_desktop_and_phone_width()
    {
        var (playwright, browser, page) = await Open("");
        using (playwright)
        await using (browser)
        {
            var claims = await server.Client.GetStringAsync("/api/v1/stories");
            string storyId = System.Text.Json.JsonDocument.Parse(claims).RootElement.GetProperty("stories")[0].GetProperty("id").GetString()!;
            string articleId = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString("ميتا"))).RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;
            var pages = new (string Name, string Hash, string Ready)[]
            {
                ("home", "#/", "main h1"),
                ("search", "#/search?q=" + Uri.EscapeDataString("ميتا"), "article.hit"),
                ("article", "#/article/" + articleId, ".article-text"),
                ("entity", "#/entity/" + Uri.EscapeDataString("أرامكو"), "table.timeline"),
                ("entities", "#/entities", "main table"),
                ("stories", "#/stories", "article.story"),
                ("story", "#/story/" + Uri.EscapeDataString(storyId), "main table"),
                ("claims", "#/claims", "article.claim"),
            };
            var problems = new List<string>();
            foreach (var (width, height) in new[] { (1200, 900), (360, 740) })
            {
                await page.SetViewportSizeAsync(width, height);
                foreach (var (name, hash, ready) in pages)
                {
                    await page.GotoAsync(new Uri(server.Address, "/" + hash).ToString());
                    await page.Locator(ready).First.WaitForAsync();
                    problems.AddRange((await SeriousViolations(page)).Select(v => $"{name} at {width}px: {v}"));
                    int overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    if (overflow > 2)
                    {
                        problems.Add($"{name} at {width}px: the page is {overflow}px wider than the screen");
                    }

                    Directory.CreateDirectory(Path.GetDirectoryName(Screenshot(name))!);
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"{name}-{width}"), FullPage = true });
                }
            }

            Assert.Empty(problems);
        }
    }

    [SkippableFact]
    public async Task An_entity_page_lists_its_spellings_and_draws_its_figures_over_time()
    {
        var (playwright, browser, page) = await Open("#/entity/" + Uri.EscapeDataString("أرامكو"));
        using (playwright)
        await using (browser)
        {
            await page.Locator("figure.chart svg").WaitForAsync();
            Assert.Equal(3, await page.Locator("figure.chart circle").CountAsync()); // three quarters' profits
            var dots = await page.Locator("figure.chart circle").EvaluateAllAsync<double[]>("nodes => nodes.map(n => Number(n.getAttribute('cx')))");
            Assert.True(dots.Distinct().Count() == 3);

            await page.GotoAsync(new Uri(server.Address, "/#/entity/" + Uri.EscapeDataString("زوكربيرج")).ToString());
            await page.Locator("table.timeline").WaitForAsync();
            string names = await page.Locator("main").InnerTextAsync();
            Assert.Contains("زوكربيرغ", names, StringComparison.Ordinal);
            Assert.Contains("زوكربيرج", names, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Script_payloads_in_an_article_show_as_text_and_never_run()
    {
        var (playwright, browser, page) = await Open("#/search?q=" + Uri.EscapeDataString("نصوصا خطرة"));
        using (playwright)
        await using (browser)
        {
            bool dialog = false;
            page.Dialog += (_, d) => { dialog = true; _ = d.DismissAsync(); };
            await page.Locator("article.hit").First.WaitForAsync();
            await page.Locator("article.hit h2 a").First.ClickAsync();
            await page.Locator(".article-text").WaitForAsync();
            string text = await page.Locator(".article-text").InnerTextAsync();
            Assert.Contains("<script>", text, StringComparison.Ordinal);
            Assert.Contains("onerror=", text, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("main script, main img").CountAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
            Assert.False(dialog);
        }
    }
}
