using System.Text;

namespace Rasid.Analysis;

/// <summary>One analyzed token: its span in the original text, its index term (the stem), its name key and its root key.</summary>
public readonly record struct AnalyzedToken(int Start, int End, TokenKind Kind, string Term, string NameKey, string RootKey);

/// <summary>
/// The analysis chain shared by indexing and querying: tokenize, normalize, drop stop words and the article
/// standing alone (الـ before a number or a foreign word), stem Arabic words (light10, and an open taa marbuta:
/// <see cref="LightStemmer.StripOpenTaaMarbuta"/>), and compute name keys and root keys. Numbers and Latin
/// words are their own root key. Numbers are indexed as written after folding (12% also as 12; 13-15 also as
/// 13 and 15; 1,500 as 1500).
/// </summary>
public static class TermAnalyzer
{
    private const int MaxWordLength = 64;

    /// <summary>Analyzes text into tokens (allocates a string per token; for queries and snippets).</summary>
    public static List<AnalyzedToken> Analyze(string text)
    {
        var result = new List<AnalyzedToken>();
        Analyze(text, (in AnalyzedWord w) =>
            result.Add(new AnalyzedToken(w.Start, w.End, w.Kind, new string(w.Term), new string(w.NameKey), new string(w.RootKey))));
        return result;
    }

    public delegate void WordSink(in AnalyzedWord word);

    /// <summary>A word as spans into scratch buffers: valid only inside the sink call.</summary>
    public readonly ref struct AnalyzedWord
    {
        public AnalyzedWord(int start, int end, TokenKind kind, ReadOnlySpan<char> term, ReadOnlySpan<char> nameKey, ReadOnlySpan<char> rootKey)
        {
            Start = start;
            End = end;
            Kind = kind;
            Term = term;
            NameKey = nameKey;
            RootKey = rootKey;
        }

        public int Start { get; }

        public int End { get; }

        public TokenKind Kind { get; }

        public ReadOnlySpan<char> Term { get; }

        public ReadOnlySpan<char> NameKey { get; }

        /// <summary>The word's <see cref="Analysis.RootKey"/>; a number or Latin word is its own.</summary>
        public ReadOnlySpan<char> RootKey { get; }
    }

    /// <summary>Analyzes without allocating per token; <paramref name="sink"/> sees each kept word once.</summary>
    public static void Analyze(string text, WordSink sink)
    {
        Span<char> buffer = stackalloc char[MaxWordLength * 2];
        Span<char> key = stackalloc char[MaxWordLength * 2];
        Span<char> root = stackalloc char[MaxWordLength * 2];
        var e = new TokenEnumerator(text);
        while (e.MoveNext())
        {
            Token token = e.Current;
            var source = text.AsSpan(token.Start, Math.Min(token.Length, MaxWordLength));
            int len = ArabicNormalizer.Normalize(source, buffer);
            var word = buffer[..len];
            if (len == 0)
            {
                continue;
            }

            switch (token.Kind)
            {
                case TokenKind.Arabic:
                {
                    if (len < 2 || StopWords.Contains(word) || IsLoneArticle(word))
                    {
                        continue;
                    }

                    int prefix = LightStemmer.StripPrefixes(word);
                    var bare = word[prefix..];
                    int stemLength = LightStemmer.StripOpenTaaMarbuta(bare, LightStemmer.StripSuffixes(bare));
                    int keyLength = NameKey.Write(bare, key);
                    int rootLength = Analysis.RootKey.Write(bare[..stemLength], root);
                    sink(new AnalyzedWord(token.Start, token.End, token.Kind, bare[..stemLength], key[..keyLength], root[..rootLength]));
                    break;
                }

                case TokenKind.Latin:
                {
                    int keyLength = NameKey.Write(word, key);
                    sink(new AnalyzedWord(token.Start, token.End, token.Kind, word, key[..keyLength], word));
                    break;
                }

                default:
                    EmitNumber(token, word, key, sink);
                    break;
            }
        }
    }

    private static void EmitNumber(Token token, Span<char> word, Span<char> scratch, WordSink sink)
    {
        // Thousands separators go ("1,500" and "1،500" are 1500); a comma followed by other than three digits is a decimal comma.
        int w = 0;
        for (int r = 0; r < word.Length; r++)
        {
            char c = word[r];
            if (c is ',' or ArabicLetters.ArabicComma)
            {
                int digitsAfter = 0;
                while (r + 1 + digitsAfter < word.Length && char.IsAsciiDigit(word[r + 1 + digitsAfter]))
                {
                    digitsAfter++;
                }

                if (digitsAfter == 3)
                {
                    continue;
                }

                c = '.';
            }

            word[w++] = c;
        }

        var number = word[..w];
        sink(new AnalyzedWord(token.Start, token.End, TokenKind.Number, number, number, number));
        var bare = number.TrimEnd('%');
        if (bare.Length != number.Length)
        {
            sink(new AnalyzedWord(token.Start, token.End, TokenKind.Number, bare, bare, bare));
        }

        int dash = bare.IndexOf('-');
        if (dash > 0)
        {
            bare[..dash].CopyTo(scratch);
            sink(new AnalyzedWord(token.Start, token.End, TokenKind.Number, scratch[..dash], scratch[..dash], scratch[..dash]));
            var high = bare[(dash + 1)..];
            sink(new AnalyzedWord(token.Start, token.End, TokenKind.Number, high, high, high));
        }
    }

    /// <summary>ال standing alone (الـ 20، الـ CIA once the tatweel is gone) is no word of its own.</summary>
    private static bool IsLoneArticle(ReadOnlySpan<char> word) =>
        word.Length == 2 && word[0] == ArabicLetters.Alef && word[1] == ArabicLetters.Lam;

    /// <summary>
    /// The index terms of a text, space separated: stems into <paramref name="terms"/>, name keys into
    /// <paramref name="names"/>, and into <paramref name="roots"/> the root keys that differ from the stem (a word
    /// that is its own root is found among the stems: searched by root, the stems are looked in too). Two words in
    /// five are their own root in news; indexing them twice cost a sixth of ingest's time.
    /// </summary>
    public static void AppendIndexTerms(string text, StringBuilder terms, StringBuilder names, StringBuilder roots)
    {
        Analyze(text, (in AnalyzedWord w) =>
        {
            terms.Append(w.Term).Append(' ');
            names.Append(w.NameKey).Append(' ');
            if (!w.RootKey.SequenceEqual(w.Term))
            {
                roots.Append(w.RootKey).Append(' ');
            }
        });
    }
}
