using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Tests.Contracten;

public class RepoProfilesTests
{
    [Fact]
    public void Alle_profielen_in_contracts_laden_zonder_fouten()
    {
        RepoProfiles.Catalogus.Actueel.Select(p => p.Id).Should().BeEquivalentTo(RepoProfiles.Ids);
    }

    [Theory]
    [InlineData("deventer-wmo-2023", "DEV-B2-Werkdag")]
    [InlineData("voorne-aan-zee-ib", "platformstandaard (G1)")]
    [InlineData("gooi-vechtstreek-bsd", "platformstandaard (G1)")]
    [InlineData("oco", "platformstandaard (G1)")]
    public void Elk_contractprofiel_bouwt_op_iwmo_en_zegt_waar_zijn_werkdag_vandaan_komt(string id, string werkdagBron)
    {
        var p = RepoProfiles.Profiel(id);
        p.Basis.Should().Be("iwmo-3.2");
        p.Werkdag!.Bron.Should().Be(werkdagBron);
        p.Werkdag.GoedeVrijdagVrij.Should().BeTrue();
        if (id == "oco")
        {
            // OCO has no allocations and no iWmo message traffic: the base message terms are switched off.
            p.FindRegel("OP090").Should().BeNull();
            p.FindRegel("OP090x4").Should().BeNull();
            p.FindRegel("OP179")!.Herkomst.Should().Be("iwmo-3.2");
            return;
        }
        p.FindRegel("OP090")!.Herkomst.Should().Be("iwmo-3.2");
        p.FindRegel("OP090x4")!.Bron.Should().Be("OP090x4");
    }

    [Fact]
    public void Elke_regel_heeft_bron_en_Nederlandse_omschrijving_en_elke_termijnregel_een_bewijsgebeurtenis()
    {
        foreach (var p in RepoProfiles.Catalogus.Actueel)
        foreach (var r in p.Regels)
        {
            r.Bron.Should().NotBeNullOrWhiteSpace();
            r.Omschrijving.Length.Should().BeGreaterThan(10, $"{p.Id}/{r.Id}");
            if (r.Type == RegelType.Termijn) r.VoldaanDoor.Should().NotBeEmpty($"{p.Id}/{r.Id} ({r.Bron}) moet voldaan kunnen worden");
        }
    }

    [Theory]
    [InlineData("PO-L", "56.40")]
    [InlineData("PO-B", "62.40")]
    [InlineData("PO-BP", "70.80")]
    [InlineData("OAD-L", "9.00")]
    [InlineData("OAD-B", "11.40")]
    [InlineData("OAD-BP", "16.80")]
    [InlineData("TR-STD", "15.00")]
    [InlineData("TR-WC", "22.60")]
    [InlineData("SH", "32.40")]
    [InlineData("RH", "33.60")]
    [InlineData("RO", "147.60")]
    [InlineData("AD-VV", "703.80")]
    [InlineData("AD-VVS", "1407.00")] // AMB-01: Art 7 prevails over B7's 1407.60
    [InlineData("AD-DO", "1056.00")]
    public void Deventer_tarieven_2023_DEV_Art7(string code, string bedrag)
    {
        var product = RepoProfiles.Profiel("deventer-wmo-2023").FindProduct(code)!;
        product.TariefOn(new DateOnly(2023, 6, 1))!.Bedrag.Should().Be(decimal.Parse(bedrag, System.Globalization.CultureInfo.InvariantCulture));
        product.TariefOn(new DateOnly(2022, 12, 31)).Should().BeNull();
        product.Indexatie!.Methode.Should().Be("OVA");
        product.Indexatie.EersteJaar.Should().Be(2024);
    }

    [Fact]
    public void Deventer_no_show_alleen_voor_PO_en_OAD_DEV_Eis28()
    {
        var p = RepoProfiles.Profiel("deventer-wmo-2023");
        p.Producten.Where(x => x.NoShow?.Toegestaan == true).Select(x => x.Code)
            .Should().BeEquivalentTo("PO-L", "PO-B", "PO-BP", "OAD-L", "OAD-B", "OAD-BP");
        p.FindProduct("PO-L")!.NoShow!.MaxEenheden.Should().Be(1);
    }

    [Theory]
    [InlineData("deventer-wmo-2023", 12, 36, null, false)]
    [InlineData("voorne-aan-zee-ib", 3, 12, "45", true)]
    [InlineData("gooi-vechtstreek-bsd", 3, 36, "45", false)]
    [InlineData("oco", 6, null, null, false)]
    public void Vog_beleid_per_contract(string id, int maxLeeftijd, int? vernieuwen, string? profiel, bool gemeenteBeoordeelt)
    {
        var vog = RepoProfiles.Profiel(id).Vog!;
        vog.MaxLeeftijdBijStartMaanden.Should().Be(maxLeeftijd);
        vog.VernieuwenNaMaanden.Should().Be(vernieuwen);
        if (profiel is not null) vog.Screeningsprofiel.Should().Be(profiel);
        vog.BeoordelingDoorGemeente.Should().Be(gemeenteBeoordeelt);
    }

    [Fact]
    public void Beleid_klachten_declaratie_meldingen_en_social_return()
    {
        var dev = RepoProfiles.Profiel("deventer-wmo-2023");
        dev.Klachten!.Ontvangstbevestiging!.Aantal.Should().Be(2);
        dev.Declaratie!.BoetePerRegel.Should().Be(15.00m);
        dev.Declaratie.Correctievensters.Should().HaveCount(2);
        dev.SocialReturn!.Percentage.Should().Be(5);
        dev.Meldingen.Should().Contain(m => m.Soort == "datalek" && m.Termijn.Aantal == 24);
        RepoProfiles.Profiel("voorne-aan-zee-ib").Klachten!.Afhandeling!.Aantal.Should().Be(30);
        RepoProfiles.Profiel("oco").Percelen.Select(x => x.Code).Should().Equal("1", "2", "3");
    }
}
