using Rasid.Analysis;

namespace Rasid.Searching;

/// <summary>One query word as index terms: the stem it must match, or the name key under which its spellings agree.</summary>
public sealed record QueryTerm(string Surface, string Term, string NameKey)
{
    /// <summary>The name keys of the same name's spellings in another script (Zuckerberg: زوكربيرغ), matched as well.</summary>
    public IReadOnlyList<string> AlsoKeys { get; init; } = [];

    /// <summary>Every name key the word matches: its own and its other spellings'.</summary>
    public IEnumerable<string> NameKeys => AlsoKeys.Prepend(NameKey);

    /// <summary>The word's <see cref="Analysis.RootKey"/>: a question's word also matches words of its root, weakly.</summary>
    public string RootKey { get; init; } = NameKey;

    /// <summary>
    /// In a question, the word read without the one-letter proclitic ل، ب، ك or ف that light10 leaves on
    /// (لسويسرا as سويسرا، بعزيز as عزيز), matched as well; null when the word has none.
    /// </summary>
    public QueryTerm? WithoutProclitic { get; init; }
}

/// <summary>A query word that also matched other spellings of the name it is one of (Facebook: فيسبوك).</summary>
public sealed record AlsoMatched(string Surface, IReadOnlyList<string> Spellings);

/// <summary>
/// A user's query, analyzed exactly as articles are. Whatever the user typed (FTS operators, quotes,
/// parentheses, 10 KB of text) becomes plain words: no part of the input ever reaches a store's query
/// syntax. Long input keeps its first <see cref="MaxTerms"/> distinct words.
/// </summary>
/// <remarks>
/// A question (see <see cref="QuestionWords"/>) is searched for the passage that answers it: its interrogatives
/// and the nouns that only frame what is asked are not searched, no word is required (the articles sharing most of
/// its words rank first), and each word also matches its root and, when light10 left a one-letter proclitic on it,
/// the word without it. Other queries are keywords: every word is required while some article has them all.
/// </remarks>
public sealed record SearchQuery(string Text, IReadOnlyList<QueryTerm> Terms)
{
    public const int MaxTerms = 32;

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>The query reads as a question (ما هي عاصمة سوريا؟): ranked by the words it shares, none required.</summary>
    public bool IsQuestion { get; init; }

    public static SearchQuery Parse(string text)
    {
        var words = QuestionWords.Read(text);
        var terms = new List<QueryTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in TermAnalyzer.Analyze(text))
        {
            if (IsOperator(text.AsSpan(token.Start, token.End - token.Start)))
            {
                continue; // "زوكربيرغ OR ميتا": an operator of another engine's syntax, not a word the user looks for
            }

            if (words.IsQuestion && words.NotSearched.Contains(token.Start))
            {
                continue; // ماهي، كم، ما اسم: what the question asks, not what the answer's passage says
            }

            if (seen.Add(token.Term) && terms.Count < MaxTerms)
            {
                var term = new QueryTerm(text[token.Start..token.End], token.Term, token.NameKey) { RootKey = token.RootKey };
                terms.Add(words.IsQuestion ? term with { WithoutProclitic = WithoutProclitic(term) } : term);
            }
        }

        return new SearchQuery(text, terms) { IsQuestion = words.IsQuestion };
    }

    /// <summary>
    /// The word without a leading ل، ب، ك or ف when light10 stripped no prefix and three letters or more are left
    /// (لسويسرا، بعزيز، كمصر); null otherwise or when that changes nothing. Only in questions: whether the letter is
    /// a clitic or the word's own (بلجيكا، كندا) is a guess, which a ranked question can afford and a required
    /// keyword cannot.
    /// </summary>
    private static QueryTerm? WithoutProclitic(QueryTerm term)
    {
        string word = ArabicNormalizer.Normalize(term.Surface);
        if (word.Length < 4 || word[0] is not (ArabicLetters.Lam or ArabicLetters.Beh or ArabicLetters.Kaf or ArabicLetters.Feh)
            || LightStemmer.StripPrefixes(word) != 0)
        {
            return null;
        }

        var rest = TermAnalyzer.Analyze(word[1..]);
        if (rest.Count != 1 || string.Equals(rest[0].Term, term.Term, StringComparison.Ordinal))
        {
            return null;
        }

        return new QueryTerm(term.Surface, rest[0].Term, rest[0].NameKey) { RootKey = rest[0].RootKey };
    }

    /// <summary>Words that also match other spellings of their name (empty until <see cref="WithSpellingsOf"/>).</summary>
    public IReadOnlyList<AlsoMatched> Also { get; init; } = [];

    /// <summary>
    /// The query with each word that is a known name's spelling (a gazetteer name or alias of one word) also
    /// matching that name's other one-word spellings: a Latin query finds the Arabic articles and the reverse
    /// (Zuckerberg → زوكربيرغ، زوكربيرج; فيسبوك → Facebook). Name keys already fold spellings within one
    /// script; this crosses scripts, which no key can do without merging unrelated words.
    /// </summary>
    public SearchQuery WithSpellingsOf(Extraction.Gazetteer gazetteer)
    {
        var also = new List<AlsoMatched>();
        var terms = Terms.Select(term =>
        {
            if (gazetteer.Whole(term.Surface) is not { } entry)
            {
                return term;
            }

            var others = entry.Names.Where(n => !n.Contains(' ', StringComparison.Ordinal))
                .Select(n => (Spelling: n, Key: TermAnalyzer.Analyze(n).FirstOrDefault().NameKey))
                .Where(o => !string.IsNullOrEmpty(o.Key) && o.Key != term.NameKey)
                .DistinctBy(o => o.Key)
                .ToList();
            if (others.Count == 0)
            {
                return term;
            }

            also.Add(new AlsoMatched(term.Surface, others.Select(o => o.Spelling).ToList()));
            return term with { AlsoKeys = others.Select(o => o.Key).ToList() };
        }).ToList();
        return this with { Terms = terms, Also = also };
    }

    /// <summary>Full-text operators as written in capitals (AND, OR, NOT, NEAR): a search box's users type them as syntax.</summary>
    private static bool IsOperator(ReadOnlySpan<char> word) => word is "AND" or "OR" or "NOT" or "NEAR";
}
