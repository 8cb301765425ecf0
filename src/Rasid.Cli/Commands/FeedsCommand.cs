using System.CommandLine;
using System.Globalization;
using Rasid.Alerts;
using Rasid.Feeds;
using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Storing;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>The options that say how feeds are fetched, shared by feeds add, feeds poll and watch.</summary>
internal sealed class FetchOptions
{
    public Option<double> Timeout { get; } = CliOptions.Seconds("--timeout", "Give up on a feed or page request after this many seconds", 30, 0.1);

    public Option<double> HostGap { get; } = CliOptions.Seconds("--host-gap", "At least this many seconds between two requests to one host (one at a time)", 1, 0);

    public void AddTo(Command command)
    {
        command.Options.Add(Timeout);
        command.Options.Add(HostGap);
    }

    public FeedOptions Read(ParseResult parsed) => new()
    {
        Timeout = TimeSpan.FromSeconds(parsed.GetValue(Timeout)),
        HostGap = TimeSpan.FromSeconds(parsed.GetValue(HostGap)),
    };
}

/// <summary>The alert options of feeds poll and watch: which alerts, about which entities, to which webhook.</summary>
internal sealed class AlertOptions
{
    public Option<string?> Alert { get; } = new Option<string?>("--alert") { Description = "Alert when newly stored articles create or change a claim of this kind: conflicts (conflicting or revised claims)" }.OneOf(["conflicts"]);

    public Option<string[]> Entities { get; } = new("--entity") { Description = "Watch this entity (any spelling): alert once on each new article naming it, and on claims only about it or naming it where a value is stated; repeat for several", AllowMultipleArgumentsPerToken = false };

    public Option<string?> Webhook { get; } = new("--webhook") { Description = "POST each alert's JSON (claim, values, sources) to this http(s) address, with retries" };

    public void AddTo(Command command)
    {
        command.Options.Add(Alert);
        command.Options.Add(Entities);
        command.Options.Add(Webhook);
        command.Validators.Add(result =>
        {
            bool alerting = result.GetValue(Alert) is not null;
            if (!alerting && (result.GetValue(Entities) is { Length: > 0 } || result.GetValue(Webhook) is not null))
            {
                result.AddError("--entity and --webhook go with --alert conflicts");
            }

            if (result.GetValue(Webhook) is { } hook && !PageFetcher.IsUrl(hook))
            {
                result.AddError($"--webhook must be an http(s) address, not '{hook}'");
            }
        });
    }

    public bool Wanted(ParseResult parsed) => parsed.GetValue(Alert) is not null;
}

/// <summary>rasid feeds add|list|remove|poll: the feeds a store follows.</summary>
internal static class FeedsCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var command = new Command("feeds", "Follow RSS, Atom and JSON feeds: add, list, remove, poll once (rasid watch polls until stopped)");
        command.Subcommands.Add(Add(db, context));
        command.Subcommands.Add(List(db, context));
        command.Subcommands.Add(Remove(db, context));
        command.Subcommands.Add(Poll(db, context));
        return command;
    }

    private static Command Add(Option<string?> db, CliContext context)
    {
        var url = new Argument<string>("URL") { Description = "A feed's address, or a web page that names its feed in a <link rel=\"alternate\">" };
        var name = new Option<string?>("--name") { Description = "What to call the feed (default: its title)" };
        var fetch = new FetchOptions();
        var command = new Command("add", "Follow a feed (checked to read as one first); adding a disabled feed again enables it") { url, name };
        fetch.AddTo(command);
        command.SetAction(parsed =>
        {
            string address = parsed.GetValue(url)!;
            if (!PageFetcher.IsUrl(address))
            {
                context.Fail($"a feed is followed by its http(s) address, not '{address}'");
                return ExitCode.UsageError;
            }

            using var store = RasidApp.OpenStore(parsed, db);
            using var follower = new FeedFollower(store, RasidPipeline.Default, fetch.Read(parsed), TimeProvider.System);
            var result = follower.Follow(address, parsed.GetValue(name));
            if (result.Feed is not { } feed)
            {
                context.Fail(result.Error!);
                return ExitCode.AllInputsFailed;
            }

            context.Output.WriteLine(result.AlreadyFollowed
                ? $"already following feed {feed.Id} '{feed.Name}' ({feed.Url}){(feed.Disabled ? "" : ", enabled")}"
                : $"following feed {feed.Id} '{feed.Name}' ({feed.Url}); 'rasid feeds poll' reads it now, 'rasid watch' keeps reading it");
            return ExitCode.Success;
        });
        return command;
    }

    private static Command List(Option<string?> db, CliContext context)
    {
        var command = new Command("list", "The feeds followed: last poll, HTTP status, new articles, failures, next poll, and which are disabled");
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenExistingStore(parsed, db);
            var feeds = store.Feeds().Feeds();
            if (feeds.Count == 0)
            {
                context.Output.WriteLine("no feeds followed: 'rasid feeds add URL' follows one");
                return ExitCode.Success;
            }

            var table = new Table().AddColumn("id").AddColumn("feed").AddColumn("last poll").AddColumn("HTTP").AddColumn("new (last / all)").AddColumn("failures (in a row / all)").AddColumn("next poll").AddColumn("state");
            foreach (var f in feeds)
            {
                string state = f.Disabled ? $"[red]disabled[/] ({f.Failures} failures)\n{Markup.Escape(f.LastError ?? "")}" : f.Failures > 0 ? $"[yellow]failing[/]\n{Markup.Escape(f.LastError ?? "")}" : "ok";
                table.AddRow(
                    f.Id.ToString(CultureInfo.InvariantCulture),
                    Terminal.Cell(context, f.Name) + "\n" + Markup.Escape(f.Url),
                    f.LastPoll is { } poll ? Time(poll) : "never",
                    f.LastStatus?.ToString(CultureInfo.InvariantCulture) ?? (f.LastPoll is null ? "" : "none"),
                    $"{f.LastNew:N0} / {f.TotalNew:N0}",
                    $"{f.Failures:N0} / {f.TotalFailures:N0}",
                    f.Disabled ? "—" : Time(f.NextPoll) + (f.RetryAfter is { } r ? $" (Retry-After {Time(r)})" : ""),
                    state);
            }

            context.Console.Write(table);
            int disabled = feeds.Count(f => f.Disabled);
            context.Output.WriteLine($"{feeds.Count} feed(s), {disabled} disabled" + (disabled > 0 ? "; 'rasid feeds add URL' enables one again" : ""));
            return ExitCode.Success;
        });
        return command;
    }

    private static Command Remove(Option<string?> db, CliContext context)
    {
        var which = new Argument<string>("FEED") { Description = "The feed's id, address or name (as feeds list shows them)" };
        var command = new Command("remove", "Stop following a feed (the articles it brought stay)") { which };
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenExistingStore(parsed, db);
            var feeds = store.Feeds();
            string key = parsed.GetValue(which)!;
            if (feeds.FindFeed(key) is not { } feed)
            {
                context.Fail($"no feed '{key}' is followed ('rasid feeds list' shows them)");
                return ExitCode.NotFound;
            }

            feeds.RemoveFeed(feed.Id);
            context.Output.WriteLine($"stopped following feed {feed.Id} '{feed.Name}' ({feed.Url}); its {feed.TotalNew:N0} article(s) stay");
            return ExitCode.Success;
        });
        return command;
    }

    private static Command Poll(Option<string?> db, CliContext context)
    {
        var fetch = new FetchOptions();
        var alerts = new AlertOptions();
        var command = new Command("poll", "Poll every enabled feed once now, store what is new, and (with --alert) deliver the alerts it calls for");
        fetch.AddTo(command);
        alerts.AddTo(command);
        command.SetAction(parsed =>
        {
            using var store = RasidApp.OpenExistingStore(parsed, db);
            var session = new FeedSession(store, context, parsed, fetch.Read(parsed), alerts);
            if (store.Feeds().Feeds().Count(f => !f.Disabled) == 0)
            {
                context.Output.WriteLine("no enabled feeds to poll: 'rasid feeds add URL' follows one");
                return ExitCode.Success;
            }

            using var stop = new StopSignal(); // Ctrl-C ends the poll after the current write, as watch does
            IReadOnlyList<Rasid.Feeds.PollOutcome> outcomes;
            try
            {
                session.CheckAlerts(stop.Token);
                outcomes = session.PollOnce(dueOnly: false, stop.Token);
                session.CheckAlerts(stop.Token);
            }
            catch (OperationCanceledException) when (stop.Requested)
            {
                outcomes = [];
            }

            if (stop.Requested)
            {
                context.Fail("stopped before every feed was polled; what was stored stays, the next poll takes the rest");
                return ExitCode.Interrupted;
            }

            int failed = outcomes.Count(o => o.Failed);
            return failed == 0 ? ExitCode.Success : failed == outcomes.Count ? ExitCode.AllInputsFailed : ExitCode.SomeInputsFailed;
        });
        return command;
    }

    public static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

/// <summary>One poll-and-alert session over a store, as feeds poll and watch run it: polls, prints a line per feed, checks and delivers alerts.</summary>
internal sealed class FeedSession
{
    private readonly CliContext _context;
    private readonly FeedFollower _follower;
    private readonly AlertWatch? _alerts;
    private readonly AlertWebhook? _webhook;

    public FeedSession(IArticleStore store, CliContext context, ParseResult parsed, FeedOptions options, AlertOptions alerts)
    {
        _context = context;
        var extractors = context.Extractors(parsed);
        var pipeline = ReferenceEquals(extractors, Rasid.Extraction.Extractors.Default) ? RasidPipeline.Default : new RasidPipelineBuilder().UseExtractors(extractors).Build();
        _follower = new FeedFollower(store, pipeline, options, TimeProvider.System);
        if (alerts.Wanted(parsed))
        {
            _alerts = new AlertWatch(store, extractors, parsed.GetValue(alerts.Entities) ?? [], TimeProvider.System);
            if (parsed.GetValue(alerts.Webhook) is { } hook)
            {
                _webhook = new AlertWebhook(PageFetcher.NewClient(options.Timeout), new Uri(hook));
            }
        }
    }

    public FeedFollower Follower => _follower;

    public IReadOnlyList<PollOutcome> PollOnce(bool dueOnly, CancellationToken cancel)
    {
        var outcomes = new List<PollOutcome>();
        foreach (var outcome in _follower.Poll(dueOnly, cancel))
        {
            outcomes.Add(outcome);
            _context.Output.WriteLine(Describe(outcome));
            foreach (string problem in outcome.ItemProblems)
            {
                _context.Fail(problem);
            }
        }

        return outcomes;
    }

    /// <summary>Records the alerts the store's claims call for and delivers every one not delivered yet (nothing without --alert).</summary>
    public void CheckAlerts(CancellationToken cancel)
    {
        if (_alerts is null)
        {
            return;
        }

        _alerts.Check();
        foreach (var delivery in _alerts.Deliver(_webhook, cancel))
        {
            if (delivery.Error is null)
            {
                _context.Output.WriteLine(delivery.Alert.Line);
            }
            else
            {
                _context.Fail($"alert not delivered to {_webhook!.Url} ({delivery.Error}); it is tried again next time: {delivery.Alert.Line}");
            }
        }
    }

    private static string Describe(PollOutcome o)
    {
        var f = o.Feed;
        string name = $"feed {f.Id} '{f.Name}'";
        if (o.Waiting)
        {
            return $"{name}: waiting until {FeedsCommand.Time(f.RetryAfter!.Value)}, as the server asked (Retry-After)";
        }

        if (o.Failed)
        {
            string next = f.Disabled
                ? $"disabled after {f.Failures} failures in a row ('rasid feeds add {f.Url}' enables it again)"
                : $"failure {f.Failures} in a row; next try {FeedsCommand.Time(f.NextPoll)}";
            return $"{name}: failed: {f.LastError} ({next})";
        }

        if (o.Unchanged)
        {
            return $"{name}: not changed (HTTP {f.LastStatus}); next poll {FeedsCommand.Time(f.NextPoll)}";
        }

        string summaries = o.SummaryOnly > 0 ? $" ({o.SummaryOnly} from the feed's summary: page not fetched)" : "";
        string duplicates = o.Duplicates > 0 ? $", {o.Duplicates} with a text stored already" : "";
        string problems = o.ItemProblems.Count > 0 ? $", {o.ItemProblems.Count} not stored" : "";
        string stopped = o.Interrupted ? "; stopped before the end" : "";
        return $"{name}: {o.Added} new{summaries}, {o.Known} seen before{duplicates}{problems} (HTTP {f.LastStatus}); next poll {FeedsCommand.Time(f.NextPoll)}{stopped}";
    }
}
