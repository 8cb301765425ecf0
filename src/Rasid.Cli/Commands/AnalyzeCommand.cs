using System.CommandLine;
using System.Text.Json;
using Rasid.Searching;
using Rasid.Storing;
using Spectre.Console;

namespace Rasid.Cli.Commands;

/// <summary>rasid analyze TEXT: each token as indexing and search see it, so a user can tell why a query matched or not.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string[]>("TEXT") { Description = "The words to analyze (a query or a sentence of an article)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON line per token" };
        var command = new Command("analyze", "Show each token as Rasid indexes and searches it: normalized form, index terms (stems), name key, root key, other-script spellings a search also matches, or why it is not indexed") { text, json };
        command.SetAction(parsed =>
        {
            string input = string.Join(' ', parsed.GetValue(text)!);
            var tokens = TextExplainer.Explain(input, context.Extractors(parsed).Gazetteer);
            if (tokens.Count == 0)
            {
                context.Fail("nothing to analyze: the text has no words or numbers");
                return ExitCode.UsageError;
            }

            if (parsed.GetValue(json))
            {
                foreach (var t in tokens)
                {
                    context.Output.WriteLine(JsonSerializer.Serialize(t, ArticleJson.Options));
                }

                return ExitCode.Success;
            }

            var table = new Table().AddColumn("token").AddColumn("kind").AddColumn("normalized").AddColumn("index terms").AddColumn("name key").AddColumn("root key").AddColumn("also matches");
            foreach (var t in tokens)
            {
                string terms = t.NotIndexed is { } why ? $"— ({why})" : string.Join(" ", t.Terms);
                table.AddRow(Markup.Escape(t.Surface), t.Kind, Markup.Escape(t.Normalized), Markup.Escape(terms), Markup.Escape(t.NameKey ?? "—"), Markup.Escape(t.RootKey ?? "—"), Markup.Escape(t.AlsoMatches.Count > 0 ? string.Join("، ", t.AlsoMatches) : "—"));
            }

            context.Console.Write(table);
            int dropped = tokens.Count(t => t.NotIndexed is not null);
            context.Output.WriteLine($"{tokens.Count} token(s), {tokens.Count - dropped} indexed. A search finds the articles that hold every indexed term (its stem, or any spelling under its name key), else those holding any; a question ranks those holding any (also by root key).");
            return ExitCode.Success;
        });
        return command;
    }
}
