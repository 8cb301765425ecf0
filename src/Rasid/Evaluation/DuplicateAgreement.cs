using Rasid.Relating;

namespace Rasid.Evaluation;

/// <summary>How the near-duplicate index agrees with the brute force over a set of texts.</summary>
public sealed record DuplicateAgreement(int Texts, int TruePairs, int FoundPairs, int Agreed, long CandidatePairs, TimeSpan BruteForce, TimeSpan Indexed)
{
    public double Recall => TruePairs == 0 ? 1 : (double)Agreed / TruePairs;

    public double Precision => FoundPairs == 0 ? 1 : (double)Agreed / FoundPairs;

    /// <summary>
    /// The reference: every pair of texts compared by exact Jaccard over 5-word shingles, with no index and no
    /// sampling (n²/2 comparisons; fine for a day of news, the point being to check the index against it).
    /// </summary>
    public static HashSet<(int, int)> BruteForcePairs(IReadOnlyList<ulong[]> shingles, double threshold)
    {
        var pairs = new HashSet<(int, int)>();
        for (int i = 0; i < shingles.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (shingles[i].Length > 0 && shingles[j].Length > 0 && SizesAllow(shingles[i].Length, shingles[j].Length, threshold)
                    && Shingles.Jaccard(shingles[i], shingles[j]) >= threshold)
                {
                    pairs.Add((j, i));
                }
            }
        }

        return pairs;
    }

    /// <summary>|A∩B|/|A∪B| ≤ min/max, so sets whose sizes differ too much cannot reach the threshold: skipping them changes no answer.</summary>
    private static bool SizesAllow(int a, int b, double threshold) => Math.Min(a, b) >= threshold * Math.Max(a, b);

    public static DuplicateAgreement Measure(IReadOnlyList<string> texts, int bands = NearDuplicateIndex.DefaultBands, int rows = NearDuplicateIndex.DefaultRows, double threshold = NearDuplicateIndex.DefaultThreshold)
    {
        var shingles = texts.Select(Shingles.Of).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var truth = BruteForcePairs(shingles, threshold);
        var brute = watch.Elapsed;

        watch.Restart();
        var index = new NearDuplicateIndex(bands, rows, threshold);
        var found = new HashSet<(int, int)>();
        for (int i = 0; i < shingles.Count; i++)
        {
            foreach (var (other, _) in index.Add(shingles[i]))
            {
                found.Add((other, i));
            }
        }

        var indexed = watch.Elapsed;
        return new DuplicateAgreement(texts.Count, truth.Count, found.Count, found.Count(truth.Contains), index.CandidatePairs, brute, indexed);
    }
}
