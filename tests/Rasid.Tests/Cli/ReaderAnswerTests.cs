using Rasid.Queries;

namespace Rasid.Tests.Cli;

/// <summary>
/// Answers a person reads (issue 25): claims one row per value with its source and sentence, Arabic metric labels
/// and amounts as a journalist writes them, stories with their size and dates, and no silent empties: a missing
/// store, an unknown status, kind or metric, and a mistyped number each fail with one line naming what is wrong.
/// </summary>
public sealed class ReaderAnswerTests : IDisposable
{
    private readonly TestData.TempFolder _folder = new();

    private string Db => Path.Combine(_folder.Path, "rasid.db");

    private CliRunner.Result Rasid(params string[] args) => CliRunner.Run(["--db", Db, .. args]);

    public void Dispose() => _folder.Dispose();

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Claims_show_each_value_on_its_own_row_with_its_source_sentence_and_an_arabic_metric()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var result = Rasid("claims", "--status", "conflict");
        Assert.Equal(0, result.ExitCode);

        // The two values of the deal, each on its own row with the article it comes from and the words around it.
        var rows = Lines(result.Output).Where(l => l.Contains("مليار دولار", StringComparison.Ordinal)).ToList();
        Assert.Contains(rows, r => r.Contains("14.8 مليار دولار", StringComparison.Ordinal) && r.Contains("002_", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("14.3 مليار دولار", StringComparison.Ordinal) && r.Contains("003_", StringComparison.Ordinal));
        Assert.Contains("الاستثمار", result.Output, StringComparison.Ordinal);
        Assert.Contains("متعارضة", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("investment", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"1 of 1 claim\(s\) shown; over all: 1 conflicting, 1 revised, \d+ agreed of \d+ claims", result.Output);

        // --raw keeps plain numbers and unit codes; --json keeps the metric id.
        var raw = Rasid("claims", "--status", "conflict", "--raw");
        Assert.Contains("14800000000 USD", raw.Output, StringComparison.Ordinal);
        Assert.Contains("investment", raw.Output, StringComparison.Ordinal);
        Assert.Contains("\"metric\":\"investment\"", Rasid("claims", "--status", "conflict", "--json").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_limit_shows_how_many_there_are_and_an_entity_named_in_the_sentence_finds_its_claim()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var one = Rasid("claims", "--limit", "1");
        Assert.Matches(@"1 of (\d+) claim\(s\) shown", one.Output);
        Assert.DoesNotMatch(@"1 of 1 claim", one.Output);

        // The deal's subject is Meta; Scale AI is named in its sentences, in Latin letters in one and Arabic in the other.
        var scale = Rasid("claims", "--entity", "Scale AI", "--json");
        Assert.Contains("\"metric\":\"investment\"", scale.Output, StringComparison.Ordinal);
        Assert.Empty(Lines(Rasid("claims", "--entity", "كيان لا يذكره أحد", "--json").Output));
    }

    [Fact]
    public void Stories_show_size_and_the_total_and_one_story_lists_its_articles()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var list = Rasid("stories");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("size", list.Output, StringComparison.Ordinal);
        var footer = Assert.Single(Lines(list.Output), l => l.Contains(" shown", StringComparison.Ordinal));
        Assert.Matches(@"^1 of 1 story shown", footer);

        var record = System.Text.Json.JsonDocument.Parse(Lines(Rasid("stories", "--json").Output)[0]).RootElement;
        var one = Rasid("stories", record.GetProperty("id").GetString()!);
        Assert.Equal(0, one.ExitCode);
        Assert.Contains("2 articles", one.Output, StringComparison.Ordinal);
        Assert.All(record.GetProperty("articles").EnumerateArray(), a => Assert.Contains(a.GetString()!, one.Output, StringComparison.Ordinal));

        var missing = Rasid("stories", "story-none");
        Assert.Equal(5, missing.ExitCode);
        Assert.Single(Lines(missing.Error));
    }

    [Fact]
    public void Search_says_which_other_spellings_it_matched_and_a_query_of_no_words_is_a_usage_error()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var latin = Rasid("search", "Zuckerberg");
        Assert.Equal(0, latin.ExitCode);
        Assert.Contains("also matched: Zuckerberg → ", latin.Output, StringComparison.Ordinal);
        Assert.Contains("زوكربيرغ", latin.Output, StringComparison.Ordinal);
        Assert.Matches(@"[1-9]\d* hit\(s\)", latin.Output);

        var exact = Rasid("search", "Zuckerberg", "--exact");
        Assert.Contains("no articles found", exact.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("also matched", exact.Output, StringComparison.Ordinal);

        foreach (string[] nothing in new[] { new[] { "AND", "OR", "NOT" }, new[] { "في", "من", "إلى" } })
        {
            var result = Rasid(["search", .. nothing]);
            Assert.Equal(2, result.ExitCode);
            Assert.Single(Lines(result.Error));
            Assert.Empty(result.Output);
        }
    }

    [Fact]
    public void Show_json_holds_the_articles_figures_dates_entities_and_quotes_at_their_offsets()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var article = System.Text.Json.JsonDocument.Parse(Rasid("show", Path.GetFileName(TestData.Seed("002")), "--json").Output).RootElement;
        string text = article.GetProperty("text").GetString()!;
        foreach (string kind in new[] { "figures", "dates", "entities" })
        {
            var items = article.GetProperty(kind).EnumerateArray().ToList();
            Assert.NotEmpty(items);
            Assert.All(items, i => Assert.Equal(i.GetProperty("surface").GetString(), text[i.GetProperty("start").GetInt32()..i.GetProperty("end").GetInt32()]));
        }

        Assert.Contains(article.GetProperty("figures").EnumerateArray(), f => f.GetProperty("value").GetDouble() == 14.8e9);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, article.GetProperty("quotes").ValueKind);
    }

    [Fact]
    public void Eval_help_names_gold_files_that_are_in_the_repository()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Rasid.slnx")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("no repository above the tests");
        }

        var help = CliRunner.Run("eval", "--help").Output;
        var named = System.Text.RegularExpressions.Regex.Matches(help, @"[\w./-]+\.json").Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(named);
        Assert.All(named, path => Assert.True(File.Exists(Path.Combine(root, path)), $"eval --help names {path}, which the repository lacks"));
    }

    [Theory]
    [InlineData("search", "ميتا")]
    [InlineData("show", "abc")]
    [InlineData("stats")]
    [InlineData("claims")]
    [InlineData("stories")]
    [InlineData("entities")]
    [InlineData("facts")]
    [InlineData("export")]
    public void A_read_command_on_a_store_that_does_not_exist_fails_and_creates_nothing(params string[] command)
    {
        var result = Rasid(command);
        Assert.Equal(6, result.ExitCode);
        var line = Assert.Single(Lines(result.Error));
        Assert.Contains("no database at", line, StringComparison.Ordinal);
        Assert.Contains(Db, line, StringComparison.Ordinal);
        Assert.False(File.Exists(Db), "a read command must not create the store");
    }

    [Theory]
    [InlineData("agreed, conflict, revised", "claims", "--status", "conflicts")]
    [InlineData("same-event", "stories", "--kind", "event")]
    [InlineData("organization", "entities", "--kind", "company")]
    [InlineData("capital_expenditure", "facts", "--metric", "capex")]
    [InlineData("--limit must be a whole number", "search", "ميتا", "--limit", "abc")]
    [InlineData("--limit must be a whole number", "claims", "--limit", "0")]
    public void A_value_an_option_does_not_take_is_one_usage_error_naming_what_it_takes(string named, params string[] command)
    {
        Rasid("ingest", TestData.SeedsFolder);
        var result = Rasid(command);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }
}

/// <summary>The labels every surface shows (terminal, web): amounts as a reader writes them, Gregorian dates with Arabic months.</summary>
public sealed class LabelTests
{
    [Theory]
    [InlineData(600e9, null, "USD", "up_to", "ما يصل إلى 600 مليار دولار")]
    [InlineData(14.8e9, null, "USD", "exact", "14.8 مليار دولار")]
    [InlineData(70e9, 72e9, "USD", "range", "70–72 مليار دولار")]
    [InlineData(12, null, "%", "approx", "نحو 12٪")]
    [InlineData(45e6, null, "SAR", "more_than", "أكثر من 45 مليون ريال")]
    [InlineData(2.5e12, null, "USD", "exact", "2.5 تريليون دولار")]
    [InlineData(9, null, "person", "exact", "9")]
    [InlineData(4500, null, "barrel", "exact", "4,500 برميل")]
    public void Amounts_read_as_a_journalist_writes_them(double value, double? max, string unit, string qualifier, string expected) =>
        Assert.Equal(expected, Labels.Amount(value, max, unit, qualifier));

    [Theory]
    [InlineData("2025-04-23", "23 أبريل 2025")]
    [InlineData("2015-08-05T10:00:00Z", "5 أغسطس 2015")]
    [InlineData(null, "")]
    [InlineData("last week", "last week")]
    public void Dates_are_gregorian_with_arabic_month_names(string? published, string expected) =>
        Assert.Equal(expected, Labels.Date(published));

    [Fact]
    public void Values_that_agree_only_within_one_story_are_shown_as_one_account_not_as_agreement()
    {
        static Rasid.Relating.ClaimValue Value(string article, int stories) =>
            new(article, "https://example.org/" + article, "2015-07-21", 4, null, "person", "exact", "أربعة أشخاص", "لقي أربعة أشخاص مصرعهم", 0, 5, stories);
        static Rasid.Relating.Claim Claim(string status, int stories) =>
            new("claim-x", "جازان", "deaths", null, status, [Value("a", stories), Value("b", stories)]);

        Assert.Equal(Labels.OneAccount, Labels.Status(Claim("agreed", 1)));
        Assert.Equal("متفقة", Labels.Status(Claim("agreed", 2)));
        Assert.Equal("متعارضة", Labels.Status(Claim("conflict", 1))); // two reports of one story that disagree still disagree
    }

    [Fact]
    public void Every_metric_extraction_knows_has_an_arabic_label()
    {
        Assert.NotEmpty(NewsQueries.Metrics);
        Assert.All(NewsQueries.Metrics, m => Assert.Matches(@"^[\u0600-\u06FF ]+$", Labels.Metric(m)));
    }
}
