namespace Rasid.Analysis;

/// <summary>
/// Clitic-aware light stemmer over normalized Arabic (see <see cref="ArabicNormalizer"/>).
/// Rules, in order:
/// 1. Conjunction و or ف followed by an article-family prefix is stripped with it (وبال، فلل، وال، فال، وكال، ولل).
/// 2. Article-family prefixes ال بال كال فال لل are stripped when at least two letters remain (Larkey light10).
/// 3. Otherwise a lone conjunction و is stripped when at least three letters remain (Larkey light10).
/// 4. The light10 suffixes ها ان ات ون ين يه ه ي are stripped, each once and in that order, when at least
///    two letters remain (ة is already ه after normalization, so light10's ية and ة are covered).
/// </summary>
/// <remarks>
/// Lucene's ArabicStemmer implements light10 but strips only one prefix, so وبالاستثمارات keeps بال;
/// rule 1 is what it misses.
/// </remarks>
public static class LightStemmer
{
    /// <summary>Strips prefixes; returns the offset where the word now starts.</summary>
    public static int StripPrefixes(ReadOnlySpan<char> word)
    {
        int start = 0;
        if (word.Length >= 4 && word[0] is ArabicLetters.Waw or ArabicLetters.Feh)
        {
            int after = MatchArticlePrefix(word[1..]);
            if (after > 0)
            {
                return 1 + after;
            }
        }

        int article = MatchArticlePrefix(word);
        if (article > 0)
        {
            return article;
        }

        if (word.Length >= 4 && word[0] == ArabicLetters.Waw)
        {
            start = 1;
        }

        return start;
    }

    private static int MatchArticlePrefix(ReadOnlySpan<char> word)
    {
        // بال كال فال (two letters kept), then لل and ال, matched letter by letter: the analyzer's hottest path
        // (see RootKey.Write); AffixRulesAsTablesTests checks this against the rules as tables of strings.
        if (word.Length < 4)
        {
            return 0;
        }

        char first = word[0], second = word[1];
        if (first is ArabicLetters.Beh or ArabicLetters.Kaf or ArabicLetters.Feh)
        {
            return word.Length >= 5 && second == ArabicLetters.Alef && word[2] == ArabicLetters.Lam ? 3 : 0;
        }

        return (first == ArabicLetters.Lam && second == ArabicLetters.Lam) || (first == ArabicLetters.Alef && second == ArabicLetters.Lam) ? 2 : 0;
    }

    /// <summary>Strips suffixes; returns the new length.</summary>
    public static int StripSuffixes(ReadOnlySpan<char> word)
    {
        int len = word.Length;
        if (len < 3)
        {
            return len;
        }

        // Every light10 suffix ends in one of these letters: skip the rest for words that cannot match.
        char last = word[len - 1];
        if (last is not (ArabicLetters.Heh or ArabicLetters.Alef or ArabicLetters.Noon or ArabicLetters.Teh or ArabicLetters.Yeh))
        {
            return len;
        }

        // The light10 suffixes (rule 4), each tried once in its order, two letters kept.
        len = Strip(word, len, ArabicLetters.Heh, ArabicLetters.Alef);  // ها
        len = Strip(word, len, ArabicLetters.Alef, ArabicLetters.Noon); // ان
        len = Strip(word, len, ArabicLetters.Alef, ArabicLetters.Teh);  // ات
        len = Strip(word, len, ArabicLetters.Waw, ArabicLetters.Noon);  // ون
        len = Strip(word, len, ArabicLetters.Yeh, ArabicLetters.Noon);  // ين
        len = Strip(word, len, ArabicLetters.Yeh, ArabicLetters.Heh);   // يه
        len = Strip(word, len, ArabicLetters.Heh);                      // ه
        return Strip(word, len, ArabicLetters.Yeh);                     // ي
    }

    private static int Strip(ReadOnlySpan<char> word, int len, char first, char second) =>
        len >= 4 && word[len - 1] == second && word[len - 2] == first ? len - 2 : len;

    private static int Strip(ReadOnlySpan<char> word, int len, char letter) =>
        len >= 3 && word[len - 1] == letter ? len - 1 : len;

    /// <summary>
    /// Search's rule after <see cref="StripSuffixes"/>: a ت left at the end where a pronoun or dual suffix was
    /// stripped (ها، ه، ي، ين، ان) is a taa marbuta written open before that suffix (عاصمتها is عاصمة + ها،
    /// حكومتين is حكومة + ين), and goes as ة does, so that عاصمتها and العاصمة share the stem عاصم. At least
    /// three letters stay (بيتها keeps بيت). Returns the new length. Not part of <see cref="Stem(string)"/>:
    /// extraction's stems are the ones its models and word lists were made with.
    /// </summary>
    public static int StripOpenTaaMarbuta(ReadOnlySpan<char> word, int stemLength)
    {
        if (stemLength < 4 || stemLength >= word.Length || word[stemLength - 1] != ArabicLetters.Teh)
        {
            return stemLength;
        }

        var stripped = word[stemLength..];
        bool pronounOrDual = stripped[0] is ArabicLetters.Heh or ArabicLetters.Yeh
            || (stripped.Length >= 2 && stripped[0] == ArabicLetters.Alef && stripped[1] == ArabicLetters.Noon);
        return pronounOrDual ? stemLength - 1 : stemLength;
    }

    /// <summary>Stems a normalized word; returns the stem's range inside it.</summary>
    public static Range Stem(ReadOnlySpan<char> word)
    {
        int start = StripPrefixes(word);
        int len = StripSuffixes(word[start..]);
        return new Range(start, start + len);
    }

    public static string Stem(string normalizedWord) => normalizedWord[Stem(normalizedWord.AsSpan())];
}
