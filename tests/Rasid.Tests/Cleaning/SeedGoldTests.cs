using Rasid.Evaluation;
using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Storing;

namespace Rasid.Tests.Cleaning;

/// <summary>The seeds against their hand-made gold: every boilerplate piece gone, every kept sentence kept, every metadata field right.</summary>
public sealed class SeedGoldTests
{
    [Fact]
    public void Seeds_score_full_marks_on_cleaning_and_metadata()
    {
        var articles = new SourceReader().Read([TestData.SeedsFolder])
            .Select(r => RasidPipeline.Default.Process(r.Document!))
            .ToDictionary(p => Path.GetFileName(p.Source), p => new StoredArticle(p.Id, p.Source, p.ContentHash, p.Article));
        var report = GoldEvaluator.Evaluate(File.ReadAllText(TestData.GoldFile), name => articles.GetValueOrDefault(name));
        Assert.Empty(report.MissingArticles);
        foreach (var metric in report.Metrics.Where(m => !m.Name.StartsWith("figure", StringComparison.Ordinal) && !m.Name.StartsWith("no figure", StringComparison.Ordinal) && !m.Name.StartsWith("date", StringComparison.Ordinal)
            && !m.Name.StartsWith("entit", StringComparison.Ordinal) && !m.Name.StartsWith("quote", StringComparison.Ordinal)))
        {
            Assert.True(metric.Score == 1.0, $"{metric.Name}: {metric.Correct}/{metric.Total}; " + string.Join(" | ", metric.Misses));
        }
    }

    [Fact]
    public void Seed_figures_are_found_with_their_qualifiers_and_none_from_names_or_dates()
    {
        var articles = new SourceReader().Read([TestData.SeedsFolder])
            .Select(r => RasidPipeline.Default.Process(r.Document!))
            .ToDictionary(p => Path.GetFileName(p.Source), p => new StoredArticle(p.Id, p.Source, p.ContentHash, p.Article));
        var report = GoldEvaluator.Evaluate(File.ReadAllText(TestData.GoldFile), name => articles.GetValueOrDefault(name));
        EvalMetric Metric(string prefix) => report.Metrics.Single(m => m.Name.StartsWith(prefix, StringComparison.Ordinal));
        var recall = Metric("figures found");
        var precision = Metric("figures right");
        double f1 = 2 * recall.Score * precision.Score / (recall.Score + precision.Score);
        Assert.True(f1 >= 0.95, $"figures F1 {f1:0.000}: " + string.Join(" | ", recall.Misses.Concat(precision.Misses)));
        Assert.True(Metric("figure qualifiers").Score >= 0.9, string.Join(" | ", Metric("figure qualifiers").Misses));
        Assert.Equal(1.0, Metric("no figure from").Score);
    }

    [Fact]
    public void Seed_entities_score_f1_of_at_least_0_9_and_quotes_have_their_speakers()
    {
        var articles = new SourceReader().Read([TestData.SeedsFolder])
            .Select(r => RasidPipeline.Default.Process(r.Document!))
            .ToDictionary(p => Path.GetFileName(p.Source), p => new StoredArticle(p.Id, p.Source, p.ContentHash, p.Article));
        var report = GoldEvaluator.Evaluate(File.ReadAllText(TestData.GoldFile), name => articles.GetValueOrDefault(name));
        EvalMetric Metric(string prefix) => report.Metrics.Single(m => m.Name.StartsWith(prefix, StringComparison.Ordinal));
        double recall = Metric("entities found").Score, precision = Metric("entities right").Score;
        Assert.True(2 * recall * precision / (recall + precision) >= 0.9, string.Join(" | ", Metric("entities found").Misses.Concat(Metric("entities right").Misses)));
        Assert.Equal(1.0, Metric("quotes found").Score);
        Assert.Equal(1.0, Metric("quote speakers").Score);
    }

    [Fact]
    public void Seed_dates_are_found()
    {
        var articles = new SourceReader().Read([TestData.SeedsFolder])
            .Select(r => RasidPipeline.Default.Process(r.Document!))
            .ToDictionary(p => Path.GetFileName(p.Source), p => new StoredArticle(p.Id, p.Source, p.ContentHash, p.Article));
        var report = GoldEvaluator.Evaluate(File.ReadAllText(TestData.GoldFile), name => articles.GetValueOrDefault(name));
        var dates = report.Metrics.Single(m => m.Name.StartsWith("dates found", StringComparison.Ordinal));
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
