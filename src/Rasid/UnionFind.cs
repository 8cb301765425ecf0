namespace Rasid;

/// <summary>Disjoint sets over 0..count-1 (path halving; the smaller index is a set's root).</summary>
internal sealed class UnionFind(int count)
{
    private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    public void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra != rb)
        {
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
