using Rasid.Analysis;

namespace Rasid.Relating;

/// <summary>
/// An article's text as a set of word 5-shingles, each a 64-bit hash of five consecutive normalized words
/// (alef, yaa and taa marbuta folded, harakat and tatweel gone, digits in one form), sorted and distinct. Two
/// outlets re-running one wire story differ in hamza and digits more than in words; normalizing first makes
/// them the copies they are.
/// </summary>
public static class Shingles
{
    public const int Size = 5;

    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong[] Of(string text) => Read(text).Set;

    /// <summary>The shingle set, and a hash of the whole normalized word sequence (equal for exact duplicates).</summary>
    public static (ulong[] Set, ulong TextHash) Read(string text)
    {
        var wordHashes = new List<ulong>(text.Length / 5);
        Span<char> buffer = stackalloc char[128];
        foreach (var token in Tokenizer.Tokenize(text))
        {

            var word = text.AsSpan(token.Start, token.Length);
            if (word.Length > buffer.Length)
            {
                word = word[..buffer.Length];
            }

            int length = ArabicNormalizer.Normalize(word, buffer);
            ulong h = Offset;
            foreach (char c in buffer[..length])
            {
                h = (h ^ char.ToLowerInvariant(c)) * Prime;
            }

            wordHashes.Add(h);
        }

        if (wordHashes.Count == 0)
        {
            return ([], 0);
        }

        ulong textHash = Offset;
        foreach (ulong w in wordHashes)
        {
            textHash = (textHash ^ w) * Prime;
            textHash ^= textHash >> 31;
        }

        // A text shorter than a shingle is one shingle of all its words.
        int count = Math.Max(1, wordHashes.Count - Size + 1);
        var shingles = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            ulong h = Offset;
            for (int k = i; k < Math.Min(i + Size, wordHashes.Count); k++)
            {
                h = (h ^ wordHashes[k]) * Prime;
                h ^= h >> 29;
            }

            shingles[i] = h;
        }

        Array.Sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.Length; i++)
        {
            if (i == 0 || shingles[i] != shingles[i - 1])
            {
                shingles[distinct++] = shingles[i];
            }
        }

        return (shingles[..distinct], textHash);
    }

    /// <summary>Exact Jaccard similarity of two sorted distinct shingle sets: |A∩B| / |A∪B|.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 0;
        }

        int shared = SharedCount(a, b);
        return (double)shared / (a.Length + b.Length - shared);
    }

    /// <summary>|A∩B| of two sorted distinct hash sets, by one merge pass; with <paramref name="counts"/>, only the shared keys it accepts.</summary>
    public static int SharedCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Func<ulong, bool>? counts = null)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared += counts is null || counts(a[i]) ? 1 : 0;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
