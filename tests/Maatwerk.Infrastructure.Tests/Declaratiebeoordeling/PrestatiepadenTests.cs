using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Declaratie;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.Infrastructure.Tests.Declaratiebeoordeling;

/// <summary>Issue 12 ("ontvangst5"): the receipt builds each line's stored path from its parent's path, once per client.
/// The 325 returns a rejected line at that path, so it must be the path the reader gives the Prestatie, for every line of
/// every client.</summary>
public sealed class PrestatiepadenTests
{
    [Fact]
    public void Every_line_gets_the_path_the_reader_gives_its_Prestatie()
    {
        var begin = new DateOnly(2025, 3, 1);
        var kop = new DeclaratieKop(new BerichtHeader("484", "65656055", "0384", "PADEN1", new DateOnly(2025, 4, 5), "1.0.0", "1.0.0"),
            "DN2025031", begin, new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 5), 12 * 1250, "D");
        var xml = new MemoryStream();
        using (var w = new Wmo323Writer(xml, kop))
            foreach (var (bsn, aantal) in new[] { ("999993653", 3), ("999990032", 1), ("999991772", 2) })
                w.Client(bsn, Enumerable.Range(0, aantal).Select(i => new DeclaratiePrestatie($"RN{bsn}{i}", null, "100000", "02", "02A01",
                    begin, new DateOnly(2025, 3, 31), 1, "04", 1250, 1250, "D")));
        xml.Position = 0;
        var paden = new Prestatiepaden();
        var gezien = new List<(string Verwacht, string Gebouwd)>();

        Wmo323Reader.Read(xml, (_, _, _, e) => gezien.Add((e.Pad, paden.Of(e))), new ValidationOptions { Vandaag = new DateOnly(2026, 11, 10) });

        gezien.Should().HaveCount(6);
        gezien.Should().AllSatisfy(p => p.Gebouwd.Should().Be(p.Verwacht));
        gezien.Select(p => p.Gebouwd).Should().OnlyHaveUniqueItems().And.Contain("/Bericht/Declaratie/Clienten/Client[3]/Prestaties/Prestatie[2]");
    }
}
