using Rasid.Extraction;
using Rasid.Extraction.Ner;

namespace Rasid.Tests.Extraction;

public sealed class DocumentContextTests
{
    [Fact]
    public void Each_word_gets_the_hashes_of_its_first_stage_tags_and_of_what_the_sentences_around_say_of_it()
    {
        // "Al-Araji" is a person twice elsewhere and a place once; in the last sentence the first stage missed him.
        string[][] sentences =
        [
            ["قال", "صالح", "الأعرجي", "اليوم"],
            ["وأكد", "الأعرجي", "أمس"],
            ["زار", "الأعرجي", "بغداد"],
            ["وأضاف", "الأعرجي", "إن"],
        ];
        string[][] firstTags =
        [
            ["O", "B-PERS", "L-PERS", "O"],
            ["O", "U-PERS", "O"],
            ["O", "U-LOC", "U-LOC"],
            ["O", "O", "O"],
        ];

        var features = DocumentContext.Features(sentences, firstTags);

        // Worked out from the tags' names, as training hashed them: the word's own tag, its tag after the previous
        // word's and before the next's, then the commonest type elsewhere (person: 2 of the 3), its count, and the
        // pair of that type with the word's own tag.
        Assert.Equal(
            [
                NerFeatures.Hash(90, "O"), NerFeatures.Hash(91, "O", "O"), NerFeatures.Hash(92, "O", "O"),
                NerFeatures.Hash(93, "PERS"), NerFeatures.Hash(94, "PERS", "2"), NerFeatures.Hash(95, "PERS", "O"),
            ],
            features[3][1]);

        // Its own tag counted out, the person (2 - 1) ties with the place (1): the type met first wins, with its count.
        Assert.Equal(
            [
                NerFeatures.Hash(90, "U-PERS"), NerFeatures.Hash(91, "O", "U-PERS"), NerFeatures.Hash(92, "U-PERS", "O"),
                NerFeatures.Hash(93, "PERS"), NerFeatures.Hash(94, "PERS", "1"), NerFeatures.Hash(95, "PERS", "U-PERS"),
            ],
            features[1][1]);

        // A sentence's first and last words see its edges; a word nobody tagged elsewhere has no type features.
        Assert.Equal([NerFeatures.Hash(90, "O"), NerFeatures.Hash(91, "<s>", "O"), NerFeatures.Hash(92, "O", "B-PERS")], features[0][0]);
        Assert.Equal([NerFeatures.Hash(90, "O"), NerFeatures.Hash(91, "U-PERS", "O"), NerFeatures.Hash(92, "O", "</s>")], features[1][2]);
    }

    [Fact]
    public void Only_the_ten_sentences_either_side_count_and_each_sentence_counts_them_afresh()
    {
        // The person is tagged in the first two sentences only; nine sentences of filler follow the third.
        List<string[]> sentences = [["قال", "الأعرجي"], ["أكد", "الأعرجي"], ["وأضاف", "الأعرجي"]];
        List<string[]> firstTags = [["O", "U-PERS"], ["O", "U-PERS"], ["O", "O"]];
        for (int filler = 3; filler <= 10; filler++)
        {
            sentences.Add(["ثم", "قال"]);
            firstTags.Add(["O", "O"]);
        }

        sentences.Add(["زار", "الأعرجي"]); // sentence 11: the second sentence is ten away, the first eleven
        firstTags.Add(["O", "O"]);
        sentences.Add(["زار", "الأعرجي"]); // sentence 12: both are more than ten away
        firstTags.Add(["O", "O"]);

        var features = DocumentContext.Features(sentences, firstTags);

        // Two sentences around the third call him a person: a count of 2, not what the windows before it had counted too.
        Assert.Equal([NerFeatures.Hash(93, "PERS"), NerFeatures.Hash(94, "PERS", "2"), NerFeatures.Hash(95, "PERS", "O")], features[2][1][3..]);
        Assert.Equal([NerFeatures.Hash(93, "PERS"), NerFeatures.Hash(94, "PERS", "1"), NerFeatures.Hash(95, "PERS", "O")], features[11][1][3..]);
        Assert.Equal(3, features[12][1].Length);
    }
}
