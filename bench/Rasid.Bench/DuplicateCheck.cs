using Rasid.Evaluation;
using Rasid.Pipeline;
using Rasid.Reading;

namespace Rasid.Bench;

/// <summary>
/// The near-duplicate index against the brute force (exact Jaccard ≥ 0.8 over 5-word shingles of every pair of
/// clean texts) on one SaudiNewsNet day, for several band × row shapes of the same index; fails below the floors.
/// </summary>
internal static class DuplicateCheck
{
    public static int Run(string file, double minimum)
    {
        var pipeline = new RasidPipelineBuilder().WithoutExtraction().Build();
        var texts = new List<string>();
        foreach (var read in new SourceReader(new HashSet<string>()).Read([file]))
        {
            if (read.Document is null)
            {
                continue;
            }

            try
            {
                texts.Add(pipeline.Process(read.Document).Article.Text);
            }
            catch (InputException)
            {
                // refused as no article (empty, link-only): not part of the comparison
            }
        }

        Console.WriteLine($"{texts.Count:N0} clean articles from {Path.GetFileName(file)}");
        DuplicateAgreement? chosen = null;
        foreach (var (bands, rows) in new[] { (10, 10), (16, 8), (20, 5), (32, 4) })
        {
            var result = DuplicateAgreement.Measure(texts, bands, rows);
            Console.WriteLine(
                $"{bands} bands × {rows} rows: recall {result.Recall:0.0000} precision {result.Precision:0.0000} " +
                $"(brute force {result.TruePairs:N0} pairs in {result.BruteForce.TotalSeconds:0.00} s; index {result.FoundPairs:N0} pairs, " +
                $"{result.CandidatePairs:N0} candidates checked, {result.Indexed.TotalSeconds:0.00} s = {result.BruteForce / result.Indexed:0.0}x faster)");
            if (bands == Relating.NearDuplicateIndex.DefaultBands && rows == Relating.NearDuplicateIndex.DefaultRows)
            {
                chosen = result;
            }
        }

        if (chosen is null || chosen.Recall < minimum || chosen.Precision < minimum)
        {
            Console.Error.WriteLine($"rasid-bench: the shipped index shape is below the floor of {minimum:0.00} in recall or precision");
            return 7;
        }

        return 0;
    }
}
