using Rasid.Pipeline;
using Rasid.Reading;

namespace Rasid.Tests.Cleaning;

public sealed class HtmlExtractorTests
{
    private static ProcessedArticle Ingest(string path) =>
        RasidPipeline.Default.Process(new SourceReader().ReadFile(path).Single().Document!);

    [Fact]
    public void Main_content_without_navigation_share_bar_sidebar_or_footer()
    {
        var a = Ingest(TestData.Fixture("article.html")).Article;
        Assert.Equal("الحكومة تعلن خطة جديدة للطاقة الشمسية", a.Title);
        Assert.Equal(["سارة محمود"], a.Authors);
        Assert.Equal("2024-03-18T09:30", a.Published); // the page's own wall-clock time, not UTC
        Assert.Equal("ar", a.Language);
        Assert.Contains("أعلنت الحكومة اليوم عن خطة وطنية جديدة", a.Text, StringComparison.Ordinal);
        Assert.Contains("جذب الاستثمارات الأجنبية", a.Text, StringComparison.Ordinal);
        foreach (string noise in new[] { "رياضة", "تويتر", "الأكثر قراءة", "خبر أول عن الرياضة", "جميع الحقوق محفوظة", "اقرأ أيضاً" })
        {
            Assert.DoesNotContain(noise, a.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readability_finds_the_article_without_falling_back_to_the_body()
    {
        var page = Rasid.Cleaning.HtmlExtractor.Extract(File.ReadAllText(TestData.Fixture("article.html")));
        Assert.DoesNotContain(page.Lines, l => l.Contains("الأكثر قراءة", StringComparison.Ordinal)); // the aside never reaches the line cleaner
        Assert.DoesNotContain(page.Lines, l => l.Contains("جميع الحقوق", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Lines, l => l.Contains("فيسبوك", StringComparison.Ordinal)); // the share bar sits outside the article
    }

    [Fact]
    public void Truncated_html_still_yields_its_text()
    {
        using var temp = new TestData.TempFolder();
        string html = File.ReadAllText(TestData.Fixture("article.html"));
        string cut = html[..html.IndexOf("ويرى خبراء", StringComparison.Ordinal)] + "ويرى خبراء أن نجاح الخطة مرهون بتحديث شبكة النقل الكهربائي، التي تعاني من";
        File.WriteAllText(temp.File("cut.html"), cut);
        var a = Ingest(temp.File("cut.html")).Article;
        Assert.Contains("تكلفة المرحلة الأولى", a.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_without_text_is_a_clear_error()
    {
        using var temp = new TestData.TempFolder();
        File.WriteAllText(temp.File("empty.html"), "<html><body><nav><a>الرئيسية</a></nav><script>var x=1;</script></body></html>");
        var read = new SourceReader().ReadFile(temp.File("empty.html")).Single();
        var e = Assert.Throws<NoTextException>(() => RasidPipeline.Default.Process(read.Document!));
        Assert.DoesNotContain('\n', e.Message);
    }
}
