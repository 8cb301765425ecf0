using Rasid.Analysis;
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

    [Theory]
    [InlineData("ما هي عاصمة سوريا؟")]
    [InlineData("متى ولد نجيب محفوظ")] // no question mark: the interrogative first
    [InlineData("في أي عام استقلت الهند")] // a stop word, then the interrogative
    [InlineData(" - ماهي الدولة التي تحد سوريا")] // run together with its pronoun
    [InlineData("بماذا يشتهر صلاح الدين")] // with a clitic
    [InlineData("مين استقل مصر")] // colloquial
    [InlineData("زوكربيرغ ميتا?")] // a question mark alone
    public void Questions_read_as_questions(string text) => Assert.True(SearchQuery.Parse(text).IsQuestion);

    [Theory]
    [InlineData("زوكربيرغ ميتا")]
    [InlineData("عدد القتلى")]
    [InlineData("100 كم")] // كم as kilometres, not first
    [InlineData("انسحاب غوغل من السوق")] // من inside a phrase
    public void Keywords_are_not_questions(string text) => Assert.False(SearchQuery.Parse(text).IsQuestion);

    [Fact]
    public void A_question_does_not_search_its_interrogatives_nor_the_nouns_that_frame_what_is_asked()
    {
        Assert.Equal(["سكان", "مصر"], SearchQuery.Parse("كم عدد سكان مصر؟").Terms.Select(t => t.Surface));
        Assert.Equal(["الرسمي", "لسويسرا"], SearchQuery.Parse("ماهو الاسم الرسمي لسويسرا؟").Terms.Select(t => t.Surface));
        Assert.Equal(["تحد", "سوريا"], SearchQuery.Parse("لماذا تحد سوريا؟").Terms.Select(t => t.Surface));

        // Elsewhere in a question, or in keywords, the same words are searched.
        Assert.Contains("عدد", SearchQuery.Parse("ارتفع عدد الضحايا في سوريا؟").Terms.Select(t => t.Surface));
        Assert.Equal(["سكان", "كم", "عدد"], SearchQuery.Parse("سكان كم عدد").Terms.Select(t => t.Surface));
    }

    [Fact]
    public void A_question_also_reads_a_word_without_a_proclitic_light10_leaves_on()
    {
        var word = SearchQuery.Parse("ما هو الاسم الرسمي لسويسرا؟").Terms.Single(t => t.Surface == "لسويسرا");
        Assert.Equal(TermAnalyzer.Analyze("سويسرا").Single().Term, word.WithoutProclitic?.Term);
        Assert.Null(SearchQuery.Parse("لسويسرا").Terms.Single().WithoutProclitic); // a keyword is taken as typed
        Assert.Null(SearchQuery.Parse("أين تقع السعودية؟").Terms.Single(t => t.Surface == "السعودية").WithoutProclitic); // light10 took its prefix
    }

    [Fact]
    public void A_question_matches_any_word_by_root_too_and_keywords_require_every_word_by_stem_or_spelling()
    {
        var question = SearchPlan.For(SearchQuery.Parse("متى ولد زوكربيرغ؟"), matchAll: true);
        Assert.False(question.MatchAll);
        Assert.Contains(new QueryPhrase(TermColumns.Title | TermColumns.Body | TermColumns.Roots, "ولد"), question.Phrases);

        var keywords = SearchPlan.For(SearchQuery.Parse("ولد زوكربيرغ"), matchAll: true);
        Assert.True(keywords.MatchAll);
        Assert.DoesNotContain(keywords.Phrases, p => p.Columns.HasFlag(TermColumns.Roots));
        Assert.All(keywords.Words, w => Assert.Equal([TermColumns.Title, TermColumns.Body, TermColumns.Names], w.Select(p => p.Columns)));
    }
}
