using Rasid.Analysis;

namespace Rasid.Tests.Analysis;

public sealed class ArabicNormalizerTests
{
    [Theory]
    [InlineData("أحمد", "احمد")] // alef with hamza above
    [InlineData("إبراهيم", "ابراهيم")] // alef with hamza below
    [InlineData("آمال", "امال")] // alef with madda
    [InlineData("ٱلله", "الله")] // alef wasla
    [InlineData("مسؤول", "مسءول")] // hamza on waw
    [InlineData("مسئول", "مسءول")] // hamza on yeh: same key as the waw spelling
    [InlineData("مصطفى", "مصطفي")] // alef maksura
    [InlineData("مدرسة", "مدرسه")] // taa marbuta
    [InlineData("العـــربية", "العربيه")] // tatweel
    [InlineData("مُحَمَّدٌ", "محمد")] // harakat
    [InlineData("٢٠٢٥", "2025")] // Arabic-Indic digits
    [InlineData("۱۴۰۳", "1403")] // Persian digits
    [InlineData("١٢٪", "12%")] // Arabic percent sign
    [InlineData("١٤٫٨", "14.8")] // Arabic decimal separator
    [InlineData("\u200Fميتا\u200E", "ميتا")] // RLM and LRM
    [InlineData("مي\u200Cتا\u061C", "ميتا")] // ZWNJ and Arabic letter mark
    [InlineData("ﻻ", "لا")] // presentation form ligature
    [InlineData("ﻣﻴﺘﺎ", "ميتا")] // presentation forms
    [InlineData("کتاب", "كتاب")] // Persian keheh
    [InlineData("Meta", "meta")] // Latin lower-cased
    public void Normalize_folds_each_rule(string input, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(input));

    [Fact]
    public void NormalizedText_maps_back_to_the_original()
    {
        var n = NormalizedText.From("قال: «أُوبِن إيه آي»");
        int start = n.Text.IndexOf("اوبن", StringComparison.Ordinal);
        Assert.Equal("أُوبِن", n.OriginalSlice(start, start + 4));
    }

    [Fact]
    public void In_place_normalization_matches_the_string_form()
    {
        foreach (string word in new[] { "الإستثمارات", "بـ٢٩", "مُؤَسَّسَة", "ﻻعب" })
        {
            char[] buffer = new char[word.Length * 2];
            int length = ArabicNormalizer.Normalize(word, buffer);
            Assert.Equal(ArabicNormalizer.Normalize(word), new string(buffer, 0, length));
        }
    }

    [Fact]
    public void A_ligature_that_expands_is_written_whole_and_mapped_to_its_one_source_char()
    {
        string text = "قال ﷺ ﻻ";
        var n = NormalizedText.From(text);
        Assert.Equal(ArabicNormalizer.Normalize(text), n.Text);
        Assert.True(n.Text.Length > text.Length); // ﷺ is a whole phrase
        Assert.Equal(text.Length, n.OriginalIndex[^1]);
        Assert.All(n.OriginalIndex.Take(n.Text.Length), i => Assert.InRange(i, 0, text.Length - 1));
        Assert.EndsWith("لا", n.Text, StringComparison.Ordinal);
        Assert.Equal("ﻻ", n.OriginalSlice(n.Text.Length - 2, n.Text.Length));
    }

    [Fact]
    public void Text_normalization_leaves_alone_comes_back_as_the_same_string()
    {
        string plain = "شركه ميتا 2025";
        Assert.Same(plain, ArabicNormalizer.Normalize(plain));
        Assert.NotSame("Meta", ArabicNormalizer.Normalize("Meta")); // lower-cased: a new string
        Assert.Equal("meta", ArabicNormalizer.Normalize("Meta"));
    }

    [Fact]
    public void A_word_normalized_inside_its_text_is_the_word_normalized_alone()
    {
        string longWord = new string('ـ', 300) + "مؤسسة" + new string('ً', 300); // 605 chars that normalize to five letters
        string text = "قالت «ﻻعب» إن مُؤَسَّسَة OpenAI دفعت بـ٢٩ مليار دولاراً " + longWord + " İSTANBUL";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            string alone = text[token.Start..token.End];
            string inside = ArabicNormalizer.NormalizeLower(text.AsSpan(token.Start, token.End - token.Start));
            Assert.Equal(ArabicNormalizer.NormalizeLower(alone), inside);
        }

        Assert.Equal(ArabicNormalizer.NormalizeLower("مؤسسة"), ArabicNormalizer.NormalizeLower(longWord.AsSpan()));
        Assert.Equal(5, ArabicNormalizer.NormalizeLower(longWord.AsSpan()).Length);
        Assert.Equal("openai", ArabicNormalizer.NormalizeLower("x OpenAI".AsSpan(2)));
    }
}
