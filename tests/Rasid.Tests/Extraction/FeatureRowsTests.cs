using Rasid.Extraction.Ner;

namespace Rasid.Tests.Extraction;

public sealed class FeatureRowsTests
{
    [Fact]
    public void Every_feature_finds_its_row_and_no_other_feature_finds_one()
    {
        var random = new Random(7);
        var hashes = Enumerable.Range(0, 5_000).Select(_ => (ulong)random.NextInt64() * 3).Distinct().ToList();
        hashes.Add(0); // a feature may hash to zero, the empty-slot marker
        var rows = new FeatureRows(hashes);

        for (int row = 0; row < hashes.Count; row++)
        {
            Assert.Equal(row, rows.Find(hashes[row]));
        }

        var known = hashes.ToHashSet();
        foreach (ulong absent in Enumerable.Range(0, 5_000).Select(_ => (ulong)random.NextInt64()).Where(h => !known.Contains(h)))
        {
            Assert.Equal(-1, rows.Find(absent));
        }
    }

    [Fact]
    public void Features_sharing_the_stored_half_of_their_hash_stay_apart()
    {
        // The table keeps 32 bits of each hash in its slots; the whole hash must still decide.
        ulong[] hashes = [0x0000_0001_DEAD_BEEF, 0x0000_0002_DEAD_BEEF, 0x0000_0003_0000_0000, 0x0000_0004_0000_0000];
        var rows = new FeatureRows(hashes);

        Assert.Equal([0, 1, 2, 3], hashes.Select(rows.Find));
        Assert.Equal(-1, rows.Find(0x0000_0005_DEAD_BEEF));
        Assert.Equal(-1, rows.Find(0x0000_0005_0000_0000));
    }

    [Fact]
    public void An_empty_table_finds_nothing() => Assert.Equal(-1, new FeatureRows([]).Find(12345));
}
