using System.Text.Json;

namespace Rasid.Tests.Cli;

/// <summary>rasid stories, claims, entity and the export's story and claim records, on the bundled seeds.</summary>
public sealed class RelationCommandTests : IDisposable
{
    private readonly TestData.TempFolder _folder = new();

    private string Db => Path.Combine(_folder.Path, "rasid.db");

    private CliRunner.Result Rasid(params string[] args) => CliRunner.Run(["--db", Db, .. args]);

    private static List<JsonElement> Records(CliRunner.Result result) =>
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Stories_list_the_rewrite_with_its_evidence()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var result = Rasid("stories", "--json", "--kind", "rewrite");
        Assert.Equal(0, result.ExitCode);
        var story = Assert.Single(Records(result));
        Assert.Equal("story", story.GetProperty("type").GetString());
        Assert.Equal(2, story.GetProperty("articles").GetArrayLength());
        var evidence = story.GetProperty("links")[0].GetProperty("evidence");
        Assert.True(evidence.GetProperty("figures").GetArrayLength() >= 3);

        var table = Rasid("stories");
        Assert.Contains("rewrite", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_show_the_conflict_with_every_value_source_and_sentence()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var result = Rasid("claims", "--conflicts", "--entity", "Meta", "--json");
        Assert.Equal(0, result.ExitCode);
        var records = Records(result);
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal("conflict", r.GetProperty("status").GetString()));
        var deal = Assert.Single(records, r => r.GetProperty("metric").GetString() == "investment");
        foreach (var value in deal.GetProperty("values").EnumerateArray())
        {
            Assert.Contains(value.GetProperty("surface").GetString()!, value.GetProperty("sentence").GetString()!, StringComparison.Ordinal);
            Assert.EndsWith(".txt", value.GetProperty("source").GetString()!, StringComparison.Ordinal);
        }

        Assert.Empty(Records(Rasid("claims", "--entity", "كيان غير موجود", "--json")));
    }

    [Fact]
    public void Entity_shows_a_timeline_under_any_spelling_and_fails_cleanly_for_an_unknown_name()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var latin = Records(Rasid("entity", "Zuckerberg", "--json"));
        var arabic = Records(Rasid("entity", "زوكربيرج", "--json"));
        Assert.Equal("entity", latin[0].GetProperty("type").GetString());
        Assert.Equal(latin[0].GetProperty("id").GetString(), arabic[0].GetProperty("id").GetString());
        Assert.Contains(latin, r => r.GetProperty("type").GetString() == "timeline");

        var missing = Rasid("entity", "لا أحد بهذا الاسم");
        Assert.Equal(5, missing.ExitCode);
        Assert.Single(missing.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Export_ends_with_story_and_claim_records()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var records = Records(Rasid("export"));
        var types = records.Select(r => r.GetProperty("type").GetString()).ToList();
        Assert.Contains("story", types);
        Assert.Contains("claim", types);

        // The export's stories and claims are the ones the commands show.
        static string Key(JsonElement r) => r.GetProperty("id").GetString()!;
        Assert.Equal(
            Records(Rasid("stories", "--json", "--limit", "1000")).Select(Key).Order(),
            records.Where(r => r.GetProperty("type").GetString() == "story").Select(Key).Order());
        Assert.Equal(
            Records(Rasid("claims", "--json")).Select(Key).Order(),
            records.Where(r => r.GetProperty("type").GetString() == "claim").Select(Key).Order());
        var articles = records.Where(r => r.GetProperty("type").GetString() == "article").Select(r => r.GetProperty("id").GetString()).ToHashSet();
        foreach (var claim in records.Where(r => r.GetProperty("type").GetString() == "claim"))
        {
            Assert.Contains(claim.GetProperty("status").GetString(), new[] { "agreed", "conflict", "revised" });
            Assert.All(claim.GetProperty("values").EnumerateArray(), v => Assert.Contains(v.GetProperty("article").GetString(), articles));
        }
    }
}
