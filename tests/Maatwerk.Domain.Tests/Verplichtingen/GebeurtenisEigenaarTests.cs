using Maatwerk.Domain.Incidenten;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Domain.Tests.Verplichtingen;

/// <summary>Which events a register owns, so that they cannot be typed by hand on /Verplichtingen/Registreren (issue 14:
/// every term of a complaint or incident has a record behind it).</summary>
public class GebeurtenisEigenaarTests
{
    private static readonly Domain.Contracten.ContractProfile Deventer = RepoProfiles.Profiel("deventer-wmo-2023");

    [Theory]
    [InlineData("klacht")]
    [InlineData("klacht-ontvangstbevestiging")]
    public void Complaint_events_belong_to_the_klachtenregister(string soort) =>
        GebeurtenisEigenaar.Van(soort, Deventer).Should().Be(GebeurtenisEigenaar.Klachtenregister);

    [Theory]
    [InlineData("klachtenrapportage-verstrekt")]
    [InlineData("verzoek-klachtenrapportage")]
    public void Period_reports_about_complaints_are_typed_by_hand_DEV_Eis16_Rep(string soort) =>
        GebeurtenisEigenaar.Van(soort, Deventer).Should().BeNull();

    [Theory]
    [InlineData("calamiteit")]                  // routed in Deventer's meldingen (DEV-B8-Report)
    [InlineData("calamiteit-voorgevallen")]     // the moment it happened (AMB-32)
    [InlineData("geweldsincident")]
    [InlineData("incident")]
    [InlineData("datalek")]
    [InlineData(IncidentGebeurtenis.GemeldToezichthouder)]
    [InlineData("verzoek-ggd-melding")]         // DEV-B8-NoReport follow-up
    public void Incident_events_belong_to_the_incidentenregister(string soort) =>
        GebeurtenisEigenaar.Van(soort, Deventer).Should().Be(GebeurtenisEigenaar.Incidentenregister);

    [Fact]
    public void A_kind_only_another_profile_routes_is_not_owned_without_that_profile()
    {
        GebeurtenisEigenaar.Van("geweldsincident", profiel: null).Should().BeNull();
        GebeurtenisEigenaar.Van("datalek", profiel: null).Should().Be(GebeurtenisEigenaar.Incidentenregister);
    }

    [Theory]
    [InlineData("toewijzing")]
    [InlineData("start-zorg")]
    public void Chain_steps_belong_to_the_care_chain(string soort) =>
        GebeurtenisEigenaar.Van(soort, Deventer).Should().Be(GebeurtenisEigenaar.Zorgketen);

    [Fact]
    public void The_hand_typed_kinds_of_a_profile_exclude_every_owned_kind()
    {
        var handmatig = GebeurtenisEigenaar.HandmatigeSoorten(Deventer).Select(g => g.Id).ToList();
        handmatig.Should().Contain("verzoek-klachtenrapportage").And.NotContain(["klacht", "calamiteit", "datalek", "toewijzing"]);
        handmatig.Should().OnlyContain(s => GebeurtenisEigenaar.Van(s, Deventer) == null);
    }
}
