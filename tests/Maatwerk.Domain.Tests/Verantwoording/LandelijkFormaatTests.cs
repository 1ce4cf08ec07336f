using Maatwerk.Domain.Verantwoording;

namespace Maatwerk.Domain.Tests.Verantwoording;

/// <summary>The productieverantwoording in the national format (OCO-6.2a "in het landelijke format", DEV-Art22.1): split per
/// gemeente of each line (a regio contract), one tariff or "diverse", subtotals per gemeente and a total equal to the statement.</summary>
public sealed class LandelijkFormaatTests
{
    private static Productieopstelling.Lijn L(string gemeente, string bsn, string code, long volume, long tarief, bool credit = false) =>
        new(bsn, "02", code, "04", volume, volume * tarief, credit, gemeente, tarief);

    private static readonly Productieopstelling.Lijn[] Regio =
    [
        L("0402", "999990019", "BSD-MBO4", 10, 6500), L("0402", "999990020", "BSD-MBO4", 4, 6600),
        L("0406", "999990031", "BSD-MBO4", 6, 6500), L("0406", "999990031", "BSD-MBO4", 6, 6500, credit: true), L("0406", "999990043", "BSD-HBO", 3, 7800),
    ];

    [Fact]
    public void OCO_6_2a_een_regiocontract_splitst_per_gemeente_van_de_regel_met_hetzelfde_totaal()
    {
        var rijen = Gemeenteopstelling.Calculate(Regio);
        rijen.Should().Equal(
            new Gemeenteopstelling.Rij("0402", "02", "BSD-MBO4", "04", null, 2, 14, 10 * 6500 + 4 * 6600),
            new Gemeenteopstelling.Rij("0406", "02", "BSD-HBO", "04", 7800, 1, 3, 3 * 7800));
        rijen.Sum(r => r.Bedrag).Should().Be(Productieopstelling.Calculate(Regio).Sum(r => r.Bedrag));
        Gemeenteopstelling.PerProduct(rijen).Should().Equal(Productieopstelling.Calculate(Regio), "the reconciliation per product is unchanged");
    }

    [Fact]
    public void Een_tarief_als_het_hele_jaar_een_tarief_gold_anders_diverse()
    {
        Gemeenteopstelling.EnigTarief([L("0150", "1", "PO-B", 1, 104), L("0150", "2", "PO-B", 2, 104)]).Should().Be(104);
        Gemeenteopstelling.EnigTarief([L("0150", "1", "PO-B", 1, 104), L("0150", "2", "PO-B", 2, 106)]).Should().BeNull();
    }

    [Fact]
    public void DEV_Art22_1_kop_regels_subtotalen_totaal_en_ondertekening()
    {
        var kop = new LandelijkFormaat.Kop("Stichting Samen Verder", "75750303", null, 2024, "geen protocol in het contract", "BSD Gooi", new DateOnly(2025, 2, 10));
        var regels = Gemeenteopstelling.Calculate(Regio).Select(r => new LandelijkFormaat.Regel(r.Gemeente, r.Gemeente == "0402" ? "Hilversum" : "Huizen",
            r.ProductCategorie, r.ProductCode, "", r.Eenheid, r.Tarief, r.Volume, r.Clienten, r.Bedrag)).ToList();
        var rijen = LandelijkFormaat.Rijen(kop, regels);
        rijen.Should().Contain(r => r.Length == 2 && (string)r[0] == "AGB-code" && (string)r[1] == "75750303");
        rijen.Should().Contain(r => r.Length == 2 && (string)r[0] == "Verslagjaar" && (int)r[1] == 2024);
        var kolommen = rijen.FindIndex(r => r.Length > 0 && (string)r[0] == "Gemeentecode");
        rijen[kolommen].Should().Equal(LandelijkFormaat.Kolommen);
        rijen[kolommen + 1][6].Should().Be(LandelijkFormaat.Diverse, "two tariffs in Hilversum");
        rijen.Should().Contain(r => r.Length == 10 && (string)r[1] == "Subtotaal Hilversum" && (decimal)r[9] == 914.00m);
        rijen.Single(r => r.Length == 10 && (string)r[1] == "Totaal")[9].Should().Be(regels.Sum(r => r.Bedrag) / 100m);
        rijen.TakeLast(4).Select(r => (string)r[0]).Should().Equal("Naam", "Functie", "Datum", "Handtekening");
    }
}
