using System.Text.Json;
using Rasid.Analysis;
using Rasid.Searching;
using Rasid.Tests.Cli;

namespace Rasid.Tests.Searching;

/// <summary>rasid analyze: every token as the one analysis chain indexes it, and why a dropped one is dropped.</summary>
public sealed class TextExplainerTests
{
    [Fact]
    public void Each_token_shows_its_normalized_form_stem_and_name_key_as_the_index_holds_them()
    {
        var tokens = TextExplainer.Explain("والاستثمارات في زوكربيرغ ١٢٪");
        Assert.Equal(["والاستثمارات", "في", "زوكربيرغ", "١٢٪"], tokens.Select(t => t.Surface));

        // The explanation is the chain's own output: the terms are exactly what TermAnalyzer indexes at that token.
        foreach (var t in tokens.Where(t => t.NotIndexed is null))
        {
            var indexed = TermAnalyzer.Analyze("والاستثمارات في زوكربيرغ ١٢٪").Where(a => a.Start == t.Start).Select(a => a.Term).Distinct();
            Assert.Equal(indexed, t.Terms);
        }

        Assert.Equal("a stop word", tokens[1].NotIndexed);
        Assert.Empty(tokens[1].Terms);
        Assert.Equal(TermAnalyzer.Analyze("الاستثمار").Single().Term, tokens[0].Terms.Single()); // clitics and plural gone
        Assert.Equal(["12%", "12"], tokens[3].Terms); // Arabic-Indic digits folded, the number also without its %
        Assert.Equal(TermAnalyzer.Analyze("زوكربيرج").Single().NameKey, tokens[2].NameKey); // one key for both spellings
    }

    [Fact]
    public void A_known_name_shows_the_other_scripts_spellings_a_search_also_matches()
    {
        var tokens = TextExplainer.Explain("Zuckerberg", Rasid.Extraction.Gazetteer.Default);
        Assert.Contains(tokens.Single().AlsoMatches, s => s.StartsWith("زوكربير", StringComparison.Ordinal));
        Assert.Empty(TextExplainer.Explain("Zuckerberg").Single().AlsoMatches); // without the gazetteer, none
    }

    [Fact]
    public void A_dropped_token_says_why()
    {
        var tokens = TextExplainer.Explain("ب من ميتا");
        Assert.Equal(["a single letter", "a stop word", null], tokens.Select(t => t.NotIndexed));
    }

    [Fact]
    public void The_command_prints_a_row_per_token_or_json_lines_and_empty_text_is_a_usage_error()
    {
        var table = CliRunner.Run("analyze", "في", "ميتا");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("2 token(s), 1 indexed", table.Output, StringComparison.Ordinal); // في is a stop word

        var json = CliRunner.Run("analyze", "أرامكو", "--json");
        Assert.Equal(0, json.ExitCode);
        var line = JsonDocument.Parse(json.Output.Trim()).RootElement;
        Assert.Equal("أرامكو", line.GetProperty("surface").GetString());
        Assert.Equal("ارامكو", line.GetProperty("normalized").GetString());

        var empty = CliRunner.Run("analyze", "؟!");
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("nothing to analyze", empty.Error, StringComparison.Ordinal);
    }
}
