namespace Rasid.Searching;

/// <summary>The four columns of analyzed terms both stores index (see <see cref="Pipeline.IndexTerms"/>); a phrase looks in one or several.</summary>
[Flags]
public enum TermColumns
{
    None = 0,

    /// <summary>Stems of the title.</summary>
    Title = 1,

    /// <summary>Stems of the text.</summary>
    Body = 2,

    /// <summary>Name keys of title and text: the words as written, prefixes off, spellings of a name folded.</summary>
    Names = 4,

    /// <summary>Root keys of title and text that differ from the stem.</summary>
    Roots = 8,
}

/// <summary>
/// One term looked for in some columns: a phrase of the store's full-text query, matched and scored on its own (its
/// frequency is its hits in each of the columns times the column's weight; its idf counts articles holding it in any).
/// </summary>
public readonly record struct QueryPhrase(TermColumns Columns, string Text);

/// <summary>
/// How both stores rank: BM25 as SQLite's FTS5 computes it (k1 1.2, b 0.75; a phrase's frequency in an article is
/// its hits in each column times the column's weight; its idf counts the articles holding it in its column; the
/// length is the article's terms in all columns), summed over the phrases of a <see cref="SearchPlan"/>.
/// </summary>
/// <remarks>
/// The weights were chosen on ARCD's training questions (`bench arcd --split train`), with fielded BM25 in mind: the
/// title is searched apart from the text, so a word of the title counts with the idf of titles and a word of the text
/// with that of texts. A word as written (its name key) weighs most: among articles holding a word's stem, the ones
/// that write it as asked are closer to the question. Roots weigh little: they join derived forms (ولد، مولد) and
/// some unrelated words too.
/// </remarks>
public static class SearchRanking
{
    public const double K1 = 1.2;

    public const double B = 0.75;

    public const double TitleWeight = 2.0;

    public const double BodyWeight = 1.0;

    /// <summary>
    /// A word as written weighs as much as twenty of its stem's hits in the text. Chosen on ARCD's training questions
    /// (MRR@10 over 693 of them: 0.863 at 8, 0.865 at 14 and 16, 0.866 at 20, 0.865 at 24); the test split moved
    /// from 0.859 to 0.860 with it, inside what a handful of questions can move.
    /// </summary>
    public const double NamesWeight = 20.0;

    public const double RootsWeight = 2.0;

    /// <summary>The columns in the order both stores keep them (FTS5's columns, PostgreSQL's weights A to D).</summary>
    public static IReadOnlyList<TermColumns> Columns { get; } = [TermColumns.Title, TermColumns.Body, TermColumns.Names, TermColumns.Roots];

    /// <summary>The weights in column order, as FTS5's bm25() takes them.</summary>
    public static IReadOnlyList<double> Weights { get; } = [TitleWeight, BodyWeight, NamesWeight, RootsWeight];
}

/// <summary>
/// What a store looks for: per query word, the phrases any of which matches it (its stem in the title, its stem in
/// the text, its name keys among the names; in a question also its root key among the roots and the stems, and the
/// word without a proclitic). With <see cref="MatchAll"/> every word must match, else any; every phrase is scored
/// each time it appears.
/// </summary>
public sealed record SearchPlan(IReadOnlyList<IReadOnlyList<QueryPhrase>> Words, bool MatchAll)
{
    /// <summary>Every phrase in order, as the store's query holds them (a phrase two words share, twice).</summary>
    public IEnumerable<QueryPhrase> Phrases => Words.SelectMany(w => w);

    /// <summary>
    /// A question is never matched on all words, and each of its phrases is looked for once (two words of one root
    /// are one piece of evidence, not two).
    /// </summary>
    public static SearchPlan For(SearchQuery query, bool matchAll)
    {
        var words = new List<IReadOnlyList<QueryPhrase>>();
        var asked = new HashSet<QueryPhrase>();
        foreach (var term in query.Terms)
        {
            var phrases = new List<QueryPhrase>();
            void Add(QueryPhrase phrase)
            {
                if (!phrases.Contains(phrase) && (!query.IsQuestion || asked.Add(phrase)))
                {
                    phrases.Add(phrase);
                }
            }

            QueryTerm[] forms = query.IsQuestion && term.WithoutProclitic is { } bare ? [term, bare] : [term];
            foreach (var form in forms)
            {
                Add(new QueryPhrase(TermColumns.Title, form.Term));
                Add(new QueryPhrase(TermColumns.Body, form.Term));
                foreach (string key in form.NameKeys)
                {
                    Add(new QueryPhrase(TermColumns.Names, key));
                }

                if (query.IsQuestion)
                {
                    // Words that are their own root are indexed among the stems only (see TermAnalyzer.AppendIndexTerms).
                    Add(new QueryPhrase(TermColumns.Title | TermColumns.Body | TermColumns.Roots, form.RootKey));
                }
            }

            if (phrases.Count > 0)
            {
                words.Add(phrases);
            }
        }

        return new SearchPlan(words, matchAll && !query.IsQuestion);
    }
}
