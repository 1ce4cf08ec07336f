using System.Text;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The ToewijzingNummers a 323 names, found by a pass over its UTF-8 bytes before the index is loaded, so
/// <see cref="Ontvangstindex"/> loads the toewijzingen of the clients the message is about instead of every toewijzing of the
/// aanbieder for the gemeente (issue 12, bench/README.md "Session 25").
/// <para>A plain byte search, not a parse: it may find more than the message's ToewijzingNummers (an element whose name
/// ends in ToewijzingNummer, a comment), which only widens the index. Null when a value is written with an entity or
/// character reference, which only a parser reads correctly: then the whole index is loaded, as before.</para></summary>
public static class GenoemdeToewijzingen
{
    private static readonly byte[] Element = "ToewijzingNummer>"u8.ToArray();
    private const int LangsteWaarde = 256;

    public static HashSet<string>? Scan(Stream xml)
    {
        var nummers = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new byte[1 << 20];
        var bewaard = 0; // bytes carried over from the previous read: a tag or value cut by the buffer's end
        while (true)
        {
            var gelezen = xml.Read(buffer, bewaard, buffer.Length - bewaard);
            var einde = gelezen == 0;
            var gevuld = bewaard + gelezen;
            var deel = buffer.AsSpan(0, gevuld);
            var positie = 0;
            while (true)
            {
                var treffer = deel[positie..].IndexOf(Element);
                if (treffer < 0)
                {
                    positie = Math.Max(positie, gevuld - (Element.Length - 1));
                    break;
                }
                var begin = positie + treffer + Element.Length;
                var lengte = deel[begin..].IndexOf((byte)'<');
                if (lengte < 0 && !einde && gevuld - begin < LangsteWaarde)
                {
                    positie += treffer; // the value goes on in the next read
                    break;
                }
                var waarde = deel.Slice(begin, lengte < 0 ? Math.Min(gevuld - begin, LangsteWaarde) : lengte).Trim(" \t\r\n"u8);
                if (waarde.Contains((byte)'&'))
                    return null;
                if (waarde.Length > 0)
                    nummers.Add(Encoding.UTF8.GetString(waarde));
                positie = begin;
            }
            if (einde)
                return nummers;
            bewaard = gevuld - positie;
            deel[positie..].CopyTo(buffer);
        }
    }
}
