using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using ArabicNormalizer = Rasid.Analysis.ArabicNormalizer;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Rasid.Analysis;

namespace Rasid.Tests.Analysis;

public sealed class LightStemmerTests
{
    private static string Stem(string word) => LightStemmer.Stem(ArabicNormalizer.Normalize(word));

    [Theory]
    [InlineData("الاستثمارات", "استثمار")]
    [InlineData("والمستثمرون", "مستثمر")]
    [InlineData("بالشركة", "شرك")]
    [InlineData("للشركات", "شرك")]
    [InlineData("وبالاستثمار", "استثمار")] // و + بال: Lucene keeps بال
    [InlineData("فللمستثمرين", "مستثمر")] // ف + لل
    [InlineData("وللشركة", "شرك")] // و + لل
    [InlineData("فالمحللون", "محلل")]
    [InlineData("وكالة", "كال")] // light10's known over-stemming (و here is a root letter), as Lucene does
    public void Strips_clitics_and_suffixes(string word, string stem) => Assert.Equal(stem, Stem(word));

    [Fact]
    public void Short_words_keep_their_letters()
    {
        Assert.Equal("ولد", Stem("ولد")); // و is a root letter here: too short to strip
        Assert.Equal("ال", Stem("ال"));
    }

    /// <summary>
    /// Groups of inflected and cliticized forms that should share one stem. Rasid's stemmer must conflate
    /// at least as many pairs as Lucene's ArabicStemmer (light10) does on the same words.
    /// </summary>
    public static readonly string[][] ConflationGroups =
    [
        ["استثمار", "الاستثمار", "الاستثمارات", "وبالاستثمار", "استثمارات", "للاستثمار", "والاستثمارات"],
        ["شركة", "الشركة", "الشركات", "بالشركة", "وللشركة", "فالشركات", "لشركات"],
        ["مستثمر", "المستثمرون", "والمستثمرين", "للمستثمرين", "فللمستثمرين", "مستثمرين"],
        ["محلل", "المحللون", "فالمحللون", "والمحللين", "محللين", "وبالمحللين"],
        ["سوق", "السوق", "بالسوق", "وبالسوق", "فالسوق", "للسوق"],
        ["مالية", "المالية", "والمالية", "بالمالية", "وبالمالية"],
    ];

    [Fact]
    public void Conflates_at_least_as_well_as_Lucene_light10()
    {
        int rasid = 0;
        int lucene = 0;
        foreach (var group in ConflationGroups)
        {
            var ours = group.Select(Stem).ToList();
            var theirs = group.Select(LuceneStem).ToList();
            rasid += AgreeingPairs(ours);
            lucene += AgreeingPairs(theirs);
        }

        Assert.True(rasid >= lucene, $"Rasid conflated {rasid} pairs, Lucene {lucene}");
        Assert.True(rasid > lucene, "the prefix combinations (وبال، فلل) should give Rasid more conflations than Lucene");
    }

    private static int AgreeingPairs(List<string> stems)
    {
        int pairs = 0;
        for (int i = 0; i < stems.Count; i++)
        {
            for (int j = i + 1; j < stems.Count; j++)
            {
                if (string.Equals(stems[i], stems[j], StringComparison.Ordinal))
                {
                    pairs++;
                }
            }
        }

        return pairs;
    }

    private static string LuceneStem(string word)
    {
        using var tokenizer = new WhitespaceTokenizer(Lucene.Net.Util.LuceneVersion.LUCENE_48, new StringReader(word));
        using TokenStream stream = new ArabicStemFilter(new ArabicNormalizationFilter(tokenizer));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        stream.IncrementToken();
        string stem = term.ToString();
        stream.End();
        return stem;
    }
}
