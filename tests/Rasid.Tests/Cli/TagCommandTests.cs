namespace Rasid.Tests.Cli;

public sealed class TagCommandTests
{
    private static string Sample => TestData.Fixture("ner-sample.conll");

    [Fact]
    public void Tag_prints_word_and_tag_per_line_with_a_blank_line_between_sentences()
    {
        var result = CliRunner.Run("tag", "--conll", Sample);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var input = File.ReadAllLines(Sample);
        Assert.Equal(input.Count(l => l.Length > 0), lines.Count(l => l.Length > 0)); // one line per word
        Assert.Equal(2, lines.Count(l => l.Length == 0) - 1); // a blank line after each of the two sentences (and the final newline)
        foreach (var (line, original) in lines.Where(l => l.Length > 0).Zip(input.Where(l => l.Length > 0)))
        {
            string[] columns = line.Split(' ');
            Assert.Equal(original.Split(' ')[0], columns[0]); // the word, as given
            Assert.Matches("^(O|[BI]-(PERS|LOC|ORG|MISC))$", columns[1]);
        }
    }

    [Fact]
    public void Score_reports_entity_level_precision_recall_and_f1_and_min_fails_below_it()
    {
        var scored = CliRunner.Run("tag", "--conll", Sample, "--score");
        Assert.Equal(0, scored.ExitCode);
        Assert.Matches(@"all\s+precision \d\.\d{3} recall \d\.\d{3} F1 \d\.\d{3} \(gold 6,", scored.Output);
        var floor = CliRunner.Run("tag", "--conll", Sample, "--score", "--min", "1.01");
        Assert.Equal(7, floor.ExitCode);
        Assert.StartsWith("rasid: NER micro F1", floor.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_and_scoring_an_untagged_file_are_one_line_errors()
    {
        Assert.Equal(5, CliRunner.Run("tag", "--conll", "/no/such/file.conll").ExitCode);
        using var temp = new TestData.TempFolder();
        File.WriteAllText(temp.File("plain.txt"), "قال\nالوزير\n");
        var result = CliRunner.Run("tag", "--conll", temp.File("plain.txt"), "--score");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
