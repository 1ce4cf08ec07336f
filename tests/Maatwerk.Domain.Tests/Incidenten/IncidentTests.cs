using Maatwerk.Domain.Incidenten;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Incidenten;

/// <summary>The rules of an incident report: both moments (AMB-32) and the fields each contract requires (IB-58,
/// DEV-AIV7A.4), read from the profile.</summary>
public class IncidentTests
{
    private static readonly DateTimeOffset Nu = new(2026, 11, 10, 8, 30, 0, TimeSpan.Zero);

    private static Incident Datalek() => new()
    {
        Soort = "datalek", Titel = "E-mail aan verkeerde ontvanger", Omschrijving = "Zorgplan naar een verkeerd adres gemaild",
        Voorgevallen = Nu.AddHours(-30), Ontdekt = Nu.AddHours(-5),
    };

    [Fact]
    public void IB_58_een_datalek_onder_Voorne_vraagt_aard_gegevens_gevolgen_en_maatregelen()
    {
        var fouten = Datalek().Validate(RepoProfiles.Profiel("voorne-aan-zee-ib"), Nu);
        fouten.Select(e => e.Field).Should().BeEquivalentTo(["Aard", "Gegevens", "Gevolgen", "Maatregelen"]);
        fouten.Should().OnlyContain(e => e.Message.Contains("IB-58"));
    }

    [Fact]
    public void DEV_AIV7A_4_een_datalek_onder_Deventer_vraagt_oorzaak_aard_en_maatregelen()
    {
        var lek = Datalek();
        lek.Validate(RepoProfiles.Profiel("deventer-wmo-2023"), Nu).Select(e => e.Field).Should().BeEquivalentTo(["Oorzaak", "Aard", "Maatregelen"]);
        (lek.Oorzaak, lek.Aard, lek.Maatregelen) = ("Autocomplete van het e-mailadres", "Vertrouwelijkheid", "Ontvanger gevraagd te verwijderen");
        lek.Validate(RepoProfiles.Profiel("deventer-wmo-2023"), Nu).Should().BeEmpty();
    }

    [Fact]
    public void AMB_32_ontdekken_kan_niet_voor_het_voorval_en_de_soort_komt_uit_het_contract()
    {
        var incident = Datalek();
        incident.Soort = "geweldsincident";
        incident.Ontdekt = incident.Voorgevallen.AddMinutes(-1);
        var fouten = incident.Validate(RepoProfiles.Profiel("voorne-aan-zee-ib"), Nu);
        fouten.Should().Contain(e => e.Field == nameof(Incident.Ontdekt) && e.Message.Contains("vóór het voorval"));
        fouten.Should().Contain(e => e.Field == nameof(Incident.Soort), "Voorne aan Zee kent geen aparte meldroute voor geweldsincidenten");
        Incident.Soorten(RepoProfiles.Profiel("deventer-wmo-2023")).Should().Contain(["calamiteit", "geweldsincident", "incident", "datalek"]);
    }
}
