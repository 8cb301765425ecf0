using Rasid.Analysis;

namespace Rasid.Tests.Analysis;

/// <summary>
/// The light stemmer and the root key match their affixes letter by letter for speed; here the same rules are written
/// as the tables of strings they were first written as, tried in order, and the two must agree on every word of the
/// seeds and on every affix put on a few bases (short ones included, where the letters-kept limits decide).
/// </summary>
public sealed class AffixRulesAsTablesTests
{
    private static readonly string[] ArticlePrefixes = ["بال", "كال", "فال", "لل", "ال"];
    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];
    private static readonly string[] Endings = ["تما", "تم", "تن", "نا", "وا", "هم", "هن", "كم", "ت", "ا"];
    private static readonly string[] Prefixes = ["مست", "يست", "تست", "است", "ين", "ان", "يت", "تت", "ي", "ت", "ن", "ا", "م"];

    private static int ArticlePrefixByTable(string word)
    {
        if (word.Length < 4)
        {
            return 0;
        }

        return ArticlePrefixes.FirstOrDefault(p => word.Length >= p.Length + 2 && word.StartsWith(p, StringComparison.Ordinal))?.Length ?? 0;
    }

    private static int PrefixesByTable(string word)
    {
        if (word.Length >= 4 && word[0] is 'و' or 'ف' && ArticlePrefixByTable(word[1..]) is > 0 and var after)
        {
            return 1 + after;
        }

        int article = ArticlePrefixByTable(word);
        return article > 0 ? article : word.Length >= 4 && word[0] == 'و' ? 1 : 0;
    }

    private static int SuffixesByTable(string word)
    {
        int len = word.Length;
        if (len < 3)
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

    private static string RootByTable(string stem)
    {
        int length = stem.Length;
        string? ending = Endings.FirstOrDefault(e => length - e.Length >= 3 && stem[..length].EndsWith(e, StringComparison.Ordinal));
        length -= ending?.Length ?? 0;
        int start = Prefixes.FirstOrDefault(p => length - p.Length >= 3 && stem[..length].StartsWith(p, StringComparison.Ordinal))?.Length ?? 0;
        var key = new System.Text.StringBuilder();
        int left = length - start;
        for (int i = start; i < length; i++)
        {
            if (i > start && left > 3 && stem[i] is 'ا' or 'و' or 'ي')
            {
                left--;
                continue;
            }

            key.Append(stem[i]);
        }

        return key.ToString();
    }

    private static IEnumerable<string> Words()
    {
        foreach (string file in Directory.GetFiles(TestData.SeedsFolder))
        {
            foreach (var token in Tokenizer.Tokenize(File.ReadAllText(file)).Where(t => t.Kind == TokenKind.Arabic))
            {
                yield return ArabicNormalizer.Normalize(File.ReadAllText(file)[token.Start..token.End]);
            }
        }

        string[] bases = ["كتب", "در", "ولد", "مستشار", "حد", "ع"];
        string[] before = ["", "و", "ف", "ال", "بال", "كال", "فال", "لل", "وال", "وبال", "مست", "يست", "تست", "است", "ين", "ان", "يت", "تت", "ي", "ت", "ن", "ا", "م"];
        string[] after = ["", "ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي", "تما", "تم", "تن", "نا", "وا", "هم", "هن", "كم", "ت", "ا", "تها", "يها"];
        foreach (string b in bases)
        {
            foreach (string p in before)
            {
                foreach (string s in after)
                {
                    yield return p + b + s;
                }
            }
        }
    }

    [Fact]
    public void The_stemmer_strips_what_its_tables_strip()
    {
        int checkedWords = 0;
        foreach (string word in Words().Distinct())
        {
            Assert.True(PrefixesByTable(word) == LightStemmer.StripPrefixes(word), $"prefix of {word}");
            Assert.True(SuffixesByTable(word) == LightStemmer.StripSuffixes(word), $"suffix of {word}");
            checkedWords++;
        }

        Assert.True(checkedWords > 2000, $"only {checkedWords} words checked");
    }

    [Fact]
    public void The_root_key_drops_what_its_tables_drop()
    {
        foreach (string word in Words().Distinct())
        {
            var stem = LightStemmer.Stem(word);
            Assert.Equal(RootByTable(stem), RootKey.Of(stem));
        }
    }
}
