using System.Xml.Linq;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Declaratie;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.Domain.Tests.Declaratiebeoordeling;

/// <summary>The gemeente's WMO325 from the beoordelaar's decisions: valid against the 325 schema of the Master overview
/// (the pack has no 325 XSD) and our own validator; only rejected lines come back, with their codes; Σ rejected =
/// submitted − granted (TR342) for every combination of decisions; 8001 when all is granted (IV087/IV088).</summary>
public sealed class AntwoordopbouwTests
{
    private static readonly byte[] Heen = File.ReadAllBytes(Package.Example("323"));
    private static readonly string[] Codes = ["0611", "9389", "8187", "9307"];

    private static List<OntvangenPrestatie> Regels()
    {
        var regels = new List<OntvangenPrestatie>();
        Wmo323Reader.Read(new MemoryStream(Heen), (_, bsn, p, e) => regels.Add(new OntvangenPrestatie
        {
            Volgnummer = regels.Count + 1, Pad = e.Pad, Bsn = bsn, ReferentieNummer = p.ReferentieNummer, Bedrag = p.Bedrag, DebetCredit = p.DebetCredit,
            Beoordeling = Beoordeling.Goedgekeurd,
        }), new ValidationOptions { Vandaag = new DateOnly(2026, 11, 10) });
        return regels;
    }

    private static long Number(XDocument d, string naam) =>
        long.Parse(d.Descendants().Single(e => e.Name.LocalName == naam).Elements().First().Value);

    [Fact]
    public void TR342_for_every_combination_of_decisions_the_325_is_valid_and_returns_exactly_the_rejected_lines()
    {
        var aantal = Regels().Count;
        aantal.Should().Be(4);
        for (var masker = 0; masker < 1 << aantal; masker++)
        {
            var regels = Regels();
            for (var i = 0; i < aantal; i++)
                if ((masker & (1 << i)) != 0)
                    (regels[i].Beoordeling, regels[i].Retourcode, regels[i].Toelichting) = (Beoordeling.Afgewezen, Codes[i], "afgewezen");
            var uitkomst = Antwoordopbouw.Build(Heen, regels, null, "325000000001", new DateOnly(2026, 11, 10));
            var xml = BerichtWriter.ToBytes(uitkomst.Bericht);
            XsdOracle.Errors(xml).Should().BeEmpty($"combinatie {masker}");
            BerichtValidator.Validate(xml, new ValidationOptions { Inhoud = false }).Fouten.Should().BeEmpty();

            var doc = XDocument.Load(new MemoryStream(xml));
            var afgewezen = regels.Where(r => r.Beoordeling == Beoordeling.Afgewezen).ToList();
            var terug = doc.Descendants().Where(e => e.Name.LocalName == "Prestatie").ToList();
            terug.Select(p => p.Descendants().Single(e => e.Name.LocalName == "ReferentieNummer").Value)
                .Should().BeEquivalentTo(afgewezen.Select(r => r.ReferentieNummer));
            foreach (var r in afgewezen)
                terug.Single(p => p.Descendants().Any(e => e.Name.LocalName == "ReferentieNummer" && e.Value == r.ReferentieNummer))
                    .Descendants().Should().Contain(e => e.Name.LocalName == "RetourCode" && e.Value == r.Retourcode);
            Number(doc, "TotaalIngediendBedrag").Should().Be(uitkomst.Ingediend);
            Number(doc, "TotaalToegekendBedrag").Should().Be(uitkomst.Ingediend - afgewezen.Sum(r => r.BedragMetTeken), "TR342");
            uitkomst.Toegekend.Should().Be(uitkomst.Ingediend - uitkomst.Afgewezen);
            var antwoordCodes = doc.Descendants().Single(e => e.Name.LocalName == "DeclaratieAntwoord").Elements().Last().Elements().Select(e => e.Value);
            antwoordCodes.Should().Equal(afgewezen.Count == 0 ? "8001" : "0200");
            doc.Descendants().Single(e => e.Name.LocalName == "Header").Descendants().Last().Value.Should().Be("0200");
        }
    }

    [Fact]
    public void TR333_a_declaration_number_used_before_rejects_the_whole_declaration_with_9333_and_grants_nothing()
    {
        var regels = Regels();
        regels.ForEach(r => (r.Beoordeling, r.Retourcode) = (Beoordeling.Afgewezen, "0233"));
        var uitkomst = Antwoordopbouw.Build(Heen, regels, "9333", "325000000002", new DateOnly(2026, 11, 10));
        var xml = BerichtWriter.ToBytes(uitkomst.Bericht);
        XsdOracle.Errors(xml).Should().BeEmpty();
        var doc = XDocument.Load(new MemoryStream(xml));
        Number(doc, "TotaalToegekendBedrag").Should().Be(0);
        doc.Descendants().Single(e => e.Name.LocalName == "DeclaratieAntwoord").Elements().Last().Elements().Select(e => e.Value).Should().Equal("9333");
    }

    [Fact]
    public void A_line_without_a_decision_stops_the_325() =>
        FluentActions.Invoking(() => Antwoordopbouw.Build(Heen, Regels().Select((r, i) => { if (i == 0) r.Beoordeling = Beoordeling.Open; return r; }).ToList(),
            null, "325000000003", new DateOnly(2026, 11, 10))).Should().Throw<InvalidOperationException>();
}
