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
        foreach (var metric in report.Metrics)
        {
            Assert.True(metric.Score == 1.0, $"{metric.Name}: {metric.Correct}/{metric.Total}; " + string.Join(" | ", metric.Misses));
        }
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
