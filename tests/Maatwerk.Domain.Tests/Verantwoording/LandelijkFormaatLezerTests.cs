using Maatwerk.Domain.Verantwoording;

namespace Maatwerk.Domain.Tests.Verantwoording;

/// <summary>Reading a productieverantwoording from the aanbieder's own system in the national format (OCO-6.2a, DEV-Art22.1):
/// what was written is read back; every bad cell is named by row, column and rule, and then nothing is returned.</summary>
public sealed class LandelijkFormaatLezerTests
{
    private static readonly LandelijkFormaatLezer.Context Deventer = new(2025, new Dictionary<string, string> { ["0150"] = "Gemeente Deventer" },
        (categorie, code) => categorie == "02" && code is "PO-B" or "PO-L");

    private static List<IReadOnlyList<string>> Bestand(params string[][] regels)
    {
        var kop = new LandelijkFormaat.Kop("Begeleiding Op Maat B.V.", "75750202", null, 2025, "x", "Deventer", new DateOnly(2026, 2, 1));
        var rijen = LandelijkFormaat.Rijen(kop, []).Select(r => (IReadOnlyList<string>)r.Select(c => Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture)!).ToList()).ToList();
        rijen.RemoveAll(r => r.Count > 1 && r[1] == "Totaal"); // the total of no rows; the rows below carry no total
        var kolommen = rijen.FindIndex(r => r.Count > 0 && r[0] == "Gemeentecode");
        rijen.InsertRange(kolommen + 1, regels);
        return rijen;
    }

    [Fact]
    public void Wat_het_landelijke_format_schrijft_wordt_teruggelezen_met_subtotalen_en_totaal_overgeslagen()
    {
        var kop = new LandelijkFormaat.Kop("Op Maat", "75750202", null, 2025, "x", "Deventer", new DateOnly(2026, 2, 1));
        var regels = new[]
        {
            new LandelijkFormaat.Regel("0150", "Gemeente Deventer", "02", "PO-B", "Persoonlijke ondersteuning basis", "01", 104, 600, 3, 62400),
            new LandelijkFormaat.Regel("0150", "Gemeente Deventer", "02", "PO-L", "", "01", null, 90, 1, 8460),
        };
        var cellen = LandelijkFormaat.Rijen(kop, regels).Select(r => (IReadOnlyList<string>)r.Select(c => Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture)!).ToList()).ToList();
        var gelezen = LandelijkFormaatLezer.Lees(cellen, Deventer);
        gelezen.Fouten.Should().BeEmpty();
        gelezen.Rijen.Should().Equal(new Gemeenteopstelling.Rij("0150", "02", "PO-B", "01", 104, 3, 600, 62400), new Gemeenteopstelling.Rij("0150", "02", "PO-L", "01", null, 1, 90, 8460));
    }

    [Fact]
    public void Elke_foute_cel_krijgt_een_melding_met_rij_kolom_en_regel_en_er_komt_niets_terug()
    {
        var gelezen = LandelijkFormaatLezer.Lees(Bestand(
            ["0150", "Gemeente Deventer", "02", "XX-9", "", "minuten", "1,04", "10", "1", "10,40"],
            ["0402", "Gemeente Hilversum", "02", "PO-B", "", "minuten", "1,04", "10", "1", "10,40"],
            ["0150", "Gemeente Deventer", "02", "PO-L", "", "minuten", "0,94", "-5", "1", "-4,70"],
            ["0150", "Gemeente Deventer", "02", "PO-B", "", "minuten", "1,04", "100", "2", "105,00"],
            ["0150", "Gemeente Deventer", "02", "PO-L", "", "minuten", "diverse", "7", "1", "6,58"]), Deventer);
        gelezen.Rijen.Should().BeEmpty("nothing is saved on any error");
        var meldingen = gelezen.Fouten.Select(f => f.Message).ToList();
        meldingen.Should().ContainMatch("Rij 11, kolom 'Productcode': productcode 'XX-9'*onbekend voor dit contract*");
        meldingen.Should().ContainMatch("Rij 12, kolom 'Gemeentecode': gemeente '0402' valt niet onder dit contract*");
        meldingen.Should().ContainMatch("Rij 13, kolom 'Volume': het volume -5 is negatief*");
        meldingen.Should().ContainMatch("Rij 14, kolom 'Bedrag (€)': het bedrag 105,00 is niet volume × tarief (100 × 1,04 = 104,00, marge 1 cent)*");
        meldingen.Should().HaveCount(4, "the 'diverse' row is valid");
    }

    [Fact]
    public void Een_cent_afronding_mag_een_ander_verslagjaar_niet()
    {
        LandelijkFormaatLezer.Lees(Bestand(["0150", "Gemeente Deventer", "02", "PO-B", "", "01", "0,333", "3", "1", "1,00"]), Deventer)
            .Fouten.Single().Message.Should().Contain("geen tarief");
        LandelijkFormaatLezer.Lees(Bestand(["0150", "Gemeente Deventer", "02", "PO-B", "", "01", "1.04", "3", "1", "3.13"]), Deventer).Fouten.Should().BeEmpty("within 1 cent");
        var anderJaar = LandelijkFormaatLezer.Lees(Bestand(["0150", "Gemeente Deventer", "02", "PO-B", "", "01", "1.04", "3", "1", "3.12"]), Deventer with { Jaar = 2024 });
        var verkeerdTotaal = LandelijkFormaatLezer.Lees(Bestand(["0150", "Gemeente Deventer", "02", "PO-B", "", "01", "1.04", "3", "1", "3.12"], ["", "Totaal", "", "", "", "", "", "", "", "9.99"]), Deventer);
        verkeerdTotaal.Fouten.Single().Message.Should().Be("Rij 12, kolom 'Bedrag (€)': het totaal 9,99 is niet de som van de regels (3,12).");
        anderJaar.Fouten.Single().Message.Should().Be("Rij 5, kolom 'Verslagjaar': het verslagjaar '2025' is niet het gekozen jaar 2024.");
    }

    [Fact]
    public void Het_kvk_nummer_in_de_kop_moet_dat_van_de_aanbieder_zijn()
    {
        List<IReadOnlyList<string>> MetKvk(string kvk)
        {
            var bestand = Bestand(["0150", "Gemeente Deventer", "02", "PO-B", "", "01", "1.04", "3", "1", "3.12"]);
            bestand[bestand.FindIndex(r => r.Count > 0 && r[0] == LandelijkFormaat.KvK)] = [LandelijkFormaat.KvK, kvk];
            return bestand;
        }
        var opMaat = Deventer with { KvK = "90000202" };
        LandelijkFormaatLezer.Lees(MetKvk("90000202"), opMaat).Fouten.Should().BeEmpty();
        LandelijkFormaatLezer.Lees(MetKvk(""), opMaat).Fouten.Should().BeEmpty("an empty KvK cell is accepted");
        LandelijkFormaatLezer.Lees(MetKvk("90000101"), opMaat).Fouten.Single().Message.Should()
            .Be("Rij 4, kolom 'KvK-nummer': het KvK-nummer 90000101 is niet dat van de aanbieder (90000202).");
        LandelijkFormaatLezer.Lees(MetKvk("9000"), opMaat).Fouten.Single().Message.Should()
            .Be("Rij 4, kolom 'KvK-nummer': '9000': het KvK-nummer moet uit precies 8 cijfers bestaan.");
        LandelijkFormaatLezer.Lees(MetKvk("90000101"), Deventer).Rijen.Should().ContainSingle("without a registered KvK nothing to compare");
    }
}
