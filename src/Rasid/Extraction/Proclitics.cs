using Rasid.Analysis;

namespace Rasid.Extraction;

/// <summary>
/// Where a name begins inside the word that carries it. Arabic glues the conjunctions و ف and the prepositions
/// ب ل ك to the next word (وألمانيا، لخادم، بحزب), but many names begin with the same letters as part of the root
/// (وزارة، وكالة، ولاية، فرنسا، لبنان، بريدة). A letter list cannot tell them apart; news can: the letter is a
/// clitic when the rest is a more common word in news than the whole (ألمانيا is far commoner than وألمانيا; زارة
/// is no word while وزارة is one of the commonest). Written by hand: light stemmers strip these letters by length
/// alone, which cuts root letters off names.
/// </summary>
public static class Proclitics
{
    private const string Letters = "\u0648\u0641\u0628\u0644\u0643"; // و ف ب ل ك

    /// <summary>Whether the letter is one Arabic glues to the next word as a conjunction or preposition (و ف ب ل ك).</summary>
    public static bool IsCliticLetter(char letter) => Letters.Contains(letter);

    /// <summary>How many leading chars of <paramref name="word"/> are a proclitic to cut (0 or 1), by the words' frequency bands in news.</summary>
    public static int Length(string word)
    {
        if (word.Length < 4 || Letters.IndexOf(word[0]) < 0 || Ner.EntityTagger.Default?.Clusters is not { } clusters)
        {
            return 0;
        }

        string whole = ArabicNormalizer.NormalizeLower(word);
        if (Ner.EntityTagger.GivenNames.Contains(ArabicNormalizer.Normalize(word)))
        {
            return 0; // ليلى، كمال، فراس، وليد are names whole, however common يلي "following", مال "money" or راس "head" are
        }

        string rest = ArabicNormalizer.NormalizeLower(word[1..]);
        if (rest.Length < 3 || (whole[0] == '\u0644' && rest[0] == '\u0644'))
        {
            return 0; // لل + noun: the article's alef is gone, what follows is not the name as written
        }

        // ك "like" glues onto a name with the article (كالرياض، كالسعودية) or onto a person's given name or kin word (كحمد
        // الزامل، كابن تيمية), seldom onto another bare word, and begins many names and words whole: كابل (Kabul, not إبل
        // "camels"), كوفي عنان, كميل, كلاما ("words"). Else it stays.
        if (whole[0] == '\u0643' && !rest.StartsWith("\u0627\u0644", StringComparison.Ordinal)
            && !(Ner.EntityTagger.GivenNames.Contains(rest) || rest.StartsWith("\u0627\u0628\u0646", StringComparison.Ordinal) || rest.StartsWith("\u0627\u0628\u0648", StringComparison.Ordinal) || rest.StartsWith("\u0639\u0628\u062f", StringComparison.Ordinal))) // ابن، ابو، عبد
        {
            return 0;
        }

        // A preposition never stands before a conjunction (وبروسيا, not بوروسيا): a rest that is itself و or ف and a word
        // (وروسيا) is common as that, and says nothing of بوروسيا (Borussia). A rest whose و is its own (بوزارة) is cut.
        if (whole[0] is '\u0628' or '\u0644' or '\u0643' && rest[0] is '\u0648' or '\u0641' && Length(word[1..]) > 0)
        {
            return 0;
        }

        return RestRankOverWhole(rest, whole, clusters) > 0 ? 1 : 0;
    }

    /// <summary>How much commoner in news the word is without its first letter than whole (its frequency bands' difference).</summary>
    private static int RestRankOverWhole(string normalizedRest, string normalizedWhole, Ner.WordClusters clusters) =>
        Rank(clusters.FrequencyBand(normalizedRest)) - Rank(clusters.FrequencyBand(normalizedWhole));

    /// <summary>
    /// Whether the word without its first letter is at least as common in news as the whole (both unseen included): the
    /// lexicon does not object to reading that letter as a conjunction, when other evidence says it is one.
    /// </summary>
    public static bool RestAsCommonAsWhole(string word) =>
        word.Length >= 4 && Ner.EntityTagger.Default?.Clusters is { } clusters
        && RestRankOverWhole(ArabicNormalizer.NormalizeLower(word[1..]), ArabicNormalizer.NormalizeLower(word), clusters) >= 0;

    /// <summary>
    /// Whether a second proclitic may follow a first one: a conjunction (و ف) then a preposition (ب ل ك), as in وبألمانيا،
    /// فلخادم; or ل before the article whose alef it drops (للفيفا). Never a preposition then a conjunction: بوروسيا is
    /// Borussia, not ب + و + روسيا.
    /// </summary>
    public static bool MayFollow(char first, char second) =>
        (first is '\u0648' or '\u0641' && second is '\u0628' or '\u0644' or '\u0643') || (first == '\u0644' && second == '\u0644');

    /// <summary>Frequency bands from rarest (unseen, 0) to commonest (top thousand, 4).</summary>
    private static int Rank(string band) => band switch { "f1" => 4, "f2" => 3, "f3" => 2, "f4" => 1, _ => 0 };
}
