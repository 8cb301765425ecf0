using Rasid.Analysis;

namespace Rasid.Searching;

/// <summary>
/// One word of a text as Rasid indexes and searches it: its normalized form, the index terms it becomes (the stem;
/// a number also without its % or as both ends of a range), its name key (under which its spellings agree), its
/// root key (under which a question also matches it), the other script's spellings a search for it also matches,
/// or why it is not indexed at all.
/// </summary>
public sealed record ExplainedToken(
    int Start,
    int End,
    string Surface,
    string Kind,
    string Normalized,
    IReadOnlyList<string> Terms,
    string? NameKey,
    IReadOnlyList<string> AlsoMatches,
    string? NotIndexed)
{
    /// <summary>The word's root key (see <see cref="Analysis.RootKey"/>); null when it is not indexed.</summary>
    public string? RootKey { get; init; }
}

/// <summary>
/// Why a query did or did not match (like Elasticsearch's <c>_analyze</c>): every token of a text with what the one
/// analysis chain (<see cref="TermAnalyzer"/>, used by indexing and search alike) makes of it. The explanation is read
/// off the chain's own output, token by token, so it cannot drift from what the index holds.
/// </summary>
public static class TextExplainer
{
    public static IReadOnlyList<ExplainedToken> Explain(string text, Extraction.Gazetteer? spellings = null)
    {
        var analyzed = TermAnalyzer.Analyze(text).ToLookup(t => t.Start);
        var query = spellings is null ? null : SearchQuery.Parse(text).WithSpellingsOf(spellings);
        var result = new List<ExplainedToken>();
        var tokens = new TokenEnumerator(text);
        while (tokens.MoveNext())
        {
            var token = tokens.Current;
            string surface = text[token.Start..token.End];
            string normalized = ArabicNormalizer.Normalize(surface);
            var words = analyzed[token.Start].ToList();
            var also = query?.Also.FirstOrDefault(a => string.Equals(a.Surface, surface, StringComparison.Ordinal))?.Spellings ?? [];
            result.Add(new ExplainedToken(
                token.Start,
                token.End,
                surface,
                token.Kind.ToString().ToLowerInvariant(),
                normalized,
                words.Select(w => w.Term).Distinct(StringComparer.Ordinal).ToList(),
                words.Count > 0 ? words[0].NameKey : null,
                also,
                words.Count > 0 ? null : WhyNotIndexed(token.Kind, normalized)) { RootKey = words.Count > 0 ? words[0].RootKey : null });
        }

        return result;
    }

    // The chain drops a token for one of these reasons only (see TermAnalyzer.Analyze).
    private static string WhyNotIndexed(TokenKind kind, string normalized) =>
        normalized.Length == 0 ? "nothing left after normalization (diacritics or tatweel only)"
        : kind == TokenKind.Arabic && normalized.Length < 2 ? "a single letter"
        : StopWords.Contains(normalized) ? "a stop word"
        : normalized == "\u0627\u0644" ? "the article ال standing alone" // ال alef lam
        : "not a word the index keeps";
}
