using System.Text;
using System.Xml.Linq;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie;
using Maatwerk.IWmo.Validatie.Regels;

namespace Maatwerk.IWmo.Tests.Validatie;

/// <summary>Layers 3 and 4, each rule triggered by one targeted change to an official example that stays XSD-valid.</summary>
public class RegelTests
{
    private static readonly ValidationOptions Opties = new() { Vandaag = new DateOnly(2026, 1, 1) };

    public static IEnumerable<object[]> Cases() => new (string Bericht, string Code, string Retourcode, Action<XDocument> Wijzig)[]
    {
        ("323", "CS002", "0001", d => Set(d, "Bsn", "123456789")),
        ("323", "TR358", "0001", d => Set(d, "TotaalBedrag", "57999")),
        ("323", "CS337", "0001", d => Set(d, "Einddatum", "2023-05-01", 1)),
        ("323", "TR319", "9319", d => { Set(d, "Begindatum", "2023-05-01", 1); Set(d, "Einddatum", "2023-05-02", 1); }),
        ("323", "TR137", "0001", d => Set(d, "Dagtekening", "2023-04-15")),
        ("323", "TR314", "8021", d => Set(d, "ReferentieNummer", "RN001", 2)),
        ("323", "CS340", "0001", d => Set(d, "Einddatum", "2023-04-29", 0)),
        ("323", "CS100", "0001", d => { Set(d, "Begindatum", "2020-12-01", 1); Set(d, "Einddatum", "2020-12-31", 1); }),
        ("323", "CD087", "0001", d => Remove(d, "ProductTarief")),
        ("323", "CS339", "0001", d => { Remove(d, "ProductTarief"); Set(d, "Eenheid", "83"); }),
        ("323", "CD060", "0001", d => Set(d, "DebetCredit", "C", 1)),
        ("323", "TR101", "0001", d => Set(d, "ReferentieNummer", "RN001", 1)),
        ("323", "TR416", "0001", d => { Set(d, "ToewijzingNummer", "20072", 1); Set(d, "ProductCode", "01A03", 1); }),
        ("323", "TR135", "8848", d => Set(d, "Dagtekening", "2026-06-01")),
        ("323", "TR378", "S300", d => Set(d, "Ontvanger", "0001")),
        ("323", "CS325", "0001", d => { Set(d, "TotaalBedrag", "0"); Set(d, "DebetCredit", "C", 0); }),
        ("301", "CS002", "0001", d => Set(d, "Bsn", "999999999")),
        ("301", "TR002", "0001", d => Set(d, "Datum", "1890-01-01")),
        ("301", "TR134", "0001", d => Set(d, "Datum", "2025-12-01")),
        ("301", "CS139", "0001", d => d.Descendants().First(e => e.Name.LocalName == "Datum").AddAfterSelf(new XElement(Iwmo + "DatumGebruik", "3"))),
        ("301", "CS003", "0001", d => Set(d, "Einddatum", "2000-01-01")),
        ("301", "CD009", "0001", d => Elements(d, "Contact").First().Add(new XElement(d.Root!.Name.Namespace + "Periode", new XElement(Iwmo + "Begindatum", "2023-01-01")))),
        ("301", "TR006", "0001", d => { foreach (var c in Elements(d, "Contact")) { c.Elements().Where(e => e.Name.LocalName == "Telefoon").Remove(); } Elements(d, "Postcode").Remove(); }),
        ("301", "CS336", "0001", d => Elements(d, "Einddatum").First().AddAfterSelf(new XElement(d.Root!.Name.Namespace + "RedenWijziging", "01"))),
        ("315", "TR383", "0001", d => { var p = Elements(d, "AangevraagdProduct").First(); p.AddAfterSelf(new XElement(p)); }),
        ("317", "TR352", "0001", d => { Elements(d, "OngewijzigdeProducten").Remove(); Elements(d, "TeWijzigenProducten").Remove(); }),
        ("319", "CD085", "0001", d => { Set(d, "VerzoekAntwoord", "1"); Elements(d, "RedenAfwijzingVerzoek").Remove(); }),
        ("301", "CS050", "0001", d => Set(d, "NaamGebruik", "6", 0)),
        ("301", "CS318", "0001", d => { Elements(d, "Partnernaam").First().Remove(); Set(d, "NaamGebruik", "6", 0); }),
        ("301", "CD007", "0001", d => Elements(d, "Taal").Remove()),
        ("301", "CD005", "0001", d => Elements(d, "LandCode").First().Remove()),
        ("301", "CD025", "0001", d => { Set(d, "LandCode", "NL"); Elements(d, "Huis").First().Remove(); }),
        ("301", "CD034", "0001", d => Elements(d, "Postcode").First().Remove()),
        ("301", "CD080", "0001", d => Elements(d, "Code").Where(e => e.Parent!.Name.LocalName == "Product").Remove()),
        ("301", "CS338", "0001", d => Set(d, "Eenheid", "14")),
        ("315", "CD066", "0001", d => Elements(d, "Verwijzer").First().Add(new XElement(Iwmo + "ZorgverlenerCode", "12345678"))),
        ("315", "CD067", "0001", d => Elements(d, "Verwijzer").First().Elements().Where(e => e.Name.LocalName == "Naam").Remove()),
        ("315", "CD068", "0001", d => { Set(d, "Type", "01"); Elements(d, "Verwijzer").First().Elements().Where(e => e.Name.LocalName == "Naam").Remove(); Elements(d, "Verwijzer").First().Add(new XElement(Iwmo + "ZorgverlenerCode", "12345678")); }),
        ("301", "TR302", "0001", d => { var p = Elements(d, "ToegewezenProduct").First(); var kopie = new XElement(p); kopie.Elements().First().Value = "999"; p.AddAfterSelf(kopie); }),
        ("315", "TR386", "0001", d => { var p = Elements(d, "AangevraagdProduct").First(); var kopie = new XElement(p); kopie.Elements().First().Value = "ANDERE"; p.AddAfterSelf(kopie); }),
        ("307", "TR018", "0001", d => { Set(d, "Begindatum", "2025-06-01"); Set(d, "Einddatum", "2025-05-01"); }),
        ("305", "CS058", "0001", d => Set(d, "StatusAanlevering", "2")),
        ("307", "CS058", "0001", d => Set(d, "StatusAanlevering", "9", 1)),
    }.Select(g => new object[] { g.Bericht, g.Code, g.Retourcode, g.Wijzig });

    private static readonly XNamespace Iwmo = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_is_reported_with_its_code_path_and_retourcode(string bericht, string code, string retourcode, Action<XDocument> wijzig)
    {
        var doc = XDocument.Load(Package.Example(bericht));
        wijzig(doc);
        var bytes = Encoding.UTF8.GetBytes(doc.ToString());
        XsdOracle.Errors(bytes).Should().BeEmpty("de wijziging moet XSD-geldig blijven zodat alleen laag 3-4 iets vindt");
        var r = BerichtValidator.Validate(bytes, Opties);
        r.Fouten.Should().Contain(f => f.Code == code, string.Join("; ", r.Fouten));
        var fout = r.Fouten.First(f => f.Code == code);
        fout.Retourcode.Should().Be(retourcode);
        fout.Pad.Should().StartWith("/Bericht/");
        fout.Melding.Should().NotBeNullOrWhiteSpace();
        if (bericht != "317") r.Fouten.Should().OnlyContain(f => f.Laag >= ValidationLayer.Codelijst);
    }

    /// <summary>Where a generic code used to stand in for the one the message's own table names: a mutated official
    /// example gets the specific code, and not the generic one.</summary>
    public static IEnumerable<object[]> SpecificCodes() => new (string Bericht, string Code, string Retourcode, string NietCode, Action<XDocument> Wijzig)[]
    {
        // 323 periods have TR137 (rule XSLT, mode TR137 on DeclaratiePeriode and ProductPeriode), not the CS003 of 301/315/317.
        ("323", "TR137", "0001", "CS003", d => { Set(d, "Begindatum", "2023-04-10", 1); Set(d, "Einddatum", "2023-04-05", 1); }),
        ("323", "TR137", "0001", "CS003", d => Set(d, "Einddatum", "2023-03-31", 0)),
        // A ReferentieNummer used by another client is TR314 (8021, the prestatie is rejected), not the double line TR101.
        ("323", "TR314", "8021", "TR101", d => Set(d, "ReferentieNummer", "RN002", 3)),
        // A stop's period is TR018, the allocation's CS003.
        ("307", "TR018", "0001", "CS003", d => { Set(d, "Begindatum", "2025-06-01"); Set(d, "Einddatum", "2025-05-01"); }),
        ("301", "CS003", "0001", "TR018", d => Set(d, "Einddatum", "2000-01-01")),
        ("315", "CS003", "0001", "TR018", d => Set(d, "ToewijzingEinddatum", "2000-01-01")),
    }.Select(g => new object[] { g.Bericht, g.Code, g.Retourcode, g.NietCode, g.Wijzig });

    [Theory]
    [MemberData(nameof(SpecificCodes))]
    public void The_message_table_decides_the_code(string bericht, string code, string retourcode, string nietCode, Action<XDocument> wijzig)
    {
        var doc = XDocument.Load(Package.Example(bericht));
        wijzig(doc);
        var bytes = Encoding.UTF8.GetBytes(doc.ToString());
        XsdOracle.Errors(bytes).Should().BeEmpty();
        var r = BerichtValidator.Validate(bytes, Opties);
        r.Fouten.Should().Contain(f => f.Code == code && f.Retourcode == retourcode, string.Join("; ", r.Fouten));
        r.Fouten.Should().NotContain(f => f.Code == nietCode, string.Join("; ", r.Fouten));
        r.Fouten.Should().NotContain(f => f.Code.StartsWith('X'), "geen interne fout: elke gemelde code is gedefinieerd");
    }

    /// <summary>CS002 as the official XSLT computes it (check11proef: weighted sum mod 11 = 0, a sum of 0 included);
    /// RS037 nine digits. The full table, held against the domain's Bsn, is in Maatwerk.Domain.Tests (BsnTests).</summary>
    [Theory]
    [InlineData("999900006", BsnCheck.Geldig)]
    [InlineData("100000009", BsnCheck.Geldig)]
    [InlineData("123456789", BsnCheck.VoldoetNietAanElfproef)]
    [InlineData("12345678", BsnCheck.GeenNegenCijfers)]
    public void Bsn_elfproef(string bsn, BsnCheck uitkomst) => Elfproef.Check(bsn).Should().Be(uitkomst);

    [Fact]
    public void A_bsn_with_weighted_sum_zero_is_accepted_in_a_message_as_cs002_prescribes()
    {
        var doc = XDocument.Load(Package.Example("301"));
        Set(doc, "Bsn", "100000009");
        BerichtValidator.Validate(Encoding.UTF8.GetBytes(doc.ToString()), Opties).Fouten.Should().BeEmpty();
    }

    private static IEnumerable<XElement> Elements(XDocument d, string naam) => d.Descendants().Where(e => e.Name.LocalName == naam).ToList();

    private static void Set(XDocument d, string naam, string waarde, int index = 0) => Elements(d, naam).ElementAt(index).Value = waarde;

    private static void Remove(XDocument d, string naam, int index = 0) => Elements(d, naam).ElementAt(index).Remove();
}
