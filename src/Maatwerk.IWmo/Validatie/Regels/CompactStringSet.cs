namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>A set of strings kept as characters in a few arrays without references, instead of string objects in a
/// <see cref="HashSet{T}"/>. A rule that remembers a key per prestatie (100,000 in a large 323) then gives the GC
/// nothing to trace or copy: with <c>HashSet&lt;string&gt;</c> those keys cost the cold CLI about 0.1 s in
/// collections (bench/README.md, "Session 25"). Keys are hashed with the runtime's randomized string hash.</summary>
internal sealed class CompactStringSet
{
    // Every array stays below the large-object threshold (85,000 bytes): large-object allocations count towards the
    // budget that starts a full (gen2) collection, and growing one big array would allocate one after another.
    private const int ChunkChars = 32 * 1024;
    private const int PageBits = 11;
    private const int PageSize = 1 << PageBits;
    private const int BucketPageBits = 13;

    private struct Entry
    {
        public int Hash;
        public int Next;
        public int Chunk;
        public int Start;
        public int Length;
    }

    private readonly List<char[]> _chunks = [new char[ChunkChars]];
    private int _used;
    private readonly List<Entry[]> _pages = [new Entry[PageSize]];
    // Index + 1 of the first entry per bucket (0: empty); the number of buckets is a power of two.
    private int[][] _buckets = [new int[64]];
    private int _mask = 63;
    private int _count;

    public int Count => _count;

    public bool Contains(ReadOnlySpan<char> key) => Find(key, string.GetHashCode(key)) >= 0;

    /// <summary>Adds the key; false when it was already there.</summary>
    public bool Add(ReadOnlySpan<char> key)
    {
        var hash = string.GetHashCode(key);
        if (Find(key, hash) >= 0) return false;
        if (_count > _mask) Grow();
        if (_count >> PageBits == _pages.Count) _pages.Add(new Entry[PageSize]);
        var (chunk, start) = Store(key);
        ref var bucket = ref Bucket(hash);
        At(_count) = new Entry { Hash = hash, Next = bucket, Chunk = chunk, Start = start, Length = key.Length };
        bucket = ++_count;
        return true;
    }

    /// <summary>Whether a key of this set is also in <paramref name="ander"/>.</summary>
    public bool Overlapt(CompactStringSet ander)
    {
        for (var i = 0; i < _count; i++)
        {
            ref var e = ref At(i);
            if (ander.Find(_chunks[e.Chunk].AsSpan(e.Start, e.Length), e.Hash) >= 0) return true;
        }
        return false;
    }

    /// <summary>Adds every key of <paramref name="ander"/>, in the order it was added there.</summary>
    public void VoegToe(CompactStringSet ander)
    {
        for (var i = 0; i < ander._count; i++)
        {
            ref var e = ref ander.At(i);
            Add(ander._chunks[e.Chunk].AsSpan(e.Start, e.Length));
        }
    }

    public void Clear()
    {
        if (_count == 0) return;
        foreach (var page in _buckets) Array.Clear(page);
        _count = 0;
        _chunks.RemoveRange(1, _chunks.Count - 1);
        _used = 0;
    }

    private ref Entry At(int i) => ref _pages[i >> PageBits][i & (PageSize - 1)];

    private ref int Bucket(int hash)
    {
        var i = hash & _mask;
        return ref _buckets[i >> BucketPageBits][i & ((1 << BucketPageBits) - 1)];
    }

    private int Find(ReadOnlySpan<char> key, int hash)
    {
        for (var i = Bucket(hash) - 1; i >= 0; i = At(i).Next - 1)
        {
            ref var e = ref At(i);
            if (e.Hash == hash && key.SequenceEqual(_chunks[e.Chunk].AsSpan(e.Start, e.Length))) return i;
        }
        return -1;
    }

    private (int Chunk, int Start) Store(ReadOnlySpan<char> key)
    {
        if (_used + key.Length > _chunks[^1].Length)
        {
            _chunks.Add(new char[Math.Max(ChunkChars, key.Length)]);
            _used = 0;
        }
        key.CopyTo(_chunks[^1].AsSpan(_used));
        _used += key.Length;
        return (_chunks.Count - 1, _used - key.Length);
    }

    /// <summary>Doubles the buckets (at most one entry per bucket on average) and links every entry again.</summary>
    private void Grow()
    {
        var aantal = (_mask + 1) * 2;
        var paginaGrootte = Math.Min(aantal, 1 << BucketPageBits);
        _buckets = new int[aantal / paginaGrootte][];
        for (var p = 0; p < _buckets.Length; p++) _buckets[p] = new int[paginaGrootte];
        _mask = aantal - 1;
        for (var i = 0; i < _count; i++)
        {
            ref var e = ref At(i);
            ref var bucket = ref Bucket(e.Hash);
            e.Next = bucket;
            bucket = i + 1;
        }
    }
}
