using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie.Regels;
using Maatwerk.IWmo.Verwerking;

namespace Maatwerk.IWmo.Tests.Retour;

public class LargeDeclaratieTests
{
    private static readonly DateOnly Begin = new(2025, 3, 1);

    [Fact]
    public void Only_the_rejected_prestaties_come_back_in_the_325_with_their_codes()
    {
        var bsns = TestBsns().Take(30).ToList();
        var xml = Declaratie(Enumerable.Range(0, 300).Select(i => (Bsn: bsns[i / 10], Nummer: 1000 + i)).ToList());

        var context = new InMemoryBerichtContext();
        var afgewezen = new HashSet<int> { 3, 77, 150, 151, 299 };
        for (var i = 0; i < 300; i++)
            if (!afgewezen.Contains(i))
                context.RegisterToewijzing(new ToewijzingData("0384", "65656055", bsns[i / 10], (1000 + i).ToString(CultureInfo.InvariantCulture), "02", "02A01", Begin, null, "04"));
        context.RegisterToewijzing(new ToewijzingData("0384", "65656055", bsns[15], "1150", "02", "02A01", new DateOnly(2025, 3, 15), null, "04"));

        var uitkomst = new BerichtProcessor(context, new FixedClock(new DateTimeOffset(2025, 4, 10, 10, 0, 0, TimeSpan.Zero))).Process(xml);
        uitkomst.Validatie.IsTechnischAfgekeurd.Should().BeFalse(string.Join("; ", uitkomst.Validatie.Fouten));
        var retour = BerichtReader.Read(uitkomst.Retour!).Bericht!;
        var terug = retour.Find("DeclaratieAntwoord/Clienten")!.Kinderen
            .SelectMany(c => c.Find("Prestaties")!.Kinderen)
            .ToDictionary(p => p.Text("ProductReferentie/ReferentieNummer")!, p => string.Join(",", p.Find("RetourCodes")!.Kinderen.Select(k => k.Waarde)));
        terug.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            // TR338: a prestatie must refer to a known ToegewezenProduct; TR307: within its period.
            ["RN00003"] = "9338", ["RN00077"] = "9338", ["RN00150"] = "9307", ["RN00151"] = "9338", ["RN00299"] = "9338",
        });
        retour.Number("DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag").Should().Be(295 * 2000);
        retour.Text("DeclaratieAntwoord/RetourCodes/RetourCode").Should().Be("0200");
    }

    /// <summary>A provider's own 323, written from the official example: its Header and Declaratie, one Prestatie of
    /// 2 hours at € 10,00 per allocation, ten per client.</summary>
    private static byte[] Declaratie(List<(string Bsn, int Nummer)> regels)
    {
        var doc = XDocument.Load(Package.Example("323"));
        XElement Een(XContainer c, string naam) => c.Descendants().First(e => e.Name.LocalName == naam);
        Een(doc, "Identificatie").Value = "GROOT1";
        Een(doc, "Dagtekening").Value = "2025-04-05";
        Een(doc, "DeclaratieDagtekening").Value = "2025-04-05";
        Periode(Een(doc, "DeclaratiePeriode"));
        Een(doc, "TotaalBedrag").Value = (regels.Count * 2000).ToString(CultureInfo.InvariantCulture);
        var clienten = Een(doc, "Clienten");
        var clientSjabloon = new XElement(Een(clienten, "Client"));
        var prestatieSjabloon = new XElement(Een(clientSjabloon, "Prestatie"));
        clienten.RemoveNodes();
        foreach (var groep in regels.GroupBy(r => r.Bsn))
        {
            var client = new XElement(clientSjabloon);
            Een(client, "Bsn").Value = groep.Key;
            var prestaties = Een(client, "Prestaties");
            prestaties.RemoveNodes();
            foreach (var (_, nummer) in groep)
            {
                var p = new XElement(prestatieSjabloon);
                Een(p, "ReferentieNummer").Value = $"RN{nummer - 1000:D5}";
                Een(p, "ToewijzingNummer").Value = nummer.ToString(CultureInfo.InvariantCulture);
                Een(p, "ProductCategorie").Value = "02";
                Een(p, "ProductCode").Value = "02A01";
                Periode(Een(p, "ProductPeriode"));
                Een(p, "GeleverdVolume").Value = "2";
                Een(p, "Eenheid").Value = "04";
                Een(p, "ProductTarief").Value = "1000";
                Een(p, "Bedrag").Value = "2000";
                prestaties.Add(p);
            }
            clienten.Add(client);
        }
        return Encoding.UTF8.GetBytes(doc.ToString());

        void Periode(XElement periode)
        {
            Een(periode, "Begindatum").Value = "2025-03-01";
            Een(periode, "Einddatum").Value = "2025-03-31";
        }
    }

    private static IEnumerable<string> TestBsns() =>
        Enumerable.Range(999_990_001, 9_000).Select(n => n.ToString(CultureInfo.InvariantCulture)).Where(Elfproef.IsValidBsn);
}
