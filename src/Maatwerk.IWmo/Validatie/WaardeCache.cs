using System.Runtime.CompilerServices;
using System.Text;
using Maatwerk.IWmo.Schema;

namespace Maatwerk.IWmo.Validatie;

/// <summary>Per simple element declaration the last value read, as UTF-8 and as string, and whether it passed the
/// simple-type check. Most values of a large 323 repeat (codes, dates, tariffs): those are neither decoded nor checked
/// again, and the message holds one string for them.</summary>
internal sealed class WaardeCache
{
    private const int MaxLength = 64;

    internal sealed class Laatste
    {
        public readonly byte[] Bytes = new byte[MaxLength];
        public int Length = -1;
        public string Value = "";
        public bool Geldig;
    }

    private Laatste?[] _perDecl = new Laatste?[ElementDecl.Count];

    /// <summary>The string for plain UTF-8 text; <paramref name="bekend"/> is true when it equals the last value of this
    /// declaration and that value was valid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Decode(ElementDecl decl, ReadOnlySpan<byte> raw, out Laatste laatste, out bool bekend)
    {
        if (decl.Id >= _perDecl.Length) Array.Resize(ref _perDecl, ElementDecl.Count);
        laatste = _perDecl[decl.Id] ??= new Laatste();
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
}
