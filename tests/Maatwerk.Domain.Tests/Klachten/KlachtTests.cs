using Maatwerk.Domain.Klachten;

namespace Maatwerk.Domain.Tests.Klachten;

/// <summary>The rules of a complaint (IB-48b, DEV-Eis16-R2/R3/R4/R6): registering, each step of its handling, an extension
/// only with the client's consent.</summary>
public class KlachtTests
{
    private static readonly DateTimeOffset Nu = new(2026, 11, 10, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Vandaag = new(2026, 11, 10);

    private static Klacht NewKlacht() => new()
    {
        Ontvangen = Nu.AddDays(-3), Wijze = KlachtWijze.Schriftelijk, Indiener = "Mevr. De Vries (dochter)", Omschrijving = "Steeds andere begeleiders",
    };

    [Fact]
    public void IB_48b_een_direct_opgeloste_klacht_wordt_geregistreerd_met_hoe_zij_is_opgelost()
    {
        var klacht = NewKlacht();
        klacht.DirectOpgelost = true;
        klacht.Validate(Nu).Should().ContainSingle(e => e.Field == nameof(Klacht.Afhandeling)).Which.Message.Should().Contain("IB-48b");
        klacht.Afhandeling = "Telefonisch uitgelegd en excuses gemaakt.";
        klacht.Validate(Nu).Should().BeEmpty();
    }

    [Fact]
    public void Een_klacht_zonder_indiener_of_met_ontvangst_in_de_toekomst_wordt_geweigerd_met_het_veld()
    {
        var klacht = NewKlacht();
        klacht.Indiener = " ";
        klacht.Ontvangen = Nu.AddHours(2);
        var fouten = klacht.Validate(Nu);
        fouten.Should().Contain(e => e.Field == nameof(Klacht.Indiener) && e.Message == "Indiener is verplicht.");
        fouten.Should().Contain(e => e.Field == nameof(Klacht.Ontvangen) && e.Message.Contains("toekomst"));
    }

    [Fact]
    public void DEV_Eis16_R3_bevestigen_kan_niet_voor_de_ontvangst_en_maar_een_keer()
    {
        var klacht = NewKlacht();
        klacht.Acknowledge(klacht.Ontvangen.AddHours(-1), Nu).Should().ContainSingle().Which.Message.Should().Contain("vóór de ontvangst");
        klacht.Acknowledge(klacht.Ontvangen.AddDays(1), Nu).Should().BeEmpty();
        klacht.Status.Should().Be(KlachtStatus.InBehandeling);
        klacht.Acknowledge(klacht.Ontvangen.AddDays(2), Nu).Should().ContainSingle().Which.Message.Should().Contain("al bevestigd");
    }

    [Fact]
    public void DEV_Eis16_R2_verlengen_alleen_met_toestemming_van_de_client_en_later_dan_de_vorige_verlenging()
    {
        var klacht = NewKlacht();
        var fouten = klacht.Extend(Vandaag.AddDays(20), toestemmingClient: false, Nu, "Onderzoek loopt", Vandaag, Nu);
        fouten.Should().ContainSingle(e => e.Field == "ToestemmingClient").Which.Message.Should().Contain("toestemming van de cliënt");
        klacht.IsVerlengd.Should().BeFalse();

        klacht.Extend(Vandaag.AddDays(20), toestemmingClient: true, Nu, "Onderzoek loopt", Vandaag, Nu).Should().BeEmpty();
        klacht.VerlengdTot.Should().Be(Vandaag.AddDays(20));
        klacht.ToestemmingClientOp.Should().Be(Nu);
        klacht.Extend(Vandaag.AddDays(10), toestemmingClient: true, Nu, "Korter", Vandaag, Nu).Should().ContainSingle(e => e.Field == "VerlengdTot");
    }

    [Fact]
    public void DEV_Eis16_R4_termijn_meedelen_vraagt_datum_en_aanpak_en_R6_voorleggen_vraagt_waarom()
    {
        var klacht = NewKlacht();
        klacht.CommunicateTermijn(Nu, null, null, Nu).Select(e => e.Field).Should().BeEquivalentTo(["VerwachteAfhandeling", "Toelichting"]);
        klacht.Escalate(Nu, "", Nu).Should().ContainSingle(e => e.Field == "Toelichting");
        klacht.Escalate(Nu, "Geen overeenstemming over de vervanging", Nu).Should().BeEmpty();
        klacht.Status.Should().Be(KlachtStatus.Geescaleerd);
        klacht.Settle(Nu, "Nieuwe vaste begeleider", "Vaste begeleider per cliënt", Nu).Should().BeEmpty();
        klacht.Status.Should().Be(KlachtStatus.Afgehandeld);
        klacht.RecordVoortgang(Nu, Nu).Should().ContainSingle().Which.Message.Should().Contain("al afgehandeld");
    }
}
