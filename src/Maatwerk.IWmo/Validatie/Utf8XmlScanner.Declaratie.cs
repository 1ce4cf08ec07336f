using System.Text;

namespace Maatwerk.IWmo.Validatie;

internal sealed partial class Utf8XmlScanner
{
    private const string BadDeclaration = "ongeldige XML-declaratie (verwacht <?xml version=\"1.0\" encoding=\"UTF-8\"?>).";

    /// <summary>The XML declaration at the very start, if any: version 1.0, then optionally encoding (only UTF-8) and
    /// standalone (yes/no), in that order.</summary>
    private void Declaration()
    {
        var s = Available;
        if (s.Length < 6 || !s.StartsWith("<?xml"u8) || !XmlTekens.IsSpace(s[5])) return;
        int k;
        while ((k = Available.IndexOf("?>"u8)) < 0)
            if (!Fill()) throw Error(_end, EndOfFile);
        var d = Available[5..k];
        var at = _pos + 5;
        var i = 0;
        var next = 0;
        while (true)
        {
            var ws = i;
            while (i < d.Length && XmlTekens.IsSpace(d[i])) i++;
            if (i == d.Length) break;
            if (i == ws) throw Error(at + i, BadDeclaration);
            var n = i;
            while (i < d.Length && d[i] != '=' && !XmlTekens.IsSpace(d[i])) i++;
            var name = d[n..i];
            var soort = name.SequenceEqual("version"u8) ? 0 : name.SequenceEqual("encoding"u8) ? 1 : name.SequenceEqual("standalone"u8) ? 2 : -1;
            if (soort < next || soort > 0 && next == 0) throw Error(at + n, BadDeclaration);
            while (i < d.Length && XmlTekens.IsSpace(d[i])) i++;
            if (i >= d.Length || d[i] != '=') throw Error(at + i, BadDeclaration);
            i++;
            while (i < d.Length && XmlTekens.IsSpace(d[i])) i++;
            if (i >= d.Length || d[i] is not (byte)'"' and not (byte)'\'') throw Error(at + i, BadDeclaration);
            var close = d[(i + 1)..].IndexOf(d[i]);
            if (close < 0) throw Error(at + i, BadDeclaration);
            var value = d.Slice(i + 1, close);
            CheckDeclared(soort, value, at + i + 1);
            i += close + 2;
            next = soort + 1;
        }
        if (next == 0) throw Error(at, BadDeclaration);
        _pos += k + 2;
    }

    private void CheckDeclared(int soort, ReadOnlySpan<byte> value, int at)
    {
        switch (soort)
        {
            case 0 when !value.SequenceEqual("1.0"u8):
                throw Error(at, "alleen XML-versie 1.0 wordt ondersteund.");
            case 1 when !Ascii.EqualsIgnoreCase(value, "UTF-8"u8):
                throw Error(at, IsEncodingName(value)
                    ? $"alleen de tekencodering UTF-8 is toegestaan, niet '{Encoding.UTF8.GetString(value)}'."
                    : BadDeclaration);
            case 2 when !value.SequenceEqual("yes"u8) && !value.SequenceEqual("no"u8):
                throw Error(at, BadDeclaration);
        }
    }

    private static bool IsEncodingName(ReadOnlySpan<byte> s)
    {
        if (s.Length == 0 || !char.IsAsciiLetter((char)s[0])) return false;
        foreach (var b in s)
            if (!char.IsAsciiLetterOrDigit((char)b) && b is not (byte)'.' and not (byte)'_' and not (byte)'-') return false;
        return true;
    }
}
