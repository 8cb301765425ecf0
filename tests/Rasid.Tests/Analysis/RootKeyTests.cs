using Rasid.Analysis;

namespace Rasid.Tests.Analysis;

/// <summary>Root keys join derived forms a light stem keeps apart, and leave short words alone.</summary>
public sealed class RootKeyTests
{
    private static string Root(string word) => TermAnalyzer.Analyze(word).Single().RootKey;

    private static string Stem(string word) => TermAnalyzer.Analyze(word).Single().Term;

    [Theory]
    [InlineData("مولده", "ولد")] // participle prefix م
    [InlineData("الولادة", "ولد")] // long vowel of the pattern فعالة
    [InlineData("الحدود", "حدد")] // long vowel of the plural فعول
    [InlineData("استقلال", "قلل")] // form X prefix است
    [InlineData("يتزوج", "زوج")] // imperfect prefix يت
    [InlineData("كتبت", "كتب")] // subject ending ت
    [InlineData("شمالاً", "شمل")] // accusative alef, then the long vowel
    public void Derived_forms_reach_the_root(string word, string key) => Assert.Equal(key, Root(word));

    [Theory]
    [InlineData("مولده", "ولد")]
    [InlineData("الولادة", "ولد")]
    [InlineData("شمالاً", "الشمال")]
    public void Forms_a_light_stem_keeps_apart_share_a_root_key(string a, string b)
    {
        Assert.NotEqual(Stem(a), Stem(b));
        Assert.Equal(Root(a), Root(b));
    }

    [Theory]
    [InlineData("بيت")]
    [InlineData("دين")]
    [InlineData("مصر")]
    public void Three_letter_words_are_their_own_key(string word) => Assert.Equal(Stem(word), Root(word));

    [Fact]
    public void At_least_three_letters_stay() =>
        Assert.All(["استقل", "مستشار", "تتواجد", "انتخابات", "يستطيعون"], w => Assert.True(Root(w).Length >= 3, w));

    [Fact]
    public void Numbers_and_latin_words_are_their_own_key()
    {
        Assert.Equal("2018", Root("2018"));
        Assert.Equal(Stem("OpenAI"), Root("OpenAI"));
    }
}
