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
    private const int SlotPageBits = 13;

    private struct Entry
    {
        public int Chunk;
        public int Start;
        public int Length;
    }

    // Open addressing with linear probing, at most half full: a slot holds the hash and the entry, so a key that is not
    // there (most keys of a large 323) costs one look at a slot instead of a bucket and then an entry elsewhere in
    // memory: with 100,000 keys each of those is a cache miss.
    private struct Slot
    {
        public int Hash;
        // Index + 1 of the entry; 0: empty.
        public int Entry;
    }

    private readonly List<char[]> _chunks = [new char[ChunkChars]];
    private int _used;
    private readonly List<Entry[]> _pages = [new Entry[PageSize]];
    private Slot[][] _slots = [new Slot[64]];
    private int _mask = 63;
    private int _count;

    public int Count => _count;

    public bool Contains(ReadOnlySpan<char> key) => Find(key, string.GetHashCode(key), out _);

    /// <summary>Adds the key; false when it was already there.</summary>
    public bool Add(ReadOnlySpan<char> key)
    {
        var hash = string.GetHashCode(key);
        if (Find(key, hash, out var vrij)) return false;
        if (_count >> PageBits == _pages.Count) _pages.Add(new Entry[PageSize]);
        var (chunk, start) = Store(key);
        At(_count) = new Entry { Chunk = chunk, Start = start, Length = key.Length };
        SlotAt(vrij) = new Slot { Hash = hash, Entry = ++_count };
        if (_count * 2 > _mask + 1) Grow();
        return true;
    }

    /// <summary>Whether a key of this set is also in <paramref name="ander"/>.</summary>
    public bool Overlapt(CompactStringSet ander)
    {
        for (var i = 0; i < _count; i++)
        {
            ref var e = ref At(i);
            if (ander.Contains(_chunks[e.Chunk].AsSpan(e.Start, e.Length))) return true;
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
        foreach (var page in _slots) Array.Clear(page);
        _count = 0;
        _chunks.RemoveRange(1, _chunks.Count - 1);
        _used = 0;
    }

    private ref Entry At(int i) => ref _pages[i >> PageBits][i & (PageSize - 1)];

    private ref Slot SlotAt(int i) => ref _slots[i >> SlotPageBits][i & ((1 << SlotPageBits) - 1)];

    /// <summary>True with the key's slot, or false with the empty slot where it would go.</summary>
    private bool Find(ReadOnlySpan<char> key, int hash, out int slot)
    {
        for (var i = hash & _mask; ; i = (i + 1) & _mask)
        {
            ref var s = ref SlotAt(i);
            if (s.Entry == 0)
            {
                slot = i;
                return false;
            }
            if (s.Hash != hash) continue;
            ref var e = ref At(s.Entry - 1);
            if (key.SequenceEqual(_chunks[e.Chunk].AsSpan(e.Start, e.Length)))
            {
                slot = i;
                return true;
            }
        }
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

    /// <summary>Doubles the slots and places every key again.</summary>
    private void Grow()
    {
        var oud = _slots;
        var aantal = (_mask + 1) * 2;
        var paginaGrootte = Math.Min(aantal, 1 << SlotPageBits);
        _slots = new Slot[aantal / paginaGrootte][];
        for (var p = 0; p < _slots.Length; p++) _slots[p] = new Slot[paginaGrootte];
        _mask = aantal - 1;
        foreach (var pagina in oud)
            foreach (var s in pagina)
            {
                if (s.Entry == 0) continue;
                var i = s.Hash & _mask;
                while (SlotAt(i).Entry != 0) i = (i + 1) & _mask;
                SlotAt(i) = s;
            }
    }
}
