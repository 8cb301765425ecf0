using System.Text.Json;

namespace Rasid.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly TestData.TempFolder _temp = new();

    private string Db => _temp.File("rasid.db");

    private CliRunner.Result Rasid(params string[] args) => CliRunner.Run(["--db", Db, .. args]);

    [Fact]
    public void The_rasid_program_runs_with_the_runtime_settings_ingest_was_measured_with()
    {
        // src/IngestRuntime.props: each setting took seconds off ingesting SaudiNewsNet (bench ingest); a project that
        // stopped importing it would still build and pass every other test, only slower.
        string config = Path.ChangeExtension(CliRunner.ExecutablePath, ".runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(config));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(0, properties.GetProperty("System.GC.DynamicAdaptationMode").GetInt32());
        Assert.Equal(0, properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
    }

    [Fact]
    public void Ingest_seeds_then_again_reports_them_as_already_stored()
    {
        var first = Rasid("ingest", TestData.SeedsFolder);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("5 added", first.Output, StringComparison.Ordinal);
        var second = Rasid("ingest", TestData.SeedsFolder);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 added, 5 already stored", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_inputs_get_one_line_each_and_a_nonzero_exit_while_good_ones_are_stored()
    {
        File.WriteAllBytes(_temp.File("empty.txt"), []);
        File.WriteAllBytes(_temp.File("binary.dat"), [0, 1, 2, 3, 0xFF, 0]);
        File.Copy(TestData.Seed("002"), _temp.File("good.txt"));
        var result = Rasid("ingest", _temp.Path, _temp.File("missing.txt"));
        Assert.Equal(3, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("rasid: ", l, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 added", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_with_no_article_text_are_counted_not_printed_and_the_run_succeeds()
    {
        string seed = File.ReadAllText(TestData.Seed("002"));
        File.WriteAllLines(_temp.File("feed.jsonl"),
        [
            System.Text.Json.JsonSerializer.Serialize(new { url = "https://example.com/a", content = seed }),
            System.Text.Json.JsonSerializer.Serialize(new { url = "https://example.com/b", content = "" }),
            System.Text.Json.JsonSerializer.Serialize(new { url = "https://example.com/c", title = "عنوان فقط" }),
        ]);
        File.WriteAllText(_temp.File("nav.html"), "<html><body><nav><a href='/'>الرئيسية</a> | <a href='/s'>رياضة</a></nav></body></html>");
        var result = Rasid("ingest", _temp.Path, "--report", _temp.File("report.tsv"));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("1 added", result.Output, StringComparison.Ordinal);
        Assert.Contains("3 skipped: 2 without text, 1 empty after cleaning", result.Output, StringComparison.Ordinal);
        var report = File.ReadAllLines(_temp.File("report.tsv"));
        Assert.Equal(3, report.Length);
        Assert.All(report, l => Assert.StartsWith("skipped\t", l, StringComparison.Ordinal));
        Assert.Contains(report, l => l.Contains("https://example.com/b", StringComparison.Ordinal));
        Assert.Contains(report, l => l.Contains("nav.html", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_reads_one_article_or_records_from_standard_input_and_stores_each_once()
    {
        string db = _temp.File("stdin.db");
        byte[] article = File.ReadAllBytes(TestData.Seed("002"));
        var first = CliRunner.RunWithInput(article, "--db", db, "ingest", "-");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 added", first.Output, StringComparison.Ordinal);
        var again = CliRunner.RunWithInput(article, "--db", db, "ingest", "-");
        Assert.Contains("0 added, 1 already stored", again.Output, StringComparison.Ordinal);

        string seed = File.ReadAllText(TestData.Seed("003"));
        byte[] records = System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { url = "https://example.com/meta", content = seed }) + "\n");
        var lines = CliRunner.RunWithInput(records, "--db", db, "ingest", "-");
        Assert.Equal(0, lines.ExitCode);
        Assert.Contains("1 added", lines.Output, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("--db", db, "show", "https://example.com/meta").ExitCode);
        Assert.Contains("\"source\":\"stdin:", CliRunner.Run("--db", db, "export").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_of_only_bad_input_exits_with_all_failed()
    {
        File.WriteAllBytes(_temp.File("empty.txt"), []);
        Assert.Equal(4, Rasid("ingest", _temp.File("empty.txt")).ExitCode);
    }

    [Fact]
    public void Search_json_gives_id_source_title_score_and_highlighted_snippet()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var result = Rasid("search", "زوكربيرغ", "--json", "--limit", "3");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var hits = json.RootElement.GetProperty("hits");
        Assert.Equal(3, hits.GetArrayLength());
        foreach (var hit in hits.EnumerateArray())
        {
            Assert.Equal(12, hit.GetProperty("id").GetString()!.Length);
            Assert.Contains("<mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
            Assert.True(hit.TryGetProperty("title", out _));
            Assert.True(hit.TryGetProperty("score", out _));
        }
    }

    [Fact]
    public void Search_with_fts_operators_does_not_fail()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var result = Rasid("search", "\"(ميتا OR NEAR* -");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error.Replace("rasid: no article has every word; showing articles with any of them", string.Empty, StringComparison.Ordinal).Trim());
    }

    [Fact]
    public void Export_writes_article_entity_figure_date_and_quote_records_a_line_each_per_the_contract()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var result = Rasid("export", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        var records = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        string[] Fields(string type) => type switch
        {
            "article" => ["id", "source", "title", "authors", "published", "via", "ai_disclosure", "text", "removed"],
            "figure" => ["article", "start", "end", "surface", "kind", "value", "max", "unit", "qualifier", "subject", "metric", "period"],
            "date" => ["article", "start", "end", "surface", "value", "precision"],
            "quote" => ["article", "speaker", "text", "start", "end"],
            "entity" => ["id", "kind", "name", "aliases", "mentions"],
            "story" => ["id", "articles", "kind"],
            "claim" => ["subject", "metric", "period", "status", "values"],
            _ => throw new InvalidOperationException("unexpected record type " + type),
        };

        Assert.Equal(5, records.Count(r => r.GetProperty("type").GetString() == "article"));
        Assert.Contains(records, r => r.GetProperty("type").GetString() == "figure");
        Assert.Contains(records, r => r.GetProperty("type").GetString() == "date");
        Assert.Contains(records, r => r.GetProperty("type").GetString() == "quote");
        var texts = records.Where(r => r.GetProperty("type").GetString() == "article").ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("text").GetString()!);
        foreach (var r in records)
        {
            string type = r.GetProperty("type").GetString()!;
            foreach (string field in Fields(type))
            {
                Assert.True(r.TryGetProperty(field, out _), $"{type}.{field}");
            }

            if (type == "entity")
            {
                foreach (var m in r.GetProperty("mentions").EnumerateArray())
                {
                    string text = texts[m.GetProperty("article").GetString()!];
                    Assert.Equal(m.GetProperty("surface").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
                }
            }
            else if (type is "figure" or "date" or "quote")
            {
                // Offsets are UTF-16 positions in the article's clean text: the surface is exactly there.
                string text = texts[r.GetProperty("article").GetString()!];
                Assert.Equal(r.GetProperty(type == "quote" ? "text" : "surface").GetString(), text[r.GetProperty("start").GetInt32()..r.GetProperty("end").GetInt32()]);
            }
        }

        Assert.Contains("ياسين عبد العزيز", result.Output, StringComparison.Ordinal); // Arabic as is, not \u escapes

        // One entity record per entity, every spelling merged; a quote's speaker that is a named entity is given by its id.
        var entities = records.Where(r => r.GetProperty("type").GetString() == "entity").ToList();
        var zuckerberg = Assert.Single(entities, e => e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Append(e.GetProperty("name").GetString()).Contains("زوكربيرغ"));
        Assert.True(zuckerberg.GetProperty("mentions").GetArrayLength() >= 3);
        var entityIds = entities.Select(e => e.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains(records, r => r.GetProperty("type").GetString() == "quote" && entityIds.Contains(r.GetProperty("speaker").GetString()));
    }

    [Fact]
    public void Export_to_a_file_leaves_no_partial_file()
    {
        Rasid("ingest", TestData.SeedsFolder);
        Assert.Equal(0, Rasid("export", "--output", _temp.File("out.jsonl")).ExitCode);
        Assert.Equal(5, File.ReadAllLines(_temp.File("out.jsonl")).Count(l => l.StartsWith("{\"type\":\"article\"", StringComparison.Ordinal)));
        Assert.False(File.Exists(_temp.File("out.jsonl.partial")));
    }

    [Fact]
    public void Show_prints_text_metadata_and_removed_pieces()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var result = Rasid("show", "004_9b11a2553ffdac0e.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2025-04-23T22:56", result.Output, StringComparison.Ordinal);
        Assert.Contains("أكثر الكلمات انتشاراً", result.Output, StringComparison.Ordinal); // listed as removed
        Assert.Contains("widget", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_an_unknown_article_is_not_found()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var result = Rasid("show", "no-such-article");
        Assert.Equal(5, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Eval_scores_the_seeds_and_gates_on_a_floor()
    {
        Rasid("ingest", TestData.SeedsFolder);
        Assert.Equal(0, Rasid("eval", TestData.GoldFile, "--min", "1.0", "--floor", "figures=0.95", "--floor", "figure qualifiers=0.9", "--floor", "date=0.85", "--floor", "quote=1.0", "--floor", "entit=0.9").ExitCode);
        Assert.Equal(7, Rasid("eval", TestData.GoldFile, "--min", "1.0", "--floor", "figures=1.01").ExitCode); // a named floor overrides --min
        Assert.Equal(2, Rasid("eval", TestData.GoldFile, "--floor", "figures").ExitCode);
        using var other = new TestData.TempFolder();
        Assert.Equal(6, CliRunner.Run("--db", other.File("x.db"), "eval", TestData.GoldFile, "--min", "0.5").ExitCode); // no store: said, not scored 0
        Assert.Equal(0, CliRunner.Run("--db", other.File("x.db"), "migrate").ExitCode);
        var partial = CliRunner.Run("--db", other.File("x.db"), "eval", TestData.GoldFile, "--min", "0.5");
        Assert.Equal(7, partial.ExitCode); // nothing ingested: every score is low
    }

    [Fact]
    public void Facts_lists_figures_per_the_export_contract_and_filters_by_entity_spelling_and_metric()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var all = Rasid("facts", "--json");
        Assert.Equal(0, all.ExitCode);
        var records = all.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(records.Count >= 30);
        foreach (var r in records)
        {
            Assert.Equal("figure", r.GetProperty("type").GetString());
            foreach (string field in new[] { "article", "start", "end", "surface", "kind", "value", "max", "unit", "qualifier", "subject", "metric", "period" })
            {
                Assert.True(r.TryGetProperty(field, out _), field);
            }
        }

        var capex = Rasid("facts", "--json", "--metric", "capital_expenditure_guidance").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, capex.Length); // the old range and the raised one
        Assert.All(capex, l => Assert.Equal("range", JsonDocument.Parse(l).RootElement.GetProperty("qualifier").GetString()));

        var byLatinName = Rasid("facts", "--json", "--entity", "Meta").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var byArabicName = Rasid("facts", "--json", "--entity", "ميتا").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(byLatinName);
        Assert.Equal(byArabicName, byLatinName);
        Assert.True(byLatinName.Length < records.Count);
    }

    [Fact]
    public void Entities_lists_each_entity_once_with_every_spelling_and_its_mentions()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var result = Rasid("entities", "--json", "--limit", "500");
        Assert.Equal(0, result.ExitCode);
        var records = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(records, r => Assert.Equal("entity", r.GetProperty("type").GetString()));
        var zuckerberg = records.Where(r => r.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Append(r.GetProperty("name").GetString())
            .Any(n => n!.Contains("زوكربيرج", StringComparison.Ordinal) || n.Contains("زوكربيرغ", StringComparison.Ordinal))).ToList();
        Assert.Single(zuckerberg); // both spellings, one entity
        Assert.Equal("person", zuckerberg[0].GetProperty("kind").GetString());
        Assert.True(zuckerberg[0].GetProperty("mentions").GetArrayLength() >= 4);
        var people = Rasid("entities", "--kind", "person", "--json").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(people, l => Assert.Equal("person", JsonDocument.Parse(l).RootElement.GetProperty("kind").GetString()));
    }

    [Fact]
    public void Show_marks_entities_figures_and_dates_in_the_text()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var marked = Rasid("show", "003_71008330705cbb94.txt").Output;
        Assert.Contains("«[ميتا]»", marked, StringComparison.Ordinal);
        Assert.Contains("{14.3 مليار دولاراً}", marked, StringComparison.Ordinal);
        Assert.Contains("<الربع الأول من عام 2026>", marked, StringComparison.Ordinal);
        var plain = Rasid("show", "003_71008330705cbb94.txt", "--no-marks").Output;
        Assert.DoesNotContain("{14.3", plain, StringComparison.Ordinal);
        Assert.Contains("14.3 مليار دولاراً", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_gazetteer_adds_entities_and_a_bad_one_is_one_line()
    {
        Rasid("ingest", TestData.SeedsFolder);
        File.WriteAllText(_temp.File("mine.tsv"), "organization\tمختبر ميتا للذكاء الفائق\tمختبر الذكاء الفائق|Meta Superintelligence Labs|MSL\n");
        var with = Rasid("entities", "--json", "--limit", "500", "--gazetteer", _temp.File("mine.tsv")).Output;
        var lab = with.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("name").GetString() == "مختبر ميتا للذكاء الفائق");
        Assert.Contains(lab.GetProperty("aliases").EnumerateArray(), a => a.GetString() == "MSL"); // the Latin acronym joined the Arabic name
        File.WriteAllText(_temp.File("bad.tsv"), "thing\tشيء\n");
        var bad = Rasid("entities", "--gazetteer", _temp.File("bad.tsv"));
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Single(bad.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Unknown_options_are_usage_errors()
    {
        var result = Rasid("stats", "--no-such-option");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Stats_counts_what_is_stored()
    {
        Rasid("ingest", TestData.SeedsFolder);
        using var json = JsonDocument.Parse(Rasid("stats", "--json").Output);
        Assert.Equal(5, json.RootElement.GetProperty("articles").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("with_ai_disclosure").GetInt64());
    }

    public void Dispose() => _temp.Dispose();
}
