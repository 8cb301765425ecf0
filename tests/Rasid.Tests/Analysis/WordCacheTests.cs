using Rasid.Analysis;

namespace Rasid.Tests.Analysis;

public sealed class WordCacheTests
{
    private int _made; // how many values Exclaim made: xUnit gives each test its own instance

    private string Exclaim(string word, int unused)
    {
        _made++;
        return word + "!";
    }

    [Fact]
    public void A_word_is_computed_once_while_it_is_kept()
    {
        var cache = new WordCache<string>(perGeneration: 100);
        int computed = 0;
        string Compute(string w, int _)
        {
            computed++;
            return w.ToUpperInvariant();
        }

        Assert.Equal("META", cache.GetOrAdd("meta", Compute, 0));
        Assert.Equal("META", cache.GetOrAdd("meta", Compute, 0));
        Assert.Equal(1, computed);
    }

    [Fact]
    public void Memory_stays_bounded_and_a_word_in_use_is_made_once()
    {
        var cache = new WordCache<string>(perGeneration: 50);
        int computedFrequent = 0;
        for (int i = 0; i < 10_000; i++)
        {
            cache.GetOrAdd("في", (w, _) => { computedFrequent++; return w; }, 0);
            cache.GetOrAdd("word" + i, (w, _) => w, 0);
        }

        Assert.InRange(cache.Count, 1, 100); // two generations at most
        Assert.Equal(1, computedFrequent); // moved along into each new generation, never dropped while in use
    }

    [Fact]
    public void A_word_left_unused_for_two_turns_is_dropped_and_made_again()
    {
        var cache = new WordCache<string>(perGeneration: 50);
        int computed = 0;
        cache.GetOrAdd("نادرة", (w, _) => { computed++; return w; }, 0);
        for (int i = 0; i < 200; i++)
        {
            cache.GetOrAdd("word" + i, (w, _) => w, 0);
        }

        cache.GetOrAdd("نادرة", (w, _) => { computed++; return w; }, 0);
        Assert.Equal(2, computed);
    }

    [Fact]
    public void Threads_sharing_it_get_the_values_their_words_make()
    {
        var cache = new WordCache<string>(perGeneration: 64);
        Parallel.For(0, 20_000, i =>
        {
            string word = "w" + (i % 500);
            Assert.Equal(word + "!", cache.GetOrAdd(word, (w, suffix) => w + suffix, "!"));
        });
        Assert.InRange(cache.Count, 1, 128 + Environment.ProcessorCount);
    }
    [Fact]
    public void Each_of_many_words_gets_back_its_own_value()
    {
        // Enough words to fill and turn both generations, found again while still kept: the slots (probing past
        // occupied ones, wrapping around the table's end) must hand every word the value made from it, once.
        var cache = new WordCache<string>(perGeneration: 40_000);
        for (int i = 0; i < 100_000; i++)
        {
            Assert.Equal("كلمة" + i + "!", cache.GetOrAdd("كلمة" + i, Exclaim, 0));
        }

        int made = _made;
        for (int i = 100_000 - 1; i >= 100_000 - 20_000; i--)
        {
            Assert.Equal("كلمة" + i + "!", cache.GetOrAdd("كلمة" + i, Exclaim, 0));
        }

        Assert.Equal(100_000, made);
        Assert.Equal(made, _made); // the last words added were still kept
    }
    [Fact]
    public void A_sentence_looked_up_at_once_gets_what_words_one_by_one_get()
    {
        var cache = new WordCache<string>(perGeneration: 100);
        Assert.Equal("قال!", cache.GetOrAdd("قال", Exclaim, 0));
        string[] sentence = ["قال", "الرئيس", "إن", "الرئيس", "قال"];
        var views = new string[sentence.Length];
        cache.GetOrAdd(sentence, views, Exclaim, 0);

        Assert.Equal(sentence.Select(w => w + "!"), views);
        Assert.Equal(3, _made); // قال kept from before, الرئيس made once though it comes twice
        Assert.Same(views[1], views[3]);
    }
}
