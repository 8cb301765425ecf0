namespace Rasid.Relating;

/// <summary>
/// Near-duplicate detection that grows one article at a time: each article's 5-shingle set gets a MinHash
/// signature of <c>Bands × Rows</c> minima, cut into bands; articles sharing any band are candidates, and a
/// candidate is a near duplicate only if the exact Jaccard of the two shingle sets reaches the threshold (so
/// MinHash decides what to compare, never what is similar). An arriving article is compared with the articles
/// its bands point at, never with everything stored.
/// </summary>
/// <remarks>
/// Bands and rows were chosen by measurement with <c>rasid-bench duplicates</c> on SaudiNewsNet's 2015-07-21.json
/// against the brute-force Jaccard of every pair: with 20 bands of 5 rows a pair at Jaccard 0.8 becomes a
/// candidate with probability 1 − (1 − 0.8⁵)²⁰ ≈ 0.9997, and one at 0.5 with about 0.47, so recall is kept
/// and the exact check removes what banding lets through.
/// </remarks>
public sealed class NearDuplicateIndex(int bands = NearDuplicateIndex.DefaultBands, int rows = NearDuplicateIndex.DefaultRows, double threshold = NearDuplicateIndex.DefaultThreshold)
{
    public const int DefaultBands = 20;
    public const int DefaultRows = 5;
    public const double DefaultThreshold = 0.8;

    private readonly ulong[] _seeds = Seeds(bands * rows);
    private readonly Dictionary<ulong, List<int>> _buckets = [];
    private readonly List<ulong[]> _shingles = [];

    public int Count => _shingles.Count;

    /// <summary>How many candidate pairs banding proposed so far (the work the exact check did).</summary>
    public long CandidatePairs { get; private set; }

    /// <summary>Adds an article's shingle set; returns the earlier articles (by index of addition) it nearly duplicates, with their Jaccard.</summary>
    public IReadOnlyList<(int Other, double Jaccard)> Add(ulong[] shingles) => Add(shingles, out _);

    /// <summary>As <see cref="Add(ulong[])"/>, also giving the article's band keys, which <see cref="Restore"/> takes back.</summary>
    public IReadOnlyList<(int Other, double Jaccard)> Add(ulong[] shingles, out ulong[] bandKeys)
    {
        int self = _shingles.Count;
        _shingles.Add(shingles);
        bandKeys = [];
        if (shingles.Length == 0)
        {
            return [];
        }

        var signature = Signature(shingles);
        var candidates = new HashSet<int>();
        bandKeys = new ulong[bands];
        for (int band = 0; band < bands; band++)
        {
            ulong key = bandKeys[band] = BandKey(band, signature.AsSpan(band * rows, rows));
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                _buckets[key] = bucket = [];
            }
            else
            {
                candidates.UnionWith(bucket);
            }

            bucket.Add(self);
        }

        CandidatePairs += candidates.Count;
        var found = new List<(int, double)>();
        foreach (int other in candidates)
        {
            double jaccard = Shingles.Jaccard(shingles, _shingles[other]);
            if (jaccard >= threshold)
            {
                found.Add((other, jaccard));
            }
        }

        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return found;
    }

    /// <summary>Puts back an article added in an earlier run, with the band keys it had: no signature is computed, nothing is compared.</summary>
    public void Restore(ulong[] shingles, ulong[] bandKeys)
    {
        int self = _shingles.Count;
        _shingles.Add(shingles);
        foreach (ulong key in bandKeys)
        {
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                _buckets[key] = bucket = [];
            }

            bucket.Add(self);
        }
    }

    private ulong[] Signature(ulong[] shingles)
    {
        var signature = new ulong[_seeds.Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (ulong s in shingles)
        {
            for (int k = 0; k < _seeds.Length; k++)
            {
                ulong h = Mix(s ^ _seeds[k]);
                if (h < signature[k])
                {
                    signature[k] = h;
                }
            }
        }

        return signature;
    }

    private static ulong BandKey(int band, ReadOnlySpan<ulong> values)
    {
        ulong h = Mix((ulong)band + 0x9E3779B97F4A7C15);
        foreach (ulong v in values)
        {
            h = Mix(h ^ v);
        }

        return h;
    }

    /// <summary>SplitMix64's finalizer: a fast, well-mixed 64-bit permutation, one per seed.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }

    private static ulong[] Seeds(int count)
    {
        var seeds = new ulong[count];
        ulong state = 0x5241_5349_4400_0001; // fixed: signatures are the same in every run
        for (int i = 0; i < count; i++)
        {
            state += 0x9E3779B97F4A7C15;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
