using Rasid.Extraction;

namespace Rasid.Tests.Extraction;

public sealed class GazetteerTests
{
    private static string? KindAt(string sentence, int word) =>
        Gazetteer.Default.Match(sentence.Split(' ')).FirstOrDefault(m => m.Start <= word && word < m.End)?.Entry.Kind;

    private static string? NameAt(string sentence, int word) =>
        Gazetteer.Default.Match(sentence.Split(' ')).FirstOrDefault(m => m.Start <= word && word < m.End)?.Entry.Name;

    [Theory]
    [InlineData("أعلنت جوجل اليوم", 1, "جوجل")]
    [InlineData("أعلنت غوغل اليوم", 1, "جوجل")] // another spelling, the same entity
    [InlineData("قالت و«غوغل» أمس", 1, "جوجل")] // conjunction and quotes attached
    [InlineData("وصل إلى وبالرياض أمس", 2, "الرياض")]
    [InlineData("استثمرت بمصر مليارات", 1, "مصر")] // one-letter preposition taken off because the rest is a name
    [InlineData("قالت Google في بيان", 1, "جوجل")] // Latin script
    [InlineData("زار الولايات المتحدة الأمريكية أمس", 2, "الولايات المتحدة")] // longest name wins
    public void Names_match_across_spellings_clitics_and_scripts(string sentence, int word, string canonical) =>
        Assert.Equal(canonical, NameAt(sentence, word));

    [Theory]
    [InlineData("أصدرت الوزارة بيانا رسميا")]
    [InlineData("وقال المسؤول إن العربية لغة جميلة")] // a common adjective is not the television channel
    [InlineData("فتح الباب أمام المستثمرين")] // a verb is not the movement
    public void Ordinary_words_are_not_names(string sentence) =>
        Assert.Empty(Gazetteer.Default.Match(sentence.Split(' ')));

    [Fact]
    public void Distinct_entities_sharing_a_word_stay_apart()
    {
        Assert.Equal("organization", KindAt("مجلس الأمن الدولي", 0));
        Assert.Equal("مجلس الأمن", NameAt("مجلس الأمن الدولي", 0));
        Assert.Equal("مجلس التعاون الخليجي", NameAt("قمة مجلس التعاون الخليجي", 1));
    }

    [Fact]
    public void A_users_file_adds_entities_and_a_malformed_line_is_refused_with_its_number()
    {
        var mine = Gazetteer.Parse(["# my outlets", "organization\tصحيفة راصد\tRasid Daily"], "mine.txt");
        var both = Gazetteer.Default.With(mine);
        Assert.Equal("صحيفة راصد", both.Match("نقلت Rasid Daily الخبر".Split(' ')).Single().Entry.Name);
        var e = Assert.Throws<FormatException>(() => Gazetteer.Parse(["place\tمكان", "thing\tشيء"], "bad.txt"));
        Assert.Contains("bad.txt, line 2", e.Message, StringComparison.Ordinal);
    }
}
