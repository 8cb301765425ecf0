using Rasid.Extraction.Quotes;

namespace Rasid.Tests.Extraction;

/// <summary>Quotations and their speakers in paragraphs written for these tests.</summary>
public sealed class QuoteExtractorTests
{
    private static IReadOnlyList<Quote> Extract(string text) => QuoteExtractor.Default.Extract(text);

    [Fact]
    public void The_speaker_follows_the_reporting_verb()
    {
        var quote = Assert.Single(Extract("وقال سام ألتمان في مقابلة: «نحن بحاجة إلى مزيد من الرقائق لتدريب النماذج القادمة»."));
        Assert.Equal("سام ألتمان", quote.Speaker);
        Assert.StartsWith("نحن بحاجة", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spokesperson_speaks_for_the_organization_named_after_basm()
    {
        var quote = Assert.Single(Extract("وقال متحدث باسم «أرامكو» في بيان: «الشركة ملتزمة بخطتها للتوسع في الصين خلال العام المقبل»."));
        Assert.Equal("أرامكو", quote.Speaker);
        Assert.Equal("organization", quote.SpeakerKind);
    }

    [Fact]
    public void A_verb_without_a_named_subject_takes_the_person_named_last()
    {
        const string text = "التقى إيلون ماسك بالمستثمرين في تكساس أمس.\nوأضاف خلال اللقاء: “سنبني مصنعا جديدا للبطاريات في الولايات المتحدة قريبا”.";
        Assert.Equal("إيلون ماسك", Assert.Single(Extract(text)).Speaker);
    }

    [Fact]
    public void A_quotation_that_runs_on_keeps_its_speaker()
    {
        const string text = "وقال تيم كوك: “نحن فخورون جدا بما أنجزه فريقنا هذا العام”. “وسنواصل الاستثمار في الذكاء الاصطناعي بكل قوة”.";
        var quotes = Extract(text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("تيم كوك", q.Speaker));
    }

    [Fact]
    public void Names_and_short_phrases_in_quotation_marks_are_not_quotes() =>
        Assert.Empty(Extract("أطلقت «ميتا» نموذج «لاما 4» ووصفته بأنه «الأكثر تقدما في القطاع»."));

    [Fact]
    public void The_quoted_text_is_at_its_offsets()
    {
        const string text = "وقال الوزير: \"سنعلن تفاصيل الخطة الاقتصادية الجديدة الأسبوع المقبل\".";
        var quote = Assert.Single(Extract(text));
        Assert.Equal(quote.Text, text[quote.Start..quote.End]);
        Assert.DoesNotContain("\"", quote.Text, StringComparison.Ordinal);
    }
}
