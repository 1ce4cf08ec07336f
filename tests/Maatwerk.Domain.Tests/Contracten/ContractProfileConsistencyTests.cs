using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Domain.Tests.Contracten;

/// <summary>No silent drops (issue 9): every event the platform registers is known to each profile or explicitly ignored.</summary>
public sealed class ContractProfileConsistencyTests
{
    [Fact]
    public void Every_profile_of_the_repository_knows_or_ignores_every_platform_event()
    {
        ContractProfileConsistency.Validate(RepoProfiles.Catalogus, KetenGebeurtenis.Alle).Should().BeEmpty();
    }

    [Fact]
    public void A_profile_that_does_not_know_a_platform_event_is_named_with_file_line_and_event()
    {
        const string yaml = """
            id: eigen
            versie: 1
            naam: Eigen contract zonder basis
            gebeurtenissen:
              - {id: toewijzing, omschrijving: "Toewijzing"}
            """;
        var profiel = ContractProfileParser.Parse(yaml, "eigen.yaml");
        var fouten = ContractProfileConsistency.Validate(profiel, KetenGebeurtenis.Alle).ToList();
        fouten.Should().Contain(f => f.Bestand == "eigen.yaml" && f.Lijn == 4 && f.Melding.Contains("'start-zorg'"));
        fouten.Should().NotContain(f => f.Melding.Contains("'toewijzing'"));
    }

    [Fact]
    public void An_ignored_event_is_not_stored_and_must_be_a_platform_event_that_is_not_also_defined()
    {
        var basis = RepoProfiles.Profiel("iwmo-3.2");
        var negeert = basis with { Id = "x", Gebeurtenissen = basis.Gebeurtenissen.Where(g => g.Id != "afspraak-ingepland").ToList(), Negeren = ["afspraak-ingepland"] };
        ContractProfileConsistency.Validate(negeert, KetenGebeurtenis.Alle).Should().BeEmpty();
        negeert.Ignores("afspraak-ingepland").Should().BeTrue();

        var dubbel = basis with { Id = "y", Negeren = ["start-zorg", "taart-gegeten"] };
        ContractProfileConsistency.Validate(dubbel, KetenGebeurtenis.Alle).Select(f => f.Melding).Should().Contain(m => m.Contains("'start-zorg'") && m.Contains("ook"))
            .And.Contain(m => m.Contains("'taart-gegeten'") && m.Contains("geen gebeurtenis"));
    }
}
