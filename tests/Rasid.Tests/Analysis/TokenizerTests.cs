using Rasid.Analysis;

namespace Rasid.Tests.Analysis;

public sealed class TokenizerTests
{
    private static List<string> Words(string text) => Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToList();

    [Fact]
    public void Splits_Arabic_Latin_and_numbers_with_offsets() =>
        Assert.Equal(["استثمر", "Meta", "14.8", "مليار", "دولار"], Words("استثمر Meta، 14.8 مليار دولار."));

    [Theory]
    [InlineData("بنسبة 12% فقط", "12%")]
    [InlineData("بنسبة ١٢٪ فقط", "١٢٪")]
    [InlineData("بين 13-15 أكتوبر", "13-15")]
    [InlineData("نحو 1,500 موظف", "1,500")]
    [InlineData("بلغت ١٤٫٨ مليار", "١٤٫٨")]
    public void Keeps_numbers_whole(string text, string number) => Assert.Contains(number, Words(text));

    [Fact]
    public void Tatweel_joined_clitic_is_split_from_a_number() => Assert.Equal(["ب", "29", "مليار"], Words("بـ29 مليار"));

    [Fact]
    public void Arabic_prefix_glued_to_a_Latin_name_is_split() => Assert.Equal(["و", "OpenAI"], Words("وOpenAI"));

    [Fact]
    public void Harakat_stay_inside_the_word() => Assert.Equal(["مُحَمَّدٌ", "قال"], Words("مُحَمَّدٌ قال"));

    [Fact]
    public void Model_names_keep_their_digits() => Assert.Contains("R1", Words("نموذج R1 الصيني"));

    [Fact]
    public void Random_text_gives_tokens_inside_the_text_in_order()
    {
        var random = new Random(20261123);
        string alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىةـًٌٍَُِّْ ٠١٢٣٤٥٦٧٨٩٪٫٬0123456789.,-%abcXYZ«»“”\"()\u200E\u200F\u200C\u061C\uFEFB\t\n!؟،";
        for (int run = 0; run < 300; run++)
        {
            var chars = new char[random.Next(0, 200)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(chars);
            int previousEnd = 0;
            foreach (var token in Tokenizer.Tokenize(text))
            {
                Assert.InRange(token.Start, previousEnd, text.Length);
                Assert.InRange(token.End, token.Start + 1, text.Length);
                previousEnd = token.End;
            }

            foreach (var analyzed in TermAnalyzer.Analyze(text))
            {
                Assert.InRange(analyzed.End, analyzed.Start + 1, text.Length);
                Assert.False(string.IsNullOrEmpty(analyzed.Term));
            }
        }
    }
}
