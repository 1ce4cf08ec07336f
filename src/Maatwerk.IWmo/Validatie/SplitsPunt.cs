namespace Maatwerk.IWmo.Validatie;

/// <summary>Where a large 323 can be cut in two for <see cref="GesplitsteValidatie"/>: at the start of a line near the
/// middle on which a <c>Client</c> begins. Found by looking at bytes only; whether the cut is really clean (no comment,
/// CDATA or unclosed element across it, the same open elements on both sides) the two parts check while they read.</summary>
/// <param name="Voorloop">The bytes up to and including the start tag of <c>Clienten</c>: the second part reads them
/// first, so it knows the namespaces, the header and the Declaratie as the first part does.</param>
/// <param name="Splits">The start of the line of the Client where the second part goes on.</param>
/// <param name="ClientTag">The start tag of a Client as it is written here (with the root's prefix).</param>
internal sealed record SplitsPunt(int Voorloop, int Splits, byte[] ClientTag)
{
    public static SplitsPunt? Zoek(ReadOnlySpan<byte> xml)
    {
        if (RootPrefix(xml) is not { } prefix) return null;
        var clienten = Tag(prefix, "Clienten>"u8);
        var client = Tag(prefix, "Client>"u8);
        var p = xml.IndexOf(clienten);
        if (p < 0) return null;
        var voorloop = p + clienten.Length;
        var splits = Regelbegin(xml, client, Math.Max(voorloop, (int)(xml.Length * Fractie)));
        return splits <= voorloop ? null : new SplitsPunt(voorloop, splits, client);
    }

    /// <summary>Where the split point is sought: a little before the middle, because the second part also reads the
    /// start of the message, counts <see cref="ClientenVoor"/> and <see cref="Regels"/>, and ends the rules (measured,
    /// bench/README.md "Session 26").</summary>
    private const double Fractie = 0.48;

    /// <summary>Client start tags between <see cref="Voorloop"/> and <see cref="Splits"/>.</summary>
    public int ClientenVoor(ReadOnlySpan<byte> xml) => Aantal(xml[Voorloop..Splits], ClientTag);

    /// <summary>Line breaks before <see cref="Splits"/>, as the scanner counts them (LF, CRLF or a lone CR).</summary>
    public int Regels(ReadOnlySpan<byte> xml) => TelRegels(xml[..Splits]);

    /// <summary>The prefix of the root element's name ("wmo323:" or empty), from its start tag after the declaration.</summary>
    private static byte[]? RootPrefix(ReadOnlySpan<byte> xml)
    {
        var i = 0;
        while (true)
        {
            var lt = xml[i..].IndexOf((byte)'<');
            if (lt < 0 || i + lt + 1 >= xml.Length) return null;
            i += lt + 1;
            if (xml[i] is not ((byte)'?' or (byte)'!' or (byte)'/')) break;
        }
        var naam = xml[i..];
        var eind = naam.IndexOfAny(" \t\r\n>/"u8);
        if (eind < 0) return null;
        var colon = naam[..eind].IndexOf((byte)':');
        return colon < 0 ? [] : naam[..(colon + 1)].ToArray();
    }

    private static byte[] Tag(byte[] prefix, ReadOnlySpan<byte> naam) => [(byte)'<', .. prefix, .. naam];

    /// <summary>The first line start at or after <paramref name="vanaf"/> with only spaces and tabs before the tag.</summary>
    private static int Regelbegin(ReadOnlySpan<byte> xml, ReadOnlySpan<byte> tag, int vanaf)
    {
        var grens = vanaf + (xml.Length - vanaf) / 2;
        for (var i = vanaf; i < grens;)
        {
            var k = xml[i..].IndexOf(tag);
            if (k < 0) return -1;
            var at = i + k;
            var begin = at;
            while (begin > 0 && xml[begin - 1] is (byte)' ' or (byte)'\t') begin--;
            if (begin > 0 && xml[begin - 1] == '\n') return begin;
            i = at + tag.Length;
        }
        return -1;
    }

    private static int Aantal(ReadOnlySpan<byte> s, ReadOnlySpan<byte> tag)
    {
        var n = 0;
        for (var k = s.IndexOf(tag); k >= 0; k = s.IndexOf(tag))
        {
            n++;
            s = s[(k + tag.Length)..];
        }
        return n;
    }

    private static int TelRegels(ReadOnlySpan<byte> s)
    {
        var regels = s.Count((byte)'\n');
        for (var k = s.IndexOf((byte)'\r'); k >= 0; k = s.IndexOf((byte)'\r'))
        {
            if (k + 1 >= s.Length || s[k + 1] != '\n') regels++;
            s = s[(k + 1)..];
        }
        return regels;
    }
}
