using System.Text;
using System.Text.Json;
using Rasid.Exporting;

namespace Rasid.Tests.Cli;

/// <summary>rasid export for spreadsheets (CSV tables with a byte order mark) and for one story or one claim.</summary>
public sealed class SpreadsheetExportTests : IDisposable
{
    private readonly TestData.TempFolder _folder = new();

    private string Db => Path.Combine(_folder.Path, "rasid.db");

    private CliRunner.Result Rasid(params string[] args) => CliRunner.Run(["--db", Db, .. args]);

    public void Dispose() => _folder.Dispose();

    private static List<JsonElement> Records(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    /// <summary>Rows of a CSV text, quoted line breaks and commas kept inside their cells.</summary>
    private static List<List<string>> Rows(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { cell.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; }
            else { cell.Append(c); }
        }

        return rows;
    }

    [Fact]
    public void Claims_as_csv_have_one_row_per_value_with_outlet_sentence_and_source_and_open_as_utf8()
    {
        Rasid("ingest", TestData.SeedsFolder);
        string file = _folder.File("claims.csv");
        Assert.Equal(0, Rasid("export", "--format", "csv", "--records", "claims", "--output", file).ExitCode);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        var rows = Rows(Encoding.UTF8.GetString(bytes[3..]));
        var header = rows[0];
        int values = Records(Rasid("claims", "--json").Output).Sum(c => c.GetProperty("values").GetArrayLength());
        Assert.Equal(values, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        var deal = rows.Skip(1).Where(r => r[header.IndexOf("metric")] == "investment").ToList();
        Assert.Contains(deal, r => r[header.IndexOf("value_text")] == "14.8 مليار دولار" && r[header.IndexOf("source")].EndsWith("002_2247266ad1306104.txt", StringComparison.Ordinal));
        Assert.All(deal, r => Assert.Contains(r[header.IndexOf("surface")], r[header.IndexOf("sentence")], StringComparison.Ordinal));
        Assert.All(deal, r => Assert.Equal("الاستثمار", r[header.IndexOf("metric_label")]));
    }

    [Theory]
    [InlineData("articles", "text", 5)]
    [InlineData("figures", "value_text", 20)]
    [InlineData("stories", "story", 2)]
    public void Every_table_exports_with_a_header_and_its_rows(string table, string column, int atLeast)
    {
        Rasid("ingest", TestData.SeedsFolder);
        var result = Rasid("export", "--format", "csv", "--records", table);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(CsvExporter.Bom, result.Output, StringComparison.Ordinal);
        var rows = Rows(result.Output[1..]);
        Assert.Contains(column, rows[0]);
        Assert.True(rows.Count - 1 >= atLeast, $"{rows.Count - 1} rows");
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
    }

    [Fact]
    public void One_story_or_one_claim_exports_alone_and_an_unknown_one_is_not_found()
    {
        Rasid("ingest", TestData.SeedsFolder);
        var story = Records(Rasid("stories", "--json").Output)[0];
        var exported = Records(Rasid("export", "--story", story.GetProperty("id").GetString()!).Output);
        Assert.Equal("story", exported[0].GetProperty("type").GetString());
        Assert.Equal(
            story.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).Order(),
            exported.Skip(1).Select(a => a.GetProperty("id").GetString()).Order());

        var claim = Records(Rasid("claims", "--json", "--status", "conflict").Output)[0];
        var rows = Rows(Rasid("export", "--claim", claim.GetProperty("id").GetString()!, "--format", "csv").Output[1..]);
        Assert.Equal(claim.GetProperty("values").GetArrayLength(), rows.Count - 1);

        Assert.Equal(5, Rasid("export", "--story", "story-none").ExitCode);
        Assert.Equal(5, Rasid("export", "--claim", "claim-none").ExitCode);
    }

    [Theory]
    [InlineData("export", "--format", "csv")]
    [InlineData("export", "--records", "claims")]
    [InlineData("export", "--format", "csv", "--records", "people")]
    [InlineData("export", "--story", "a", "--claim", "b")]
    public void An_export_asked_for_in_a_way_that_does_not_fit_is_a_usage_error(params string[] command)
    {
        Rasid("ingest", TestData.SeedsFolder);
        var result = Rasid(command);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("rasid: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("نحو 12٪، وفق البيان", "نحو 12٪، وفق البيان")] // the Arabic comma separates no cells
    [InlineData("سطر\nوسطر", "\"سطر\nوسطر\"")]
    [InlineData("a,b", "\"a,b\"")]
    public void Cells_never_run_as_formulas_and_are_quoted_when_they_must_be(string value, string written) =>
        Assert.Equal(written, CsvExporter.Cell(value));
}
