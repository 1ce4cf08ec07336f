using System.Text;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The ToewijzingNummers a 323 names, found by a pass over its UTF-8 bytes before the index is loaded, so
/// <see cref="Ontvangstindex"/> loads the toewijzingen of the clients the message is about instead of every toewijzing of the
/// aanbieder for the gemeente (issue 12, bench/README.md "Session 25").
/// <para>A byte search for the element's start tags (with or without a prefix or attributes), not a parse: a number it
/// missed would be rejected with TR338, so where only a parser reads the value right (an entity or character reference, a
/// comment, CDATA) it gives up and returns null: then the whole index is loaded, as before. Finding more than the message
/// names (a start tag inside a comment) only widens the index.</para></summary>
public static class GenoemdeToewijzingen
{
    private static readonly byte[] Naam = "ToewijzingNummer"u8.ToArray();
    private const int Terug = 64;       // bytes before the name: '<', '/' and a prefix
    private const int Vooruit = 1024;   // bytes after it: attributes and the value

    public static HashSet<string>? Scan(Stream xml)
    {
        var nummers = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new byte[1 << 20];
        var bewaard = 0; // bytes carried over from the previous read, around a name the read cut off
        while (true)
        {
            var gelezen = xml.Read(buffer, bewaard, buffer.Length - bewaard);
            var einde = gelezen == 0;
            var gevuld = bewaard + gelezen;
            var deel = buffer.AsSpan(0, gevuld);
            var positie = 0;
            while (true)
            {
                var treffer = deel[positie..].IndexOf(Naam);
                if (treffer < 0)
                {
                    positie = Math.Max(positie, gevuld - (Naam.Length + Terug));
                    break;
                }
                var j = positie + treffer;
                if (!einde && j + Naam.Length + Vooruit > gevuld)
                {
                    positie = Math.Max(positie, j - Terug); // read on: the tag and its value may go on in the next read
                    break;
                }
                positie = j + Naam.Length;
                switch (Lees(deel, j, out var waarde))
                {
                    case Uitkomst.Onleesbaar:
                        return null;
                    case Uitkomst.Nummer:
                        nummers.Add(Encoding.UTF8.GetString(waarde));
                        break;
                }
            }
            if (einde)
                return nummers;
            bewaard = gevuld - positie;
            deel[positie..].CopyTo(buffer);
        }
    }

    private enum Uitkomst { GeenStarttag, Leeg, Nummer, Onleesbaar }

    /// <summary>What stands at the name found at <paramref name="j"/>: a start tag of the element with its value, or not.</summary>
    private static Uitkomst Lees(ReadOnlySpan<byte> deel, int j, out ReadOnlySpan<byte> waarde)
    {
        waarde = default;
        var voor = deel[Math.Max(0, j - Terug)..j];
        var lt = voor.LastIndexOf((byte)'<');
        if (lt < 0)
            return Uitkomst.GeenStarttag;
        var prefix = voor[(lt + 1)..];
        if (prefix.Length > 0 && (prefix[^1] != ':' || prefix.IndexOfAny(" \t\r\n/>\"'"u8) >= 0))
            return Uitkomst.GeenStarttag; // a closing tag, another element whose name ends in ToewijzingNummer, or text
        var na = deel[(j + Naam.Length)..];
        if (na.IsEmpty || na[0] is not ((byte)'>' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/'))
            return Uitkomst.GeenStarttag; // a longer name
        var gt = na[..Math.Min(na.Length, Vooruit)].IndexOf((byte)'>');
        if (gt < 0)
            return Uitkomst.Onleesbaar;
        if (gt > 0 && na[gt - 1] == '/')
            return Uitkomst.Leeg; // <ToewijzingNummer/>
        var inhoud = na[(gt + 1)..];
        var eind = inhoud[..Math.Min(inhoud.Length, Vooruit)].IndexOf((byte)'<');
        if (eind < 0 || eind + 1 >= inhoud.Length || inhoud[eind + 1] != '/')
            return Uitkomst.Onleesbaar; // no end tag in sight, or a comment, CDATA or child element inside
        waarde = inhoud[..eind].Trim(" \t\r\n"u8);
        if (waarde.IndexOf((byte)'&') >= 0)
            return Uitkomst.Onleesbaar;
        return waarde.IsEmpty ? Uitkomst.Leeg : Uitkomst.Nummer;
    }
}
