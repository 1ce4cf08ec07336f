using System.Text;

namespace Maatwerk.IWmo.Validatie;

/// <summary>Character and entity references (&amp;#…; &amp;#x…; and the five predefined entities) and line-end
/// normalisation: checking them in UTF-8 and decoding a checked value into a string.</summary>
internal static class XmlVerwijzingen
{
    /// <summary>Checks the reference starting at s[amp] ('&amp;'); returns the index after its ';' or a Dutch reason.</summary>
    public static int Check(ReadOnlySpan<byte> s, int amp, out string? reden)
    {
        reden = null;
        var rest = s[(amp + 1)..];
        var semi = rest.IndexOf((byte)';');
        var body = semi < 0 ? rest : rest[..semi];
        if (body.Length > 0 && body[0] == '#')
        {
            if (semi < 0 || Number(body[1..]) is not { } c || !XmlTekens.IsXmlChar(c))
            {
                reden = "ongeldige tekenverwijzing.";
                return -1;
            }
            return amp + semi + 2;
        }
        if (semi < 0 || Predefined(body) is null)
        {
            reden = semi > 0 && IsName(body) ? "verwijzing naar een niet-gedeclareerde entiteit." : "'&' hoort het begin van een verwijzing te zijn (schrijf &amp;).";
            return -1;
        }
        return amp + semi + 2;
    }

    private static bool IsName(ReadOnlySpan<byte> s)
    {
        if (s.Length == 0 || !XmlTekens.IsAsciiNameStart(s[0]) && s[0] < 0x80) return false;
        foreach (var b in s)
            if (b < 0x80 && !XmlTekens.IsAsciiNameChar(b)) return false;
        return true;
    }

    private static int? Number(ReadOnlySpan<byte> digits)
    {
        var hex = digits.Length > 0 && digits[0] == 'x';
        if (hex) digits = digits[1..];
        if (digits.Length == 0) return null;
        var value = 0;
        foreach (var b in digits)
        {
            int d = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' when hex => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' when hex => b - 'A' + 10,
                _ => -1,
            };
            if (d < 0) return null;
            value = value * (hex ? 16 : 10) + d;
            if (value > 0x10FFFF) return null;
        }
        return value;
    }

    private static char? Predefined(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("lt"u8) ? '<' : name.SequenceEqual("gt"u8) ? '>' : name.SequenceEqual("amp"u8) ? '&'
        : name.SequenceEqual("apos"u8) ? '\'' : name.SequenceEqual("quot"u8) ? '"' : null;

    /// <summary>Decodes a checked value: references resolved (unless CDATA), CR LF and lone CR as LF; in an attribute
    /// value tab, LF and CR become a space (XML 1.0 §3.3.3).</summary>
    public static string Decode(ReadOnlySpan<byte> raw, TextKind kind, bool attribute = false)
    {
        var s = Encoding.UTF8.GetString(raw);
        if (kind == TextKind.Plain && !attribute) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\r')
            {
                if (i + 1 < s.Length && s[i + 1] == '\n') i++;
                sb.Append(attribute ? ' ' : '\n');
            }
            else if (attribute && c is '\n' or '\t') sb.Append(' ');
            else if (c == '&' && kind != TextKind.CData)
            {
                var semi = s.IndexOf(';', i);
                var name = s.AsSpan(i + 1, semi - i - 1);
                if (name[0] == '#')
                    sb.Append(char.ConvertFromUtf32(name.Length > 1 && name[1] == 'x'
                        ? int.Parse(name[2..], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)
                        : int.Parse(name[1..], System.Globalization.CultureInfo.InvariantCulture)));
                else sb.Append(Predefined(Encoding.UTF8.GetBytes(name.ToString()))!.Value);
                i = semi;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
