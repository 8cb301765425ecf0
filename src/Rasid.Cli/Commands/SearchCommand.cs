using System.CommandLine;
using System.Text.Json;
using Rasid.Searching;
using Rasid.Storing;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid search QUERY: ranked articles with highlighted snippets.</summary>
internal static class SearchCommand
{
    public static Command Create(Option<string?> db, CliContext context)
    {
        var query = new Argument<string[]>("QUERY") { Description = "Words to search for, in any spelling; Arabic or Latin", Arity = ArgumentArity.OneOrMore };
        var limit = CliOptions.WholeNumber("--limit", "Most hits to show", 10, "-n");
        var json = new Option<bool>("--json") { Description = "Print hits as JSON" };
        var exact = new Option<bool>("--exact") { Description = "Only the words as typed: a known name's spellings in the other script (Zuckerberg, زوكربيرغ) are not matched as well" };
        var command = new Command("search", "Full-text search over stored articles; a known name matches its spellings in Arabic and Latin letters") { query, limit, json, exact };
        command.SetAction(parsed =>
        {
            int n = parsed.GetValue(limit);
            using var store = RasidApp.OpenExistingStore(parsed, db);
            string text = string.Join(' ', parsed.GetValue(query)!);
            var filter = new Rasid.Queries.SearchFilter(text, Math.Min(n, Rasid.Queries.NewsQueries.MaxHits), Exact: parsed.GetValue(exact));
            var result = new Rasid.Queries.NewsQueries(store, context.Extractors(parsed)).Search(filter).Result;
            if (result.Query.IsEmpty)
            {
                context.Fail(result.Note ?? "the query has no searchable words");
                return ExitCode.UsageError;
            }

            if (parsed.GetValue(json))
            {
                WriteJson(context.Output, result);
                return ExitCode.Success;
            }

            if (result.Note is { } note)
            {
                context.Error.WriteLine("rasid: " + note);
            }

            foreach (var also in result.Query.Also)
            {
                context.Output.WriteLine($"also matched: {also.Surface} → {string.Join("، ", also.Spellings)} (--exact for the words as typed)");
            }

            if (result.Hits.Count == 0)
            {
                context.Output.WriteLine("no articles found");
                return ExitCode.Success;
            }

            var table = new Table().AddColumn("id").AddColumn("score").AddColumn("source / title").AddColumn("snippet");
            foreach (var hit in result.Hits)
            {
                string snippet = context.Interactive
                    ? Snippets.Render(hit.Snippet.Select(p => p with { Text = Markup.Escape(p.Text) }).ToList(), "[bold yellow]", "[/]")
                    : Markup.Escape(Snippets.Render(hit.Snippet, "[", "]"));
                table.AddRow(
                    new Markup(hit.Article.Id),
                    new Markup(hit.Score.ToString("0.00")),
                    new Markup(Markup.Escape(hit.Article.Source + (hit.Article.Article.Title is { } t ? "\n" + t : string.Empty))),
                    new Markup(snippet));
            }

            context.Console.Write(table);
            context.Output.WriteLine($"{result.Hits.Count} hit(s)");
            return ExitCode.Success;
        });
        return command;
    }

    private static void WriteJson(TextWriter output, SearchResult result)
    {
        var payload = new
        {
            query = result.Query.Text,
            terms = result.Query.Terms.Select(t => t.Term),
            matched_all_words = result.MatchedAllWords,
            also_matched = result.Query.Also.Select(a => new { word = a.Surface, spellings = a.Spellings }),
            note = result.Note,
            hits = result.Hits.Select(h => new
            {
                id = h.Article.Id,
                source = h.Article.Source,
                title = h.Article.Article.Title,
                score = Math.Round(h.Score, 4),
                snippet = Snippets.Render(h.Snippet, "<mark>", "</mark>"),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(payload, ArticleJson.Options));
    }
}
