using Rasid.Storing;

namespace Rasid.Searching;

/// <summary>A search result: the article, its rank score (higher is better) and a snippet.</summary>
public sealed record SearchHit(StoredArticle Article, double Score, IReadOnlyList<SnippetPart> Snippet);

/// <summary>The outcome of a search, with a user-facing note when the query was changed or could not run.</summary>
public sealed record SearchResult(SearchQuery Query, IReadOnlyList<SearchHit> Hits, bool MatchedAllWords, string? Note);

/// <summary>
/// Search over any store. Keywords: every query word must match (by stem or by name key); when no article has
/// them all, articles with any of them are ranked instead and the result says so. A question
/// (<see cref="SearchQuery.IsQuestion"/>): articles with any of its words, ranked (the passage that answers a
/// question seldom repeats all of it).
/// </summary>
public sealed class SearchService(IArticleStore store)
{
    /// <param name="spellings">Known names whose other-script spellings a query word matches as well; null for the words as typed only.</param>
    public SearchResult Search(string text, int limit, Extraction.Gazetteer? spellings = null)
    {
        var query = SearchQuery.Parse(text ?? string.Empty);
        if (spellings is not null)
        {
            query = query.WithSpellingsOf(spellings);
        }

        if (query.IsEmpty)
        {
            return new SearchResult(query, [], true, "the query has no searchable words (only punctuation, operators or common function words)");
        }

        string? note = query.Terms.Count == SearchQuery.MaxTerms ? $"the query was long: its first {SearchQuery.MaxTerms} distinct words were used" : null;
        var hits = store.Search(query, matchAll: !query.IsQuestion, limit);
        bool all = !query.IsQuestion || query.Terms.Count == 1;
        if (hits.Count == 0 && query.Terms.Count > 1 && !query.IsQuestion)
        {
            hits = store.Search(query, matchAll: false, limit);
            all = false;
            note ??= "no article has every word; showing articles with any of them";
        }

        return new SearchResult(query, hits.Select(h => new SearchHit(h.Article, h.Score, Snippets.Make(h.Article.Article.Text, query))).ToList(), all, note);
    }
}
