using Maatwerk.Domain.Declaraties;
using static Maatwerk.Domain.Tests.Declaraties.Opbouw;

namespace Maatwerk.Domain.Tests.Declaraties;

/// <summary>A tariff that changes inside the month: one line per tariff, each line's period within the days its tariff
/// was in force (TR418, retour 0611: the tariff must be the contract tariff on the line's dates); TR416 allows it because
/// the ProductPeriodes differ.</summary>
public sealed class TariefwisselingTests
{
    [Fact]
    public void A_tariff_change_on_15_October_gives_two_lines_each_with_its_own_tariff_TR418_IV081()
    {
        var t = T();
        var tarief = TariefTabel((new DateOnly(2023, 1, 1), 62.40m), (new DateOnly(2026, 10, 15), 64.20m));
        var uitkomst = Declaratieopbouw.Bouw(Oktober, [t], [R(t, 5, 60), R(t, 14, 30), R(t, 15, 45), R(t, 30, 15)], tarief, (_, _) => "", Vandaag);
        uitkomst.Regels.Select(r => (r.Begindatum.Day, r.Einddatum.Day, r.GeleverdVolume, r.ProductTarief, r.IngediendBedrag)).Should().Equal(
            (1, 14, 90L, 104L, 9360L),  // 62,40 × 90 / 60
            (15, 31, 60L, 107L, 6420L)); // 64,20 / 60 = 1,07; 64,20 × 60 / 60
        uitkomst.Bezwaren.Should().ContainSingle(b => b.Code == "TR418" && !b.Blokkeert).Which.Melding.Should().Contain("01-10 t/m 14-10").And.Contain("64,20");
    }

    [Fact]
    public void Hours_are_rounded_per_line_IV079_and_a_part_without_registrations_gives_no_line()
    {
        var t = T(eenheid: "04");
        var tarief = TariefTabel((new DateOnly(2023, 1, 1), 62.40m), (new DateOnly(2026, 10, 15), 64.20m));
        var twee = Declaratieopbouw.Bouw(Oktober, [t], [R(t, 5, 80), R(t, 20, 100)], tarief, (_, _) => "", Vandaag).Regels;
        twee.Select(r => (r.GeleverdVolume, r.IngediendBedrag)).Should().Equal((1L, 6240L), (2L, 12840L));
        var een = Declaratieopbouw.Bouw(Oktober, [t], [R(t, 20, 100)], tarief, (_, _) => "", Vandaag);
        een.Regels.Should().ContainSingle().Which.Begindatum.Should().Be(new DateOnly(2026, 10, 15));
    }

    [Fact]
    public void A_new_tariff_with_the_same_amount_keeps_one_line()
    {
        var t = T();
        var tarief = TariefTabel((new DateOnly(2023, 1, 1), 62.40m), (new DateOnly(2026, 10, 15), 62.40m));
        Declaratieopbouw.Bouw(Oktober, [t], [R(t, 5, 60), R(t, 20, 60)], tarief, (_, _) => "", Vandaag).Regels
            .Should().ContainSingle().Which.GeleverdVolume.Should().Be(120);
    }

    [Fact]
    public void A_tariff_that_begins_mid_month_blocks_only_the_days_before_it_TR418()
    {
        var t = T();
        var tarief = TariefTabel((new DateOnly(2026, 10, 15), 64.20m));
        var uitkomst = Declaratieopbouw.Bouw(Oktober, [t], [R(t, 5, 60), R(t, 20, 60)], tarief, (x, d) => $"Er geldt geen tarief voor {x.Productcode} op {d:dd-MM-yyyy}", Vandaag);
        uitkomst.Regels.Should().ContainSingle().Which.Begindatum.Should().Be(new DateOnly(2026, 10, 15));
        uitkomst.Bezwaren.Should().ContainSingle(b => b.Code == "TR418" && b.Blokkeert).Which.Melding.Should().Contain("01-10-2026");
    }
}
