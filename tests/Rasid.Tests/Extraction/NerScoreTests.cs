using Rasid.Extraction.Ner;

namespace Rasid.Tests.Extraction;

public sealed class NerScoreTests
{
    [Fact]
    public void Spans_follow_seqeval_an_i_tag_without_its_b_starts_an_entity()
    {
        string[] tags = ["B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "B-ORG", "I-PERS"];
        Assert.Equal([("PERS", 0, 1), ("LOC", 3, 4), ("ORG", 5, 5), ("PERS", 6, 6)], NerScore.Spans(tags).ToArray());
    }

    [Fact]
    public void An_entity_counts_only_with_its_type_and_both_ends_right()
    {
        string[] gold = ["B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG"];
        string[] predicted = ["B-PERS", "O", "O", "B-LOC", "O", "B-LOC"]; // short person, right place, wrong type
        var (micro, perType) = NerScore.Score([(gold, predicted)]);
        Assert.Equal(3, micro.Gold);
        Assert.Equal(3, micro.Predicted);
        Assert.Equal(1, micro.Correct);
        Assert.Equal(1.0 / 3, micro.F1, 6);
        Assert.Equal(0.5, perType.Single(t => t.Type == "LOC").Precision, 6);
    }

    [Fact]
    public void Conll_reads_words_tags_and_sentences_and_ignores_extra_blank_lines()
    {
        var sentences = Conll.Read(new StringReader("قال O\nمحمد B-PERS\n\n\nفي O\nالرياض B-LOC")).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["قال", "محمد"], sentences[0].Words);
        Assert.Equal(["O", "B-LOC"], sentences[1].Tags);
        var untagged = Conll.Read(new StringReader("قال\nمحمد\n")).Single();
        Assert.Null(untagged.Tags);
    }
}
