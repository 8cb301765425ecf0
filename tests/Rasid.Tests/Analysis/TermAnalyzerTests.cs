using Rasid.Analysis;

namespace Rasid.Tests.Analysis;

/// <summary>What search's analysis chain adds to light10: an open taa marbuta, and no lone article.</summary>
public sealed class TermAnalyzerTests
{
    private static string Stem(string word) => TermAnalyzer.Analyze(word).Single().Term;

    [Theory]
    [InlineData("عاصمتها", "العاصمة")] // ة written ت before the pronoun ها
    [InlineData("حكومتين", "الحكومة")] // and before the dual ين
    [InlineData("دولته", "دولة")]
    [InlineData("حكومتان", "حكومة")]
    public void An_open_taa_marbuta_stems_as_taa_marbuta(string open, string closed) => Assert.Equal(Stem(closed), Stem(open));

    [Theory]
    [InlineData("بيتها", "بيت")] // a root ت: three letters stay
    [InlineData("صوته", "صوت")]
    public void A_ت_of_the_word_itself_stays(string inflected, string stem) => Assert.Equal(stem, Stem(inflected));

    [Fact]
    public void Extraction_stems_keep_light10_as_its_models_learned_it() =>
        Assert.Equal("عاصمت", LightStemmer.Stem(ArabicNormalizer.Normalize("عاصمتها")));

    [Fact]
    public void The_article_standing_alone_is_not_indexed()
    {
        Assert.Equal(["20"], TermAnalyzer.Analyze("الـ 20").Select(t => t.Term));
        Assert.Equal(["cia"], TermAnalyzer.Analyze("الـ CIA").Select(t => t.Term.ToLowerInvariant()));
        Assert.Equal("the article ال standing alone", Rasid.Searching.TextExplainer.Explain("ال").Single().NotIndexed);
    }
}
