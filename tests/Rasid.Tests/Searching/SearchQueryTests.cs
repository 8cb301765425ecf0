using Rasid.Searching;

namespace Rasid.Tests.Searching;

public sealed class SearchQueryTests
{
    [Fact]
    public void Operators_written_in_capitals_are_syntax_not_words()
    {
        var query = SearchQuery.Parse("زوكربيرغ OR ميتا AND NOT NEAR");
        Assert.Equal(["زوكربيرغ", "ميتا"], query.Terms.Select(t => t.Surface));
    }

    [Fact]
    public void A_query_of_only_operators_and_punctuation_is_empty() =>
        Assert.True(SearchQuery.Parse("\" AND OR * ( ) ^ NEAR -").IsEmpty);

    [Fact]
    public void The_same_words_in_lower_case_are_searched() =>
        Assert.Equal(2, SearchQuery.Parse("rock and roll").Terms.Count(t => t.Surface is "rock" or "roll"));
}
