using System.Text;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The ToewijzingNummers and the ReferentieNummers (own and VorigReferentieNummer) a 323 names, found by a pass
/// over its UTF-8 bytes before the index is loaded, so <see cref="Ontvangstindex"/> loads the toewijzingen of the clients
/// the message is about and the earlier lines that can matter for its lines, instead of every toewijzing of the aanbieder
/// for the gemeente and the aanbieder's whole history (issue 12, bench/README.md "Session 25").
/// <para>A byte search for the elements' start tags (with or without a prefix or attributes), not a parse: a number it
/// missed would change a check (TR338 for a toewijzing, TR314/TR323/TR390 for a reference), so where only a parser reads the
/// value right (an entity or character reference, a comment, CDATA) it gives up and returns null: then the whole index is
/// loaded, as before. Finding more than the message names (a start tag inside a comment) only widens the index.</para></summary>
public sealed record GenoemdeNummers(HashSet<string> Toewijzingen, HashSet<string> Referenties)
{
    private static readonly byte[] Staart = "Nummer"u8.ToArray();
    // Longest first: ReferentieNummer ends VorigReferentieNummer.
    private static readonly (byte[] Naam, bool Toewijzing)[] Namen =
        [("VorigReferentieNummer"u8.ToArray(), false), ("ReferentieNummer"u8.ToArray(), false), ("ToewijzingNummer"u8.ToArray(), true)];
    private const int LangsteNaam = 21;
    private const int Terug = 64;       // bytes before the name: '<', '/' and a prefix
    private const int Vooruit = 1024;   // bytes after it: attributes and the value

    public static GenoemdeNummers? Scan(Stream xml)
    {
        var genoemd = new GenoemdeNummers(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
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
                var treffer = deel[positie..].IndexOf(Staart);
                if (treffer < 0)
                {
                    positie = Math.Max(positie, gevuld - (LangsteNaam + Terug));
                    break;
                }
                var k = positie + treffer + Staart.Length; // just after the name
                if (!einde && k + Vooruit > gevuld)
                {
                    positie = Math.Max(positie, k - LangsteNaam - Terug); // read on: the tag and its value may go on in the next read
                    break;
                }
                positie = k;
                foreach (var (naam, toewijzing) in Namen)
                {
                    if (k < naam.Length || !deel[(k - naam.Length)..k].SequenceEqual(naam))
                        continue;
                    switch (Lees(deel, k - naam.Length, naam.Length, out var waarde))
                    {
                        case Uitkomst.Onleesbaar:
                            return null;
                        case Uitkomst.Nummer:
                            (toewijzing ? genoemd.Toewijzingen : genoemd.Referenties).Add(Encoding.UTF8.GetString(waarde));
                            break;
                    }
                    break;
                }
            }
            if (einde)
                return genoemd;
            bewaard = gevuld - positie;
            deel[positie..].CopyTo(buffer);
        }
    }

    private enum Uitkomst { GeenStarttag, Leeg, Nummer, Onleesbaar }

    /// <summary>What stands at the name found at <paramref name="j"/>: a start tag of the element with its value, or not.</summary>
    private static Uitkomst Lees(ReadOnlySpan<byte> deel, int j, int lengte, out ReadOnlySpan<byte> waarde)
    {
        waarde = default;
        var voor = deel[Math.Max(0, j - Terug)..j];
        var lt = voor.LastIndexOf((byte)'<');
        if (lt < 0)
            return Uitkomst.GeenStarttag;
        var prefix = voor[(lt + 1)..];
        if (prefix.Length > 0 && (prefix[^1] != ':' || prefix.IndexOfAny(" \t\r\n/>\"'"u8) >= 0))
            return Uitkomst.GeenStarttag; // a closing tag, another element whose name ends in the name, or text
        var na = deel[(j + lengte)..];
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
