using Maatwerk.Domain.Verantwoording;

namespace Maatwerk.Domain.Tests.Verantwoording;

/// <summary>The spending overview's arithmetic: committed volume per month pro rata (WJ757 frequencies), its amount at the
/// contract tariff (IV081 for minutes) and the grouping per month and key.</summary>
public sealed class UitgavenTests
{
    [Fact]
    public void Per_week_toegewezen_wordt_naar_rato_van_de_dagen_over_de_maanden_verdeeld()
    {
        var maanden = Uitgaven.Spread(new DateOnly(2026, 10, 12), new DateOnly(2026, 11, 30), 120, "2", 2026).ToList();
        maanden.Select(m => m.Maand).Should().Equal(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1));
        maanden[0].Volume.Should().Be(120m * 20 / 7, "12 to 31 October is 20 days");
        maanden[1].Volume.Should().Be(120m * 30 / 7);
    }

    [Fact]
    public void TR369_een_budget_naar_rato_van_de_dagen_van_de_toewijzing()
    {
        Uitgaven.SpreadBudget(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), 92000, 2026)
            .Should().Equal((new DateOnly(2026, 10, 1), 31000L), (new DateOnly(2026, 11, 1), 30000L), (new DateOnly(2026, 12, 1), 31000L));
        Uitgaven.SpreadBudget(new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 31), 6200, 2026).Should().Equal((new DateOnly(2026, 12, 1), 3100L));
        var rij = Uitgaven.Group([], [new(Guid.Empty, "PO-B", new DateOnly(2026, 10, 1), 500, 0), new(Guid.Empty, "PO-B", new DateOnly(2026, 10, 1), 0, 31000)], (_, p) => p).Single();
        (rij.Toegewezen, rij.Budget).Should().Be((500L, 31000L));
    }

    [Fact]
    public void Per_maand_per_dag_en_totaal()
    {
        Uitgaven.Spread(new DateOnly(2026, 1, 1), null, 10, "4", 2026).Should().HaveCount(12).And.OnlyContain(m => m.Volume == 10);
        Uitgaven.Spread(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), 2, "1", 2026).Single().Volume.Should().Be(56);
        Uitgaven.Spread(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 365, "6", 2026).Sum(m => m.Volume).Should().Be(365);
        Uitgaven.Spread(new DateOnly(2026, 1, 1), null, 1, "6", 2026).Should().BeEmpty("a total without an end date cannot be spread");
        Uitgaven.Spread(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 1, "4", 2026).Should().BeEmpty();
    }

    [Fact]
    public void IV081_minuten_tegen_een_uurtarief_andere_eenheden_maal_tarief()
    {
        Uitgaven.Bedrag(90, "01", 56.40m).Should().Be(8460);
        Uitgaven.Bedrag(3, "14", 147.60m).Should().Be(44280);
    }

    [Fact]
    public void Groeperen_per_maand_en_sleutel_met_toegewezen_naast_ingediend_goedgekeurd_betaald()
    {
        var a = Guid.NewGuid();
        var okt = new DateOnly(2026, 10, 1);
        var rijen = Uitgaven.Group(
            [new(a, "PO-B", okt, 11280, 11280, 11280), new(a, "PO-L", okt, 5640, 0, 0), new(a, "PO-B", okt, -2000, -2000, 0)],
            [new(a, "PO-B", okt, 10000)], (_, p) => p);
        rijen.Should().Equal(new Uitgaven.Rij(okt, "PO-B", 10000, 9280, 9280, 11280), new Uitgaven.Rij(okt, "PO-L", 0, 5640, 0, 0));
        rijen[0].BovenBudget.Should().BeFalse();
        rijen[1].BovenBudget.Should().BeFalse("without a committed amount there is no budget to exceed");
    }
}
