using Rasid.Extraction;
using Rasid.Extraction.Ner;

namespace Rasid.Tests.Extraction;

public sealed class NerModelTests
{
    private static readonly string[] People = ["كريم", "سامر", "وليد", "نبيل", "هشام", "فادي", "باسم", "رامي"];
    private static readonly string[] Surnames = ["العتيبي", "الحربي", "الزهراني", "القحطاني", "الشمري", "الدوسري"];
    private static readonly string[] Places = ["طنطا", "المنصورة", "أسيوط", "سوهاج", "الفيوم", "دمياط"];

    /// <summary>Sentences where the context, not the word, says what a name is.</summary>
    private static List<ConllSentence> Corpus(int count, int seed)
    {
        var random = new Random(seed);
        var sentences = new List<ConllSentence>();
        for (int i = 0; i < count; i++)
        {
            string first = People[random.Next(People.Length)], last = Surnames[random.Next(Surnames.Length)], place = Places[random.Next(Places.Length)];
            sentences.Add(i % 2 == 0
                ? new ConllSentence(["وقال", first, last, "في", "مدينة", place, "إن", "الوضع", "مستقر"], ["O", "B-PERS", "I-PERS", "O", "O", "B-LOC", "O", "O", "O"])
                : new ConllSentence(["وصل", "الوزير", first, last, "إلى", place, "أمس"], ["O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]));
        }

        return sentences;
    }

    private static NerModel Train(IEnumerable<ConllSentence> sentences)
    {
        var features = new NerFeatures(null, new HashSet<string>(), null);
        return NerModel.Train(sentences.Select(s => (features.Extract(s.Words), NerModel.ToBilou(s.Tags!).Select(NerModel.TagIndex).ToArray())).ToList(), epochs: 5);
    }

    [Fact]
    public void A_trained_model_tags_names_it_never_saw_from_their_context()
    {
        var model = Train(Corpus(300, 1));
        var features = new NerFeatures(null, new HashSet<string>(), null);
        string[] words = ["وقال", "مازن", "الغامدي", "في", "مدينة", "بنها", "إن", "الوضع", "مستقر"]; // no word of the names in training
        Assert.Equal(["O", "B-PERS", "I-PERS", "O", "O", "B-LOC", "O", "O", "O"], NerModel.ToBio(model.Tag(features.Extract(words))));
    }

    [Fact]
    public void An_outside_bias_names_more_words_and_a_zero_bias_changes_nothing()
    {
        var model = Train(Corpus(300, 1));
        var features = new NerFeatures(null, new HashSet<string>(), null);
        var sentence = features.Extract(["وقال", "مازن", "الغامدي", "في", "مدينة", "بنها", "إن", "الوضع", "مستقر"]);
        string[] plain = model.Tag(sentence);

        Assert.Equal(plain, model.WithOutsideBias(0).Tag(sentence));
        Assert.Contains("O", plain);
        Assert.DoesNotContain("O", model.WithOutsideBias(1e6f).Tag(sentence)); // "O" priced out: every word named
        Assert.Equal(0, model.OutsideBias);
        Assert.Equal(7f, model.WithOutsideBias(7f).Pruned(0.5f).OutsideBias); // pruning keeps how the model decodes
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(7f)]
    public void Decoding_finds_the_best_allowed_tag_sequence(float outsideBias)
    {
        // Against every allowed sequence of short sentences, and against plain dynamic programming on long ones:
        // decoding takes each tag's best predecessor in vector lanes, which must change no choice.
        var model = Train(Corpus(200, 3)).WithOutsideBias(outsideBias);
        var random = new Random(11);
        for (int trial = 0; trial < 40; trial++)
        {
            int n = trial < 20 ? 1 + (trial % 4) : 25;
            var emissions = Enumerable.Range(0, n * NerModel.TagCount).Select(_ => (float)((random.NextDouble() * 20) - 10)).ToArray();
            int[] expected = n <= 4 ? BestByEnumeration(model, emissions, n) : BestByDynamicProgramming(model, emissions, n);
            Assert.Equal(expected, model.Decode(emissions));
        }
    }

    [Fact]
    public void Decoding_follows_a_transition_changed_after_the_model_decoded()
    {
        // Decoding keeps the transitions it adds (with -∞ for forbidden pairs) from one sentence to the next;
        // training changes them between sentences, and every change must reach the next decoding.
        var model = Train(Corpus(200, 3));
        var emissions = Enumerable.Range(0, 6 * NerModel.TagCount).Select(i => (float)((i * 7919 % 23) - 11)).ToArray();
        int[] before = model.Decode(emissions);
        Assert.Equal(BestByDynamicProgramming(model, emissions, 6), before);

        int person = NerModel.TagIndex("U-PERS");
        model.ChangeTransition(NerModel.TagCount, person, 1e4f); // a sentence now all but must begin with a one-word person
        int[] after = model.Decode(emissions);
        Assert.Equal(BestByDynamicProgramming(model, emissions, 6), after);
        Assert.Equal(person, after[0]);
        Assert.NotEqual(before, after);
    }

    private static float Emission(NerModel model, float[] emissions, int i, int tag) =>
        emissions[(i * NerModel.TagCount) + tag] - (tag == 0 ? model.OutsideBias : 0);

    private static bool CanEnd(int tag) => NerModel.Tags[tag][0] is not ('B' or 'I');

    private static int[] BestByEnumeration(NerModel model, float[] emissions, int n)
    {
        int[]? best = null;
        double bestScore = double.NegativeInfinity;
        var sequence = new int[n];
        void Walk(int i, double score)
        {
            if (i == n)
            {
                if (CanEnd(sequence[n - 1]) && score > bestScore)
                {
                    bestScore = score;
                    best = [.. sequence];
                }

                return;
            }

            int from = i == 0 ? NerModel.TagCount : sequence[i - 1];
            for (int tag = 0; tag < NerModel.TagCount; tag++)
            {
                if (NerModel.IsAllowed(from, tag))
                {
                    sequence[i] = tag;
                    Walk(i + 1, score + model.Transition(from, tag) + Emission(model, emissions, i, tag));
                }
            }
        }

        Walk(0, 0);
        return best!;
    }

    private static int[] BestByDynamicProgramming(NerModel model, float[] emissions, int n)
    {
        var score = new double[n, NerModel.TagCount];
        var back = new int[n, NerModel.TagCount];
        for (int tag = 0; tag < NerModel.TagCount; tag++)
        {
            score[0, tag] = NerModel.IsAllowed(NerModel.TagCount, tag) ? model.Transition(NerModel.TagCount, tag) + Emission(model, emissions, 0, tag) : double.NegativeInfinity;
        }

        for (int i = 1; i < n; i++)
        {
            for (int tag = 0; tag < NerModel.TagCount; tag++)
            {
                score[i, tag] = double.NegativeInfinity;
                for (int from = 0; from < NerModel.TagCount; from++)
                {
                    double s = score[i - 1, from] + model.Transition(from, tag);
                    if (NerModel.IsAllowed(from, tag) && s > score[i, tag])
                    {
                        score[i, tag] = s;
                        back[i, tag] = from;
                    }
                }

                score[i, tag] += Emission(model, emissions, i, tag);
            }
        }

        var path = new int[n];
        path[n - 1] = Enumerable.Range(0, NerModel.TagCount).Where(CanEnd).MaxBy(tag => score[n - 1, tag]);
        for (int i = n - 1; i > 0; i--)
        {
            path[i - 1] = back[i, path[i]];
        }

        return path;
    }

    [Fact]
    public void Decoding_never_puts_an_inside_tag_after_something_else()
    {
        var model = Train(Corpus(100, 2));
        var features = new NerFeatures(null, new HashSet<string>(), null);
        foreach (var sentence in Corpus(50, 3))
        {
            string[] tags = NerModel.ToBio(model.Tag(features.Extract(sentence.Words.Reverse().ToList())));
            for (int i = 0; i < tags.Length; i++)
            {
                if (tags[i].StartsWith("I-", StringComparison.Ordinal))
                {
                    Assert.True(i > 0 && tags[i - 1][2..] == tags[i][2..], string.Join(' ', tags));
                }
            }
        }
    }

    [Fact]
    public void A_saved_tagger_loads_back_and_tags_the_same()
    {
        var sentences = Corpus(200, 4);
        var tagger = NerTraining.Train(sentences, clusters: null, epochs: 3);
        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;
        var loaded = EntityTagger.Load(stream, clusters: null);
        var test = Corpus(20, 5).Select(s => s.Words).ToList();
        Assert.Equal(tagger.TagDocument(test), loaded.TagDocument(test));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_clearly()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5]);
        var e = Assert.Throws<InvalidDataException>(() => EntityTagger.Load(stream, null));
        Assert.StartsWith("not a Rasid NER model", e.Message, StringComparison.Ordinal);
    }
}
