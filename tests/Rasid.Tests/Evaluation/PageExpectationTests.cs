using Rasid.Evaluation;
using Rasid.Pipeline;
using Rasid.Reading;
using Rasid.Storing;

namespace Rasid.Tests.Evaluation;

public sealed class PageExpectationTests
{
    private static StoredArticle? Fixture(string name)
    {
        if (name != "article.html")
        {
            return null;
        }

        var p = RasidPipeline.Default.Process(new SourceReader().ReadFile(TestData.Fixture("article.html")).Single().Document!);
        return new StoredArticle(p.Id, p.Source, p.ContentHash, p.Article);
    }

    [Fact]
    public void Page_expectation_scores_kept_text_removed_noise_and_title()
    {
        string expectation = """
            {"file": "article.html", "title": "الحكومة تعلن خطة جديدة للطاقة الشمسية",
             "with": ["عشر محطات كبرى", "بنوك تنمية دولية"], "without": ["خبر ثان عن الفن", "جميع الحقوق محفوظة"]}
            """;
        var report = GoldEvaluator.Evaluate(expectation, Fixture);
        Assert.All(report.Metrics, m => Assert.Equal(1.0, m.Score));
    }

    [Fact]
    public void Page_expectation_reports_misses()
    {
        string expectation = """{"file": "article.html", "with": ["نص غير موجود في الصفحة"], "without": ["وزير الطاقة"]}""";
        var report = GoldEvaluator.Evaluate(expectation, Fixture);
        Assert.All(report.Metrics.Where(m => m.Total > 0), m => Assert.Equal(0.0, m.Score));
        Assert.Equal(2, report.Metrics.Sum(m => m.Misses.Count));
    }
}
