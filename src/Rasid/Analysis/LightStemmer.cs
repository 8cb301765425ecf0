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
    // Article-family prefixes, longest first. Written with named letters: ا alef, ل lam, ب beh, ك kaf, ف feh.
    private static readonly string[] ArticlePrefixes =
    [
        "\u0628\u0627\u0644", // بال
        "\u0643\u0627\u0644", // كال
        "\u0641\u0627\u0644", // فال
        "\u0644\u0644",       // لل
        "\u0627\u0644",       // ال
    ];

    // light10 suffixes after ة→ه folding.
    private static readonly string[] Suffixes =
    [
        "\u0647\u0627", // ها
        "\u0627\u0646", // ان
        "\u0627\u062A", // ات
        "\u0648\u0646", // ون
        "\u064A\u0646", // ين
        "\u064A\u0647", // يه (and ية)
        "\u0647",       // ه (and ة)
        "\u064A",       // ي
    ];

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
        // Every article-family prefix starts with one of these letters; most words start with another.
        if (word.Length < 4 || word[0] is not (ArabicLetters.Alef or ArabicLetters.Beh or ArabicLetters.Kaf or ArabicLetters.Feh or ArabicLetters.Lam))
        {
            return 0;
        }

        foreach (string p in ArticlePrefixes)
        {
            if (word.Length >= p.Length + 2 && word.StartsWith(p, StringComparison.Ordinal))
            {
                return p.Length;
            }
        }

        return 0;
    }

    /// <summary>Strips suffixes; returns the new length.</summary>
    public static int StripSuffixes(ReadOnlySpan<char> word)
    {
        int len = word.Length;
        if (len < 3)
        {
            return len;
        }

        // Every light10 suffix ends in one of these letters: skip the table for words that cannot match.
        char last = word[len - 1];
        if (last is not (ArabicLetters.Heh or ArabicLetters.Alef or ArabicLetters.Noon or ArabicLetters.Teh or ArabicLetters.Yeh))
        {
            return len;
        }

        foreach (string s in Suffixes)
        {
            if (len >= s.Length + 2 && word[..len].EndsWith(s, StringComparison.Ordinal))
            {
                len -= s.Length;
            }
        }

        return len;
    }

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
