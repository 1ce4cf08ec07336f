using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace Maatwerk.IWmo.Validatie;

/// <summary>XML 1.0 character classes for the UTF-8 scanner: names, whitespace and the characters
/// a document may contain.</summary>
internal static class XmlTekens
{
    private const byte NameStart = 1, NameChar = 2, Space = 4;
    private static readonly byte[] Ascii = Build();

    private static byte[] Build()
    {
        var t = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            var start = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_' or ':';
            if (start) t[c] |= NameStart | NameChar;
            if (c is >= '0' and <= '9' or '-' or '.') t[c] |= NameChar;
            if (c is ' ' or '\t' or '\n' or '\r') t[c] |= Space;
        }
        return t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(byte b) => b < 128 && (Ascii[b] & Space) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiNameStart(byte b) => b < 128 && (Ascii[b] & NameStart) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiNameChar(byte b) => b < 128 && (Ascii[b] & NameChar) != 0;

    // Non-ASCII name characters follow System.Xml's own tables (the XML 1.0 fourth-edition classes, BMP only), so a
    // name is accepted exactly when .NET's XML stack accepts it.
    public static bool IsNameStart(Rune r) =>
        r.Value < 0x80 ? IsAsciiNameStart((byte)r.Value) : r.IsBmp && XmlConvert.IsStartNCNameChar((char)r.Value);

    public static bool IsNameChar(Rune r) =>
        r.Value < 0x80 ? IsAsciiNameChar((byte)r.Value) : r.IsBmp && XmlConvert.IsNCNameChar((char)r.Value);

    /// <summary>Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].</summary>
    public static bool IsXmlChar(int c) =>
        c is 0x9 or 0xA or 0xD or >= 0x20 and <= 0xD7FF or >= 0xE000 and <= 0xFFFD or >= 0x10000 and <= 0x10FFFF;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsWhitespace(ReadOnlySpan<byte> s)
    {
        foreach (var b in s)
            if (!IsSpace(b)) return false;
        return true;
    }
}
