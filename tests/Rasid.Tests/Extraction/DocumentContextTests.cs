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
}
