using System.Diagnostics;
using Rasid.Tests.Cli;

namespace Rasid.Tests.Feeds;

/// <summary>
/// rasid feeds and rasid watch end to end, on a loopback server: follow two outlets' feeds, poll, poll again for
/// nothing new, then a new item whose toll differs from the other outlet's makes a conflict: one alert line, one
/// webhook POST, and nothing sent twice when polled again.
/// </summary>
public sealed class FeedCommandTests : IAsyncLifetime
{
    private readonly TestData.TempFolder _folder = new();
    private FeedServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        _server.ServeFixtures();
        _server.Routes["/hook"] = FeedServer.Status(204);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    private string Db => _folder.File("rasid.db");

    private CliRunner.Result Rasid(params string[] args) => CliRunner.Run(["--db", Db, .. args]);

    private CliRunner.Result Poll() =>
        Rasid("feeds", "poll", "--host-gap", "0", "--timeout", "5", "--alert", "conflicts", "--webhook", _server.Url("/hook"));

    [Fact]
    public void Feeds_are_followed_polled_once_and_a_new_conflict_alerts_once()
    {
        var added = Rasid("feeds", "add", _server.Url("/site.html"), "--host-gap", "0");
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("following feed 1 'وكالة الأولى: آخر الأخبار'", added.Output, StringComparison.Ordinal);
        Assert.Equal(0, Rasid("feeds", "add", _server.Url("/feeds/atom-1256.xml"), "--name", "الثانية").ExitCode);

        var first = Poll();
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("feed 1 'وكالة الأولى: آخر الأخبار': 2 new (1 from the feed's summary", first.Output, StringComparison.Ordinal);
        Assert.Contains("feed 2 'الثانية': 1 new", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("alert:", first.Output, StringComparison.Ordinal);
        Assert.Equal("3", Rasid("stats", "--json").Output.Split("\"articles\":")[1].Split(',')[0].Trim());

        var second = Poll();
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("feed 1 'وكالة الأولى: آخر الأخبار': not changed (HTTP 304)", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" new", second.Output.Replace("news", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(_server.Posts);

        // The second outlet reports 30 dead where the first said 27: a conflict, alerted once.
        _server.Routes["/feeds/atom-1256.xml"] = FeedServer.File("atom-1256-later.xml", "application/atom+xml", "\"atom-2\"");
        var third = Poll();
        Assert.Equal(0, third.ExitCode);
        Assert.Contains("feed 2 'الثانية': 1 new", third.Output, StringComparison.Ordinal);
        string alert = Assert.Single(third.Output.Split('\n'), l => l.StartsWith("alert:", StringComparison.Ordinal));
        Assert.Contains("(conflict)", alert, StringComparison.Ordinal);
        Assert.Contains("27", alert, StringComparison.Ordinal);
        Assert.Contains("30", alert, StringComparison.Ordinal);
        var post = Assert.Single(_server.Posts);
        using (var body = System.Text.Json.JsonDocument.Parse(post.Body))
        {
            Assert.Equal("deaths", body.RootElement.GetProperty("claim").GetProperty("metric").GetString());
            Assert.Equal([27.0, 30.0], body.RootElement.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetDouble()).Order());
            Assert.Contains(_server.Url("/pages/blast-two.html"), body.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal(post.Key, body.RootElement.GetProperty("alert").GetString());
        }

        // A restart finds the same conflict: nothing is printed or sent again.
        var fourth = Poll();
        Assert.DoesNotContain("alert:", fourth.Output, StringComparison.Ordinal);
        Assert.Single(_server.Posts);

        var list = Rasid("feeds", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("2 feed(s), 0 disabled", list.Output, StringComparison.Ordinal);
        Assert.Contains("304", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_new_article_naming_a_watched_entity_alerts_once_and_a_newly_watched_name_does_not_replay_the_archive()
    {
        Rasid("feeds", "add", _server.Url("/feeds/rss-utf8.xml"));
        Rasid("feeds", "add", _server.Url("/feeds/atom-1256.xml"));
        CliRunner.Result Watching(params string[] names) =>
            Rasid(["feeds", "poll", "--host-gap", "0", "--timeout", "5", "--alert", "conflicts", "--webhook", _server.Url("/hook"), .. names.SelectMany(n => new[] { "--entity", n })]);
        static string[] EntityAlerts(CliRunner.Result run) => [.. run.Output.Split('\n').Where(l => l.StartsWith("alert: خبر جديد يذكر (entity)", StringComparison.Ordinal))];

        // Two articles arrive; only the Suruç report names Turkey (the economy page names Aramco).
        var first = Watching("تركيا");
        Assert.Equal(0, first.ExitCode);
        string alert = Assert.Single(EntityAlerts(first));
        Assert.Contains("تركيا", alert, StringComparison.Ordinal);
        Assert.Contains("مقتل 27 شخصا في انفجار سروج", alert, StringComparison.Ordinal);
        var post = Assert.Single(_server.Posts);
        using (var body = System.Text.Json.JsonDocument.Parse(post.Body))
        {
            Assert.Equal("entity", body.RootElement.GetProperty("kind").GetString());
            Assert.Equal(_server.Url("/pages/blast-one.html"), body.RootElement.GetProperty("article").GetProperty("source").GetString());
            Assert.Contains("تركيا", body.RootElement.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        }

        // The second outlet's report names Turkey too: one more entity alert, for it alone (and the conflict it makes).
        _server.Routes["/feeds/atom-1256.xml"] = FeedServer.File("atom-1256-later.xml", "application/atom+xml", "\"atom-2\"");
        var second = Watching("تركيا");
        Assert.Contains("مقتل 30 شخصا", Assert.Single(EntityAlerts(second)), StringComparison.Ordinal);

        // Nothing new: nothing again. A name watched from now on starts from what is stored, not from the archive.
        Assert.DoesNotContain("alert:", Watching("تركيا").Output, StringComparison.Ordinal);
        Assert.Empty(EntityAlerts(Watching("تركيا", "أرامكو")));
    }

    [Fact]
    public void An_alert_the_webhook_did_not_take_is_delivered_on_the_next_run_once()
    {
        Rasid("feeds", "add", _server.Url("/feeds/rss-utf8.xml"));
        Rasid("feeds", "add", _server.Url("/feeds/atom-1256.xml"));
        Assert.Equal(0, Poll().ExitCode);
        _server.Routes["/feeds/atom-1256.xml"] = FeedServer.File("atom-1256-later.xml", "application/atom+xml", "\"atom-2\"");
        _server.Routes["/hook"] = FeedServer.Status(400); // refused: not retried within the run

        var refused = Poll();
        Assert.DoesNotContain("alert:", refused.Output, StringComparison.Ordinal);
        Assert.Contains("alert not delivered", refused.Error, StringComparison.Ordinal);

        _server.Routes["/hook"] = FeedServer.Status(204);
        var delivered = Poll();
        Assert.Single(delivered.Output.Split('\n'), l => l.StartsWith("alert:", StringComparison.Ordinal));
        Assert.DoesNotContain("alert:", Poll().Output, StringComparison.Ordinal);
        Assert.Equal(2, _server.Posts.Count); // the refused one and the delivered one
    }

    [Fact]
    public void Feed_commands_fail_with_one_line_and_their_exit_codes()
    {
        var notUrl = Rasid("feeds", "add", "feed.xml");
        Assert.Equal(2, notUrl.ExitCode);
        Assert.Single(notUrl.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var noFeed = Rasid("feeds", "add", _server.Url("/no-feed.html"));
        Assert.Equal(4, noFeed.ExitCode);
        Assert.Contains("names no feed", Assert.Single(noFeed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);

        Rasid("feeds", "add", _server.Url("/feeds/rss-utf8.xml"));
        Assert.Equal(5, Rasid("feeds", "remove", "nothing").ExitCode);
        Assert.Equal(2, Rasid("feeds", "poll", "--entity", "x").ExitCode); // --entity goes with --alert
        Assert.Equal(2, Rasid("feeds", "poll", "--alert", "everything").ExitCode);

        _server.Routes["/feeds/rss-utf8.xml"] = FeedServer.Status(500);
        var failed = Rasid("feeds", "poll", "--host-gap", "0");
        Assert.Equal(4, failed.ExitCode);
        Assert.Contains("failed: HTTP 500", failed.Output, StringComparison.Ordinal);

        var removed = Rasid("feeds", "remove", "1");
        Assert.Equal(0, removed.ExitCode);
        Assert.Contains("no feeds followed", Rasid("feeds", "list").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disabled_feed_is_shown_so()
    {
        Rasid("feeds", "add", _server.Url("/feeds/rss-utf8.xml"));
        _server.Routes["/feeds/rss-utf8.xml"] = FeedServer.Status(500);
        for (int i = 0; i < 10; i++)
        {
            Rasid("feeds", "poll", "--host-gap", "0");
        }

        var list = Rasid("feeds", "list");
        Assert.Contains("disabled (10 failures)", list.Output, StringComparison.Ordinal);
        Assert.Contains("1 feed(s), 1 disabled", list.Output, StringComparison.Ordinal);
        Assert.Contains("no enabled feeds", Rasid("feeds", "poll").Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_poll_stopped_by_sigint_keeps_what_it_stored_says_so_and_the_next_poll_takes_the_rest()
    {
        var hanging = new TaskCompletionSource();
        _server.Routes["/pages/economy.html"] = async context =>
        {
            hanging.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted); // answers only after the poll was asked to stop
        };
        Rasid("feeds", "add", _server.Url("/feeds/rss-utf8.xml"));
        Rasid("feeds", "add", _server.Url("/feeds/atom-1256.xml"));

        using var process = CliRunner.Start("--db", Db, "feeds", "poll", "--host-gap", "0", "--timeout", "60");
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var _ = guard.Token.Register(() => process.Kill(entireProcessTree: true));
        await hanging.Task.WaitAsync(TimeSpan.FromMinutes(1)); // the poll has reached the second feed's page
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.False(guard.IsCancellationRequested);
        Assert.Equal(130, process.ExitCode);
        Assert.Equal("rasid: stopped before every feed was polled; what was stored stays, the next poll takes the rest", error.Trim());
        Assert.Equal("2", Rasid("stats", "--json").Output.Split("\"articles\":")[1].Split(',')[0].Trim()); // the first feed's two

        _server.Routes["/pages/economy.html"] = FeedServer.File("economy.html", "text/html; charset=utf-8");
        var next = Rasid("feeds", "poll", "--host-gap", "0");
        Assert.Equal(0, next.ExitCode);
        Assert.Contains("feed 2 ", next.Output, StringComparison.Ordinal);
        Assert.True(next.Output.Contains(": 1 new", StringComparison.Ordinal), next.Output);
        Assert.Equal("3", Rasid("stats", "--json").Output.Split("\"articles\":")[1].Split(',')[0].Trim());
    }

    [Fact]
    public void Watch_polls_alerts_and_stops_cleanly_on_sigint()
    {
        Rasid("feeds", "add", _server.Url("/feeds/rss-utf8.xml"));
        Assert.Equal(0, Rasid("feeds", "poll", "--alert", "conflicts", "--host-gap", "0").ExitCode); // the baseline, then 27 dead stored
        Rasid("feeds", "add", _server.Url("/feeds/atom-1256.xml"));
        _server.Routes["/feeds/atom-1256.xml"] = FeedServer.File("atom-1256-later.xml", "application/atom+xml");

        using var process = CliRunner.Start("--db", Db, "watch", "--host-gap", "0", "--alert", "conflicts", "--webhook", _server.Url("/hook"));
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // a hung watch fails the test instead of hanging it
        using var _ = guard.Token.Register(() => process.Kill(entireProcessTree: true));
        var lines = new List<string>();
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null && !line.StartsWith("alert:", StringComparison.Ordinal))
        {
            lines.Add(line);
        }

        Assert.NotNull(line);
        Assert.Contains(lines, l => l.StartsWith("feed 2", StringComparison.Ordinal) && l.Contains("2 new", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("feed 1", StringComparison.Ordinal)); // not due yet

        // Stop the watch the way Ctrl-C does.
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        string rest = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.False(guard.IsCancellationRequested);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("stopped", rest, StringComparison.Ordinal);
        Assert.Single(_server.Posts);
    }

    [SkippableFact]
    public void Feeds_poll_into_postgresql_alike()
    {
        string database = Storing.TestPostgres.CreateDatabase();
        try
        {
            CliRunner.Result Pg(params string[] args) => CliRunner.Run(["--db", database, .. args]);
            Assert.Equal(0, Pg("feeds", "add", _server.Url("/feeds/rss-utf8.xml")).ExitCode);
            Assert.Equal(0, Pg("feeds", "add", _server.Url("/feeds/atom-1256.xml")).ExitCode);
            string[] poll = ["feeds", "poll", "--host-gap", "0", "--alert", "conflicts", "--webhook", _server.Url("/hook")];
            Assert.Contains("2 new (1 from the feed's summary", Pg(poll).Output, StringComparison.Ordinal);
            Assert.Contains("not changed (HTTP 304)", Pg(poll).Output, StringComparison.Ordinal);
            _server.Routes["/feeds/atom-1256.xml"] = FeedServer.File("atom-1256-later.xml", "application/atom+xml", "\"atom-2\"");
            Assert.Single(Pg(poll).Output.Split('\n'), l => l.StartsWith("alert:", StringComparison.Ordinal));
            Assert.DoesNotContain("alert:", Pg(poll).Output, StringComparison.Ordinal);
            Assert.Single(_server.Posts);
        }
        finally
        {
            Storing.TestPostgres.Drop(database);
        }
    }
}
