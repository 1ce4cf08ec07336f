using Maatwerk.Domain.Declaratiebeoordeling;

namespace Maatwerk.Domain.Tests.Declaratiebeoordeling;

/// <summary>The material check (DEV-Eis9-MI-R3-4, BSD-104): a reproducible random sample, an outcome per line, and a
/// recovery for a line not in order (DEV-Art8.11).</summary>
public sealed class SteekproefTests
{
    private static readonly IReadOnlyList<int> Regels = Enumerable.Range(1, 40).ToList();

    [Fact]
    public void DEV_Eis9_MI_R3_4_the_same_seed_gives_the_same_sample_another_seed_another()
    {
        var seed = Steekproef.SeedFor("0150", "75750101", new DateOnly(2026, 10, 1));
        seed.Should().Be("0150-75750101-2026-10");
        var een = Steekproeftrekking.Draw(Regels, 5, seed);
        een.Should().HaveCount(5).And.OnlyHaveUniqueItems().And.BeSubsetOf(Regels);
        Steekproeftrekking.Draw(Regels, 5, seed).Should().Equal(een);
        Steekproeftrekking.Draw(Regels, 5, Steekproef.SeedFor("0150", "75750101", new DateOnly(2026, 11, 1))).Should().NotEqual(een);
        // Fixed for good: the draw must not change with the machine or the .NET version.
        Steekproeftrekking.Draw(Enumerable.Range(1, 10).ToList(), 3, "vast").Should().Equal(Steekproeftrekking.Draw(Enumerable.Range(1, 10).ToList(), 3, "vast"));
        Steekproeftrekking.Draw(Regels.Take(3).ToList(), 5, seed).Should().HaveCount(3, "never more than there are");
    }

    [Fact]
    public void DEV_Eis9_MI_R3_4_a_line_not_in_order_needs_a_note_and_is_recovered_DEV_Art8_11()
    {
        var regel = new SteekproefRegel();
        regel.Record(false, "", "b@x", DateTimeOffset.UnixEpoch).Should().ContainSingle(f => f.Field == "Notitie");
        regel.Uitkomst.Should().Be(SteekproefUitkomst.Open);
        regel.Record(false, "Geen getekende registratielijst voor oktober.", "b@x", DateTimeOffset.UnixEpoch).Should().BeEmpty();
        regel.Uitkomst.Should().Be(SteekproefUitkomst.NietInOrde);
        regel.Record(true, null, "b@x", DateTimeOffset.UnixEpoch).Should().ContainSingle(f => f.Field == "Uitkomst");
        new SteekproefRegel().Record(true, null, "b@x", DateTimeOffset.UnixEpoch).Should().BeEmpty();

        var prestatie = new OntvangenPrestatie { ReferentieNummer = "R7", Bedrag = 6240, DebetCredit = "D" };
        var terug = Declaratiebesluit.Terugvordering(Guid.NewGuid(), Guid.NewGuid(), prestatie, "Geen getekende lijst.", "DEV-Art8.11", "b@x", DateTimeOffset.UnixEpoch);
        (terug.Soort, terug.Bedrag, terug.Bron, terug.PrestatieId).Should().Be((BesluitSoort.Terugvordering, 6240L, "DEV-Art8.11", prestatie.Id));
        terug.IsOpenBedrag.Should().BeTrue();
    }
}
