using Rasid.Extraction;
using Rasid.Extraction.Ner;

namespace Rasid.Tests.Extraction;

/// <summary>The tagger this build ships, on sentences written for these tests (not from ANERcorp or the seeds).</summary>
public sealed class ShippedTaggerTests
{
    private static EntityTagger Tagger => EntityTagger.Default ?? throw new InvalidOperationException("the build ships no NER model");

    [Fact]
    public void The_shipped_model_says_where_it_came_from()
    {
        Assert.Contains("ANERcorp", Tagger.Provenance, StringComparison.Ordinal);
        Assert.Contains("micro F1", Tagger.Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void People_places_and_organisations_in_a_news_sentence()
    {
        string[] words = "أعلن الرئيس التنفيذي لشركة أرامكو أمين الناصر في الرياض أمس أن الشركة ستستثمر في الصين .".Split(' ');
        string[] tags = Tagger.Tag(words);
        var spans = NerScore.Spans(tags).Select(s => (s.Type, string.Join(' ', words[s.Start..(s.End + 1)]))).ToList();
        Assert.Contains(("PERS", "أمين الناصر"), spans);
        Assert.Contains(("LOC", "الرياض"), spans);
        Assert.Contains(("LOC", "الصين"), spans);
        Assert.Contains(("ORG", "أرامكو"), spans);
        Assert.DoesNotContain(spans, s => s.Item2.Contains("ستستثمر", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وبالمر", true)] // news has بالمر, never وبالمر: "and Palmer"
    [InlineData("والجنوب", true)]
    [InlineData("وريكل", true)] // news has neither: و is far more often "and"
    [InlineData("وليد", false)] // a name of its own, commoner than ليد
    [InlineData("ويليامز", false)] // Williams: news has the word, never يليامز
    [InlineData("واشنطن", false)]
    [InlineData("بالمر", false)]
    public void A_leading_waw_is_read_as_and_when_news_has_the_word_without_it(string word, bool conjunction) =>
        Assert.Equal(conjunction, NerFeatures.WordView.Of(word, Tagger.Clusters).StartsWithConjunction);

    [Theory]
    [InlineData("ميتا", "am", "")]
    [InlineData("والشركة", "al", "وال")]
    [InlineData("بالمستثمرين", "ax", "بال")]
    [InlineData("Meta", "Lm", "")]
    [InlineData("openai", "ll", "")]
    [InlineData("Llama4", "Ldl", "")]
    [InlineData("٢٠٢٥", "dm", "")]
    [InlineData("،", "as", "")] // the Arabic comma lies in the Arabic block
    [InlineData("G20", "Ldm", "")]
    public void A_words_shape_and_prefix_are_read_from_its_letters_and_shared_among_views(string word, string shape, string prefix)
    {
        var view = NerFeatures.WordView.Of(word, Tagger.Clusters);
        Assert.Equal(shape, view.Shape);
        Assert.Equal(prefix, view.Prefix);

        // Seen again, the word holds the very same strings: views share them instead of keeping copies of their own.
        var another = NerFeatures.WordView.Of(word + "", Tagger.Clusters);
        Assert.Same(view.Shape, another.Shape);
        Assert.Same(view.Prefix, another.Prefix);
    }

    [Fact]
    public void A_persons_name_does_not_run_on_across_and()
    {
        // Doubles pairs: two people each, never one name of two words.
        string[] words = "فاز الزوجي التشيكي نوفاك وريكل على الزوجي الأميركي دونالد وبالمر في الدور الأول .".Split(' ');
        string[] tags = Tagger.Tag(words);
        Assert.Equal("B-PERS", tags[Array.IndexOf(words, "دونالد")]);
        Assert.NotEqual("I-PERS", tags[Array.IndexOf(words, "وبالمر")]);
        Assert.NotEqual("I-PERS", tags[Array.IndexOf(words, "وريكل")]);
    }

    [Fact]
    public void A_surname_alone_is_a_person_when_the_article_named_the_person_in_full()
    {
        IReadOnlyList<string>[] article =
        [
            "التقى وزير الخارجية فيصل المقداد نظيره في دمشق .".Split(' '),
            "وأكد المقداد أن المحادثات كانت إيجابية .".Split(' '),
        ];
        string[][] tags = Tagger.TagDocument(article);
        Assert.Equal("B-PERS", tags[1][Array.IndexOf((string[])article[1], "المقداد")]);
    }

    [Fact]
    public void Joint_features_are_the_hashes_of_the_joined_values()
    {
        // Each word's beginnings of joint features are hashed once and kept in its view; the features must stay
        // the hashes of "a|b" and "a|b|c" that the shipped model was trained on.
        string[] words = ["وقال", "الرئيس", "التنفيذي", "لشركة", "ميتا", "مارك", "زوكربيرغ", "في", "مينلو", "بارك"];
        var views = Tagger.Features.Views(words);
        var features = Tagger.Features.Extract(words);
        for (int i = 1; i + 1 < words.Length; i++)
        {
            var (p, w, n) = (views[i - 1], views[i], views[i + 1]);
            Assert.Contains(NerFeatures.Hash(26, p.Shape, w.Shape, n.Shape), features[i]);
            Assert.Contains(NerFeatures.Hash(27, p.Core, w.Core), features[i]);
            Assert.Contains(NerFeatures.Hash(28, w.Core, n.Core), features[i]);
            Assert.Contains(NerFeatures.Hash(80, p.Cluster(1), w.Cluster(1)), features[i]);
            Assert.Contains(NerFeatures.Hash(81, w.Cluster(1), n.Cluster(1)), features[i]);
            Assert.Contains(NerFeatures.Hash(85, p.Band, w.Band, n.Band), features[i]);
            Assert.Contains(NerFeatures.Hash(88, p.Name, w.Name, n.Name), features[i]);
        }
    }

    [Fact]
    public void The_sentence_edges_have_empty_gazetteer_keys() =>
        Assert.Equal(["", ""], new[] { NerFeatures.WordView.Start.GazetteerKey, NerFeatures.WordView.End.GazetteerKey });

    [Fact]
    public void Matching_the_gazetteer_with_the_keys_the_word_views_carry_finds_what_matching_the_words_finds()
    {
        foreach (string file in Directory.GetFiles(TestData.SeedsFolder, "*.txt"))
        {
            foreach (var words in Rasid.Extraction.EntityMentions.SentenceWords(File.ReadAllText(file)))
            {
                var keys = Array.ConvertAll(Tagger.Features.Views(words), v => v.GazetteerKeys);
                Assert.Equal(
                    Gazetteer.Default.Match(words).Select(m => (m.Start, m.End, m.Entry.Name)),
                    Gazetteer.Default.Match(words, keys).Select(m => (m.Start, m.End, m.Entry.Name)));
            }
        }
    }

    [Fact]
    public void Tagging_with_summed_role_weights_gives_the_tags_of_the_full_feature_lists()
    {
        // The fast path sums each word's one-word features once; training and this reference read every feature.
        // (The seeds have no name running on across "and" or punctuation, where decoding rules make the two differ.)
        foreach (string file in Directory.GetFiles(TestData.SeedsFolder, "*.txt"))
        {
            var sentences = Rasid.Extraction.EntityMentions.SentenceWords(File.ReadAllText(file));
            var features = sentences.Select(Tagger.Features.Extract).ToList();
            var first = features.Select(Tagger.First.Tag).ToList();
            var expected = DocumentContext.AddFeatures(sentences, features, first).Select(f => NerModel.ToBio(Tagger.Second.Tag(f))).ToArray();

            var tagged = Tagger.TagDocument(sentences);

            Assert.Equal(expected.Length, tagged.Length);
            Assert.Contains(tagged, s => s.Any(t => t != "O"));
            for (int s = 0; s < expected.Length; s++)
            {
                Assert.Equal(expected[s], tagged[s]);
            }
        }
    }
}
