using Rasid.Extraction.Figures;

namespace Rasid.Tests.Extraction;

/// <summary>Figures as Arabic writes them (issue 21): compound number words, the Arabic decimal comma, direction marks inside numbers, the currency after "من".</summary>
public sealed class FigureArabicTests
{
    private static Figure Single(string text) => Assert.Single(FigureExtractor.Default.Extract(text));

    [Theory]
    [InlineData("قتل أحد عشر قتيلا في الهجوم.", 11)]
    [InlineData("وأصيب ثلاثة عشر شخصا بجروح.", 13)]
    [InlineData("وشارك اثنا عشر طالبا في المسابقة.", 12)]
    [InlineData("وحضر خمسة وعشرون زائرا المعرض.", 25)]
    [InlineData("وتم توظيف مئتين وخمسين موظفا.", 250)]
    [InlineData("ووصل ثلاثمائة وخمسة وعشرون حاجا.", 325)]
    public void Compound_number_words_are_read_whole(string text, double value) =>
        Assert.Equal(value, Single(text).Value);

    [Fact]
    public void A_list_of_number_words_is_not_one_number()
    {
        var figures = FigureExtractor.Default.Extract("وأصيب ثلاثة وخمسة آخرون من الزوار.");
        Assert.DoesNotContain(figures, f => f.Value == 8);
    }

    [Fact]
    public void The_arabic_comma_between_digits_is_a_decimal_comma()
    {
        var figure = Single("وبلغت الإيرادات 174،5 مليون ريال خلال الربع.");
        Assert.Equal(174.5e6, figure.Value, 3);
        Assert.Equal("SAR", figure.Unit);
    }

    [Theory]
    [InlineData("وأغلق المؤشر عند 755.\u200F2 نقطة.", 2.755)]
    [InlineData("ونزلت الفضة إلى 72.\u200F14 دولار للأوقية.", 14.72)]
    [InlineData("وتراجع المؤشر 1.\u200F0 في المائة.", 0.1)]
    public void A_direction_mark_after_the_point_shows_the_fraction_first(string text, double value) =>
        Assert.Equal(value, Single(text).Value, 3);

    [Fact]
    public void The_currency_after_the_scale_word_through_min_is_the_unit()
    {
        var figure = Single("وبلغت المبيعات 45 مليونا من الريالات هذا العام.");
        Assert.Equal(45e6, figure.Value);
        Assert.Equal("SAR", figure.Unit);
    }
}
