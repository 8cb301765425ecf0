using System.CommandLine;
using Rasid.Storing;
using Rasid.Web;

namespace Rasid.Cli.Commands;

/// <summary>rasid serve: the HTTP JSON API and the right-to-left web UI over a store, until stopped.</summary>
internal static class ServeCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (loopback unless you say otherwise)", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var allowIngest = new Option<bool>("--allow-ingest") { Description = "Take articles over HTTP (POST /api/v1/articles) with the token printed at start; read-only without it" };
        var command = new Command("serve", "Serve the web UI and the HTTP JSON API (/api/v1) over the store") { urls, allowIngest };
        command.SetAction(async (parsed, cancel) =>
        {
            string location = ArticleStores.Resolve(parsed.GetValue(db));
            if (!ArticleStores.Exists(location))
            {
                context.Fail($"no store at {ArticleStores.Describe(location)}: ingest articles first (rasid --db {location} ingest PATH)");
                return ExitCode.StoreError;
            }

            string? token = parsed.GetValue(allowIngest) ? Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)) : null;
            var extractors = context.Extractors(parsed);
            using (ArticleStores.Open(location))
            {
                // Opened once here so that a store that cannot be read fails now, with one line, not at the first request.
            }

            await using var app = RasidWeb.Build(new WebOptions(parsed.GetValue(urls)!, token), () => ArticleStores.Open(location), extractors);
            await app.StartAsync(cancel);
            string address = string.Join(", ", app.Urls);
            context.Error.WriteLine($"rasid: serving {ArticleStores.Describe(location)} at {address} ({(token is null ? "read-only" : "ingest allowed")}); API at {address.Split(", ")[0]}/api, Ctrl-C stops");
            if (token is not null)
            {
                context.Error.WriteLine($"rasid: ingest token: {token} (send as 'Authorization: Bearer {token}')");
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
            }

            await app.StopAsync(CancellationToken.None);
            return ExitCode.Success;
        });
        return command;
    }
}
