using Rasid.Analysis;

namespace Rasid.Searching;

/// <summary>One query word as index terms: the stem it must match, or the name key under which its spellings agree.</summary>
public sealed record QueryTerm(string Surface, string Term, string NameKey);

/// <summary>
/// A user's query, analyzed exactly as articles are. Whatever the user typed (FTS operators, quotes,
/// parentheses, 10 KB of text) becomes plain words: no part of the input ever reaches a store's query
/// syntax. Long input keeps its first <see cref="MaxTerms"/> distinct words.
/// </summary>
public sealed record SearchQuery(string Text, IReadOnlyList<QueryTerm> Terms)
{
    public const int MaxTerms = 32;

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string text)
    {
        var terms = new List<QueryTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in TermAnalyzer.Analyze(text))
        {
            if (IsOperator(text.AsSpan(token.Start, token.End - token.Start)))
            {
                continue; // "زوكربيرغ OR ميتا": an operator of another engine's syntax, not a word the user looks for
            }

            if (seen.Add(token.Term) && terms.Count < MaxTerms)
            {
                terms.Add(new QueryTerm(text[token.Start..token.End], token.Term, token.NameKey));
            }
        }

        return new SearchQuery(text, terms);
    }

    /// <summary>Full-text operators as written in capitals (AND, OR, NOT, NEAR): a search box's users type them as syntax.</summary>
    private static bool IsOperator(ReadOnlySpan<char> word) => word is "AND" or "OR" or "NOT" or "NEAR";
}
