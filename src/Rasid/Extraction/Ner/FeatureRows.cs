namespace Rasid.Extraction.Ner;

/// <summary>
/// Feature hash → weight row, for tagging: open addressing over one array of (hash, row) slots, a quarter full.
/// </summary>
/// <remarks>
/// Written by hand because the tagger looks up about a dozen features per word of every ingested article, and a
/// <see cref="Dictionary{TKey,TValue}"/> reads a bucket array and then an entry array, two cache misses in a table
/// this size where this reads one slot, and usually finds or rules out the feature there.
/// </remarks>
internal sealed class FeatureRows
{
    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _zeroRow = -1; // hash 0 marks an empty slot, so a feature hashing to 0 is kept aside

    public FeatureRows(IReadOnlyList<ulong> hashes)
    {
        int bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, hashes.Count) * 4.0)));
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        for (int row = 0; row < hashes.Count; row++)
        {
            ulong hash = hashes[row];
            if (hash == 0)
            {
                _zeroRow = row;
                continue;
            }

            int at = Home(hash);
            while (_slots[at].Hash != 0 && _slots[at].Hash != hash)
            {
                at = (at + 1) & (_slots.Length - 1);
            }

            _slots[at] = new Slot(hash, row);
        }
    }

    /// <summary>The feature's row, or -1 when no model weighs it.</summary>
    public int Find(ulong hash)
    {
        if (hash == 0)
        {
            return _zeroRow;
        }

        var slots = _slots;
        int at = Home(hash);
        while (true)
        {
            ulong found = slots[at].Hash;
            if (found == hash)
            {
                return slots[at].Row;
            }

            if (found == 0)
            {
                return -1;
            }

            at = (at + 1) & (slots.Length - 1);
        }
    }

    // Fibonacci hashing: the top bits of the product spread FNV hashes whose low bits cluster.
    private int Home(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Slot(ulong Hash, int Row);
}
