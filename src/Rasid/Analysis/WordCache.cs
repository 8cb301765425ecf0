using System.Collections.Concurrent;

namespace Rasid.Analysis;

/// <summary>
/// What is computed once per distinct word (its gazetteer keys, its tagger view), kept for the words news repeats
/// and bounded, so memory stays flat on any corpus. Thread-safe.
/// </summary>
/// <remarks>
/// Two generations: a new word goes into the young one; when that is full it becomes the old one and the previous
/// old one is dropped. A word found in the old generation is moved into the young one, so a word in use is made
/// once and found at the first look, rare ones age out, and at most twice <c>perGeneration</c> words are held.
/// (Words left in the old generation cost every later use two lookups and were made again at every turn: over
/// SaudiNewsNet that was most of the tagger's words, each lookup a trip to memory and each remake the word's whole
/// view.) Counting is one interlocked increment: the cache this replaces asked
/// <see cref="ConcurrentDictionary{TKey,TValue}.Count"/>, which takes every lock, on each new word, and stopped
/// caching once full; on a two-thread ingest of SaudiNewsNet that cost a third of extraction.
/// </remarks>
public sealed class WordCache<TValue>(int perGeneration)
    where TValue : class
{
    private volatile Generation _young = new(perGeneration);
    private volatile Generation _old = new(0);
    private readonly Lock _turning = new();

    /// <summary>How many entries are kept now (both generations; a word in use is in both until the old one is dropped).</summary>
    public int Count => _young.Words.Count + _old.Words.Count;

    /// <summary>The value kept for the word, or the one <paramref name="compute"/> makes from it (then kept).</summary>
    public TValue GetOrAdd<TState>(string word, Func<string, TState, TValue> compute, TState state)
    {
        var young = _young;
        if (young.Words.TryGetValue(word, out var value))
        {
            return value;
        }

        if (!_old.Words.TryGetValue(word, out value))
        {
            value = compute(word, state);
        }

        if (young.Words.TryAdd(word, value) && Interlocked.Increment(ref young.Count) >= perGeneration)
        {
            Turn(young);
        }

        return value;
    }

    private void Turn(Generation full)
    {
        lock (_turning)
        {
            if (!ReferenceEquals(_young, full))
            {
                return; // another thread turned it already
            }

            _old = full;
            _young = new Generation(perGeneration);
        }
    }

    // Sized for a full generation up front: growing takes every lock and copies the table while other threads wait.
    private sealed class Generation(int capacity)
    {
        public readonly ConcurrentDictionary<string, TValue> Words = new(4 * Environment.ProcessorCount, capacity, StringComparer.Ordinal);
        public int Count;
    }
}
