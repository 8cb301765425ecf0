using Rasid.Evaluation;
using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Storing;

namespace Rasid.Tests.Cleaning;

/// <summary>The seeds against their hand-made gold: every boilerplate piece gone, every kept sentence kept, every metadata field right.</summary>
public sealed class SeedGoldTests
{
    /// <summary>The seeds scored once against the gold (extraction runs the tagger; every test reads the same report).</summary>
    private static readonly Lazy<EvalReport> Report = new(() =>
    {
        var articles = new SourceReader().Read([TestData.SeedsFolder])
            .Select(r => RasidPipeline.Default.Process(r.Document!))
            .ToDictionary(p => Path.GetFileName(p.Source), p => new StoredArticle(p.Id, p.Source, p.ContentHash, p.Article));
        return GoldEvaluator.Evaluate(File.ReadAllText(TestData.GoldFile), name => articles.GetValueOrDefault(name));
    });

    private static EvalMetric Metric(string prefix) => Report.Value.Metrics.Single(m => m.Name.StartsWith(prefix, StringComparison.Ordinal));

    private static double F1(EvalMetric recall, EvalMetric precision) => 2 * recall.Score * precision.Score / (recall.Score + precision.Score);

    [Fact]
    public void Seeds_score_full_marks_on_cleaning_and_metadata()
    {
        var report = Report.Value;
        Assert.Empty(report.MissingArticles);
        string[] cleaning = ["boilerplate removed", "sentences kept", "title", "authors", "published", "via", "ai disclosure"];
        Assert.Equal(cleaning.Length, report.Metrics.Count(m => cleaning.Contains(m.Name)));
        foreach (var metric in report.Metrics.Where(m => cleaning.Contains(m.Name)))
        {
            Assert.True(metric.Score == 1.0, $"{metric.Name}: {metric.Correct}/{metric.Total}; " + string.Join(" | ", metric.Misses));
        }
    }

    [Fact]
    public void Seed_figures_are_found_with_their_qualifiers_and_none_from_names_or_dates()
    {
        var recall = Metric("figures found");
        var precision = Metric("figures right");
        double f1 = F1(recall, precision);
        Assert.True(f1 >= 0.95, $"figures F1 {f1:0.000}: " + string.Join(" | ", recall.Misses.Concat(precision.Misses)));
        Assert.True(Metric("figure qualifiers").Score >= 0.9, string.Join(" | ", Metric("figure qualifiers").Misses));
        Assert.Equal(1.0, Metric("no figure from").Score);
    }

    [Fact]
    public void Seed_entities_score_f1_of_at_least_0_9_and_quotes_have_their_speakers()
    {
        Assert.True(F1(Metric("entities found"), Metric("entities right")) >= 0.9, string.Join(" | ", Metric("entities found").Misses.Concat(Metric("entities right").Misses)));
        Assert.Equal(1.0, Metric("quotes found").Score);
        Assert.Equal(1.0, Metric("quote speakers").Score);
    }

    [Fact]
    public void Seed_dates_are_found()
    {
        var dates = Metric("dates found");
        Assert.True(dates.Score >= 0.85, string.Join(" | ", dates.Misses));
    }

    [Fact]
    public void Removed_pieces_carry_reasons_and_never_overlap_the_text()
    {
        foreach (var result in new SourceReader().Read([TestData.SeedsFolder]))
        {
            var article = RasidPipeline.Default.Process(result.Document!).Article;
            foreach (var piece in article.Removed)
            {
                Assert.False(string.IsNullOrWhiteSpace(piece.Reason));
                Assert.DoesNotContain(piece.Text, article.Text.Split('\n'));
            }
        }
    }
}
