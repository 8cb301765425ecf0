using System.CommandLine;
using Rasid.Storing;

namespace Rasid.Cli.Commands;

/// <summary>
/// rasid watch: polls the followed feeds as each comes due until stopped. SIGINT (Ctrl-C) and SIGTERM stop it
/// cleanly: the current write finishes, nothing half-written is left, and it exits 0.
/// </summary>
internal static class WatchCommand
{
    /// <summary>The longest the watch sleeps at once, so that a feed added meanwhile (by feeds add) is noticed.</summary>
    private static readonly TimeSpan MostSleep = TimeSpan.FromMinutes(1);

    public static Command Create(Option<string?> db, CliContext context)
    {
        var intervalMin = CliOptions.WholeNumber("--interval-min", "Poll no feed more often than every this many minutes (the adaptive interval's lower bound; default 5)", 5);
        var fetch = new FetchOptions();
        var alerts = new AlertOptions();
        var command = new Command("watch", "Poll the followed feeds until stopped (Ctrl-C), each as often as it brings news, and alert on new conflicts with --alert conflicts") { intervalMin };
        fetch.AddTo(command);
        alerts.AddTo(command);
        command.SetAction(parsed =>
        {
            using var stop = new StopSignal();

            string location = ArticleStores.Resolve(parsed.GetValue(db));
            using var store = ArticleStores.Open(location);
            var options = fetch.Read(parsed).WithMinInterval(TimeSpan.FromMinutes(parsed.GetValue(intervalMin)));
            var session = new FeedSession(store, context, parsed, options, alerts);
            int feeds = store.Feeds().Feeds().Count(f => !f.Disabled);
            context.Output.WriteLine($"watching {feeds} feed(s) in {ArticleStores.Describe(location)}{(alerts.Wanted(parsed) ? ", alerting on conflicts" : "")}; Ctrl-C stops");
            context.Output.Flush();
            try
            {
                session.CheckAlerts(stop.Token);
                while (!stop.Requested)
                {
                    var outcomes = session.PollOnce(dueOnly: true, stop.Token);
                    if (outcomes.Count > 0)
                    {
                        session.CheckAlerts(stop.Token);
                    }

                    context.Output.Flush();
                    var next = session.Follower.NextDue() ?? DateTimeOffset.UtcNow + MostSleep;
                    var wait = next - DateTimeOffset.UtcNow;
                    stop.Token.WaitHandle.WaitOne(wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > MostSleep ? MostSleep : wait);
                }
            }
            catch (OperationCanceledException) when (stop.Requested)
            {
                // Stopped while waiting for a host or an answer: nothing was being written.
            }

            context.Output.WriteLine("stopped");
            return ExitCode.Success;
        });
        return command;
    }
}
