using System.Runtime.CompilerServices;
using System.Text;
using Maatwerk.IWmo.Schema;

namespace Maatwerk.IWmo.Validatie;

/// <summary>Per simple element declaration the last values read, as UTF-8 and as string, and whether they passed the
/// simple-type check. Most values of a large 323 repeat (codes, dates, tariffs, volumes, amounts): those are neither
/// decoded nor checked again, and the message holds one string for them. Each declaration has a few slots, chosen by a
/// hash of the bytes, so values that alternate (two amounts, a handful of volumes) stay known too.</summary>
internal sealed class WaardeCache
{
    private const int MaxLength = 64;
    private const int SlotBits = 3;

    internal sealed class Laatste
    {
        public readonly byte[] Bytes = new byte[MaxLength];
        public int Length = -1;
        public string Value = "";
        public bool Geldig;
    }

    private Laatste?[] _slots = new Laatste?[ElementDecl.Count << SlotBits];

    /// <summary>The string for plain UTF-8 text; <paramref name="bekend"/> is true when it equals a value read before
    /// for this declaration that is still in its slot and was valid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Decode(ElementDecl decl, ReadOnlySpan<byte> raw, out Laatste laatste, out bool bekend)
    {
        var index = (decl.Id << SlotBits) | Slot(raw);
        if (index >= _slots.Length) Array.Resize(ref _slots, ElementDecl.Count << SlotBits);
        laatste = _slots[index] ??= new Laatste();
        if (laatste.Length == raw.Length && raw.SequenceEqual(laatste.Bytes.AsSpan(0, raw.Length)))
        {
            bekend = laatste.Geldig;
            return laatste.Value;
        }
        bekend = false;
        var value = Encoding.UTF8.GetString(raw);
        if (raw.Length <= MaxLength)
        {
            raw.CopyTo(laatste.Bytes);
            (laatste.Length, laatste.Value, laatste.Geldig) = (raw.Length, value, false);
        }
        return value;
    }

    // The length and the last four bytes: where values of one element differ (volumes, amounts, numbers).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Slot(ReadOnlySpan<byte> raw)
    {
        var h = (uint)raw.Length;
        for (var i = Math.Max(0, raw.Length - 4); i < raw.Length; i++) h = h * 31 + raw[i];
        h ^= h >> 5;
        return (int)(h & ((1 << SlotBits) - 1));
    }
}
