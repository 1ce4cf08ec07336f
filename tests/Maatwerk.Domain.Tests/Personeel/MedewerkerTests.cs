using Maatwerk.Domain.Personeel;

namespace Maatwerk.Domain.Tests.Personeel;

/// <summary>The staff register's own rules: a person has a name, function and employment start, products from the
/// aanbieder's contracts, and a qualification level with its evidence as a recorded number (IB-5/IB-6, IB-11, BSD-33).</summary>
public class MedewerkerTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);
    private static readonly string[] Producten = ["PO-B", "PO-L", "IB-BASIS"];

    private static Medewerker NewMedewerker() => new()
    {
        Naam = "Sanne de Groot", Functie = "Persoonlijk begeleider", InDienst = new DateOnly(2025, 3, 1), Productcodes = "PO-B,PO-L",
        Niveau = Kwalificatieniveau.Mbo4, Diploma = "MBO 4 Maatschappelijke zorg", Diplomanummer = "MZ-2019-4411", Diplomadatum = new DateOnly(2019, 7, 1),
    };

    [Fact]
    public void Een_volledige_medewerker_is_geldig()
    {
        NewMedewerker().Validate(Vandaag, Producten).Should().BeEmpty();
    }

    [Fact]
    public void Naam_functie_en_datum_in_dienst_zijn_verplicht_met_een_melding_op_het_veld()
    {
        var m = NewMedewerker();
        (m.Naam, m.Functie, m.InDienst) = ("", " ", default);
        m.Validate(Vandaag, Producten).Select(f => f.Field).Should().BeEquivalentTo(["Naam", "Functie", "InDienst"]);
    }

    [Fact]
    public void IB_11_een_kwalificatieniveau_vraagt_een_diploma_of_registratienummer_als_bewijs()
    {
        var m = NewMedewerker();
        m.Diplomanummer = null;
        m.Validate(Vandaag, Producten).Should().ContainSingle(f => f.Field == "Diplomanummer" && f.Message.Contains("IB-11"));
        m.Registratienummer = "SKJ-120034";
        m.Validate(Vandaag, Producten).Should().BeEmpty();
    }

    [Fact]
    public void Een_product_dat_niet_in_de_contracten_van_de_aanbieder_staat_wordt_geweigerd()
    {
        var m = NewMedewerker();
        m.Productcodes = "PO-B,XYZ";
        m.Validate(Vandaag, Producten).Should().ContainSingle(f => f.Field == "Productcodes" && f.Message.Contains("XYZ"));
    }

    [Fact]
    public void Uit_dienst_voor_in_dienst_wordt_geweigerd_en_in_dienst_telt_tot_en_met_de_laatste_dag()
    {
        var m = NewMedewerker();
        m.UitDienst = new DateOnly(2025, 2, 1);
        m.Validate(Vandaag, Producten).Should().ContainSingle(f => f.Field == "UitDienst");
        m.UitDienst = new DateOnly(2026, 11, 30);
        m.IsInDienst(new DateOnly(2026, 11, 30)).Should().BeTrue();
        m.IsInDienst(new DateOnly(2026, 12, 1)).Should().BeFalse();
    }
}
