namespace Rasid.Extraction.Ner;

/// <summary>
/// Feature hash → weight row, for tagging: open addressing over one array of compact (fingerprint, row) slots,
/// half full, each hit confirmed against the feature's whole hash.
/// </summary>
/// <remarks>
/// Written by hand because the tagger looks up about fifteen features per word of every ingested article, most
/// of them in a different place of the table each time, so the table's size decides the cost: a
/// <see cref="Dictionary{TKey,TValue}"/> reads a bucket array and then an entry array, two cache misses. Slots of
/// 8 bytes (32 bits of the hash and the row) keep the table a few megabytes, small enough to stay in the
/// processor's cache beside the weights; 16-byte slots a quarter full made it 16 MB, and a lookup a trip to memory.
/// The whole 64-bit hashes sit in their own array by row, read only when a fingerprint matches, so a feature the
/// models never saw is never taken for one they did.
/// </remarks>
internal sealed class FeatureRows
{
    private readonly Slot[] _slots;
    private readonly ulong[] _hashOfRow;
    private readonly int _shift;
    private readonly Dictionary<ulong, int> _zeroFingerprints = []; // fingerprint 0 marks an empty slot: such features are kept aside

    public FeatureRows(IReadOnlyList<ulong> hashes)
    {
        int bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, hashes.Count) * 2.0)));
        _slots = new Slot[1 << bits];
        _hashOfRow = [.. hashes];
        _shift = 64 - bits;
        for (int row = 0; row < hashes.Count; row++)
        {
            ulong hash = hashes[row];
            uint fingerprint = Fingerprint(hash);
            if (fingerprint == 0)
            {
                _zeroFingerprints.TryAdd(hash, row);
                continue;
            }

            int at = Home(hash);
            while (_slots[at].Fingerprint != 0 && !(_slots[at].Fingerprint == fingerprint && _hashOfRow[_slots[at].Row] == hash))
            {
                at = (at + 1) & (_slots.Length - 1);
            }

            _slots[at] = new Slot(fingerprint, row);
        }
    }

    /// <summary>The feature's row, or -1 when no model weighs it.</summary>
    public int Find(ulong hash)
    {
        uint fingerprint = Fingerprint(hash);
        if (fingerprint == 0)
        {
            return _zeroFingerprints.GetValueOrDefault(hash, -1);
        }

        var slots = _slots;
        int at = Home(hash);
        while (true)
        {
            var slot = slots[at];
            if (slot.Fingerprint == fingerprint && _hashOfRow[slot.Row] == hash)
            {
                return slot.Row;
            }

            if (slot.Fingerprint == 0)
            {
                return -1;
            }

            at = (at + 1) & (slots.Length - 1);
        }
    }

    /// <summary>Asks memory for the slot <see cref="Find"/> will read first for this feature (see <see cref="Analysis.MemoryPrefetch"/>).</summary>
    public void Prefetch(ulong hash) => Analysis.MemoryPrefetch.Value(ref _slots[Home(hash)]);

    // Fibonacci hashing: the top bits of the product spread FNV hashes whose low bits cluster.
    private int Home(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);

    // The low half of the hash: independent of the top bits of the product that choose the slot.
    private static uint Fingerprint(ulong hash) => (uint)hash;

    private readonly record struct Slot(uint Fingerprint, int Row);
}
