using System.Text;

namespace Rasid.Analysis;

/// <summary>One analyzed token: its span in the original text, its index term (the stem) and its name key.</summary>
public readonly record struct AnalyzedToken(int Start, int End, TokenKind Kind, string Term, string NameKey);

/// <summary>
/// The analysis chain shared by indexing and querying: tokenize, normalize, drop stop words, stem
/// Arabic words, and compute name keys. Numbers are indexed as written after folding (12% also as 12;
/// 13-15 also as 13 and 15; 1,500 as 1500).
/// </summary>
public static class TermAnalyzer
{
    private const int MaxWordLength = 64;

    /// <summary>Analyzes text into tokens (allocates a string per token; for queries and snippets).</summary>
    public static List<AnalyzedToken> Analyze(string text)
    {
        var result = new List<AnalyzedToken>();
        Analyze(text, (in AnalyzedWord w) =>
            result.Add(new AnalyzedToken(w.Start, w.End, w.Kind, new string(w.Term), new string(w.NameKey))));
        return result;
    }

    public delegate void WordSink(in AnalyzedWord word);

    /// <summary>A word as spans into scratch buffers: valid only inside the sink call.</summary>
    public readonly ref struct AnalyzedWord
    {
        public AnalyzedWord(int start, int end, TokenKind kind, ReadOnlySpan<char> term, ReadOnlySpan<char> nameKey)
        {
            Start = start;
            End = end;
            Kind = kind;
            Term = term;
            NameKey = nameKey;
        }

        public int Start { get; }

        public int End { get; }

        public TokenKind Kind { get; }

        public ReadOnlySpan<char> Term { get; }

        public ReadOnlySpan<char> NameKey { get; }
    }

    /// <summary>Analyzes without allocating per token; <paramref name="sink"/> sees each kept word once.</summary>
    public static void Analyze(string text, WordSink sink)
    {
        Span<char> buffer = stackalloc char[MaxWordLength * 2];
        Span<char> key = stackalloc char[MaxWordLength * 2];
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
                    if (len < 2 || StopWords.Contains(word))
                    {
                        continue;
                    }

                    int prefix = LightStemmer.StripPrefixes(word);
                    var bare = word[prefix..];
                    int stemLength = LightStemmer.StripSuffixes(bare);
                    int keyLength = NameKey.Write(bare, key);
                    sink(new AnalyzedWord(token.Start, token.End, token.Kind, bare[..stemLength], key[..keyLength]));
                    break;
                }

                case TokenKind.Latin:
                {
                    int keyLength = NameKey.Write(word, key);
                    sink(new AnalyzedWord(token.Start, token.End, token.Kind, word, key[..keyLength]));
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
        // Thousands separators go ("1,500" is 1500); a comma followed by other than three digits is a decimal comma.
        int w = 0;
        for (int r = 0; r < word.Length; r++)
        {
            char c = word[r];
            if (c == ',')
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
        sink(new AnalyzedWord(token.Start, token.End, TokenKind.Number, number, number));
        var bare = number.TrimEnd('%');
        if (bare.Length != number.Length)
        {
            sink(new AnalyzedWord(token.Start, token.End, TokenKind.Number, bare, bare));
        }

        int dash = bare.IndexOf('-');
        if (dash > 0)
        {
            bare[..dash].CopyTo(scratch);
            sink(new AnalyzedWord(token.Start, token.End, TokenKind.Number, scratch[..dash], scratch[..dash]));
            var high = bare[(dash + 1)..];
            sink(new AnalyzedWord(token.Start, token.End, TokenKind.Number, high, high));
        }
    }

    /// <summary>The index terms of a text: stems into <paramref name="terms"/>, name keys into <paramref name="names"/>, space separated.</summary>
    public static void AppendIndexTerms(string text, StringBuilder terms, StringBuilder names)
    {
        Analyze(text, (in AnalyzedWord w) =>
        {
            terms.Append(w.Term).Append(' ');
            names.Append(w.NameKey).Append(' ');
        });
    }
}
