using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Tijdregistraties;
using static Maatwerk.Domain.Tests.Declaraties.Opbouw;

namespace Maatwerk.Domain.Tests.Declaraties;

/// <summary>DEV-Eis3-REG (MR-10): declaring direct units from a period of the registration list that nobody signed gives
/// a pre-flight warning per period, never a block; signed periods, indirect time and contracts without the rule give none.</summary>
public sealed class OngetekendeLijstenTests
{
    // Care started 15 September 2026: periods of 28 days are 15-09 – 12-10 (1), 13-10 – 09-11 (2).
    private static readonly DateOnly Start = new(2026, 9, 15);

    private static LijstStand Stand(params int[] getekend) => new(Start, null, 28, getekend.ToHashSet(), "DEV-Eis3-REG");

    [Fact]
    public void Each_unsigned_period_with_declared_units_in_the_month_warns_once_DEV_Eis3_REG()
    {
        var t = T();
        var registraties = new[] { R(t, 5, 60), R(t, 6, 30), R(t, 20, 45) };
        var bezwaren = OngetekendeLijsten.Bezwaren([t], registraties, Oktober, Vandaag, _ => Stand()).ToList();
        bezwaren.Should().HaveCount(2);
        bezwaren.Should().OnlyContain(b => !b.Blokkeert && b.Code == "DEV-Eis3-REG" && b.ToewijzingId == t.Id);
        bezwaren[0].Melding.Should().Contain("periode 1 (15-09-2026 t/m 12-10-2026)").And.Contain("90 minuten").And.Contain("niet getekend");
        bezwaren[1].Melding.Should().Contain("periode 2 (13-10-2026 t/m 09-11-2026)").And.Contain("45 minuten");
    }

    [Fact]
    public void A_signed_period_gives_no_warning()
    {
        var t = T();
        var bezwaren = OngetekendeLijsten.Bezwaren([t], [R(t, 5, 60), R(t, 20, 45)], Oktober, Vandaag, _ => Stand(1)).ToList();
        bezwaren.Should().ContainSingle().Which.Melding.Should().Contain("periode 2");
        OngetekendeLijsten.Bezwaren([t], [R(t, 5, 60), R(t, 20, 45)], Oktober, Vandaag, _ => Stand(1, 2)).Should().BeEmpty();
    }

    [Fact]
    public void A_period_still_running_says_so()
    {
        var t = T();
        var lopend = OngetekendeLijsten.Bezwaren([t], [R(t, 20, 45)], Oktober, new DateOnly(2026, 11, 2), _ => Stand()).Single();
        lopend.Melding.Should().Contain("loopt nog");
    }

    [Fact]
    public void Indirect_time_other_months_and_contracts_without_the_rule_give_no_warning()
    {
        var t = T();
        var indirect = R(t, 5, 60);
        indirect.Soort = Tijdsoort.Indirect;
        OngetekendeLijsten.Bezwaren([t], [indirect], Oktober, Vandaag, _ => Stand()).Should().BeEmpty();
        OngetekendeLijsten.Bezwaren([t], [R(t, new DateOnly(2026, 9, 20), 60)], Oktober, Vandaag, _ => Stand()).Should().BeEmpty();
        OngetekendeLijsten.Bezwaren([t], [R(t, 5, 60)], Oktober, Vandaag, _ => null).Should().BeEmpty();
    }
}
