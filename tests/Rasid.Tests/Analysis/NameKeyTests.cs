using Rasid.Analysis;

namespace Rasid.Tests.Analysis;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("زوكربيرج", "زوكربيرغ")] // g written ج or غ
    [InlineData("جوجل", "غوغل")]
    [InlineData("قوقل", "جوجل")] // Gulf ق for g
    [InlineData("إنستغرام", "انستجرام")]
    [InlineData("أوبن إيه آي", "اوبن ايه اي")]
    [InlineData("فيسبووك", "فيسبوك")] // doubled letter
    [InlineData("نيفيديا", "نيفيدييا")]
    [InlineData("والغوغل", "جوجل")] // clitics stripped
    public void Variants_share_a_key(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Theory]
    [InlineData("جمال", "كمال")]
    [InlineData("جمال", "جميل")]
    [InlineData("سامي", "سام")]
    [InlineData("ميتا", "متى")]
    [InlineData("علي", "عالي")]
    public void Different_names_keep_different_keys(string a, string b) =>
        Assert.NotEqual(NameKey.Of(a), NameKey.Of(b));
}
