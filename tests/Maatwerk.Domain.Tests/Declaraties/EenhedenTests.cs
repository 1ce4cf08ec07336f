using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Tijdregistraties;
using static Maatwerk.Domain.Tests.Declaraties.Opbouw;

namespace Maatwerk.Domain.Tests.Declaraties;

/// <summary>Units 14 (etmaal: respijtopvang per contiguous 24 hours, DEV-Art7, TC-05, AMB-28) and 82 (traject: once, in
/// the month it is completed, TC-07, AMB-54, IV089) as the Deventer contract pays them.</summary>
public sealed class EenhedenTests
{
    private static DateOnly D(int maand, int dag) => new(2026, maand, dag);

    /// <summary>A stay from <paramref name="van"/> at <paramref name="uur"/> to <paramref name="tot"/> at <paramref name="totUur"/>,
    /// registered per day (a registration does not cross midnight).</summary>
    private static IEnumerable<Tijdregistratie> Verblijf(DeclareerbareToewijzing t, DateOnly van, int uur, DateOnly tot, int totUur)
    {
        for (var d = van; d <= tot; d = d.AddDays(1))
        {
            var begin = d == van ? uur : 0;
            var einde = d == tot ? totUur : 24;
            if (einde > begin)
                yield return R(t, d, (einde - begin) * 60, begin == 24 ? 0 : begin);
        }
    }

    [Fact]
    public void Etmalen_are_complete_contiguous_24_hour_periods_and_the_remainder_is_not_declared_AMB_28()
    {
        var t = T(eenheid: "14", product: "RO", categorie: "04");
        // Friday 14:00 to Monday 10:00 = 68 hours: 2 etmalen, the remaining 20 hours are not declarable.
        var uitkomst = Bouw([t], Verblijf(t, D(10, 9), 14, D(10, 12), 10), tarief: 147.60m);
        var regel = uitkomst.Regels.Should().ContainSingle().Subject;
        (regel.GeleverdVolume, regel.Eenheid, regel.ProductTarief, regel.IngediendBedrag).Should().Be((2L, "14", 14760L, 29520L));
        Eenheden.EtmaalEinden(Verblijf(t, D(10, 9), 14, D(10, 12), 10)).Should().Equal(D(10, 10), D(10, 11));
    }

    [Fact]
    public void A_gap_breaks_the_stay_and_overlapping_registrations_count_once()
    {
        var t = T(eenheid: "14");
        // 20 hours, a gap of one hour, 20 hours: no complete 24 hours.
        Eenheden.EtmaalEinden([R(t, D(10, 5), 20 * 60, 4), R(t, D(10, 6), 20 * 60, 1)]).Should().BeEmpty();
        // Two staff members register the same night: still one etmaal.
        Eenheden.EtmaalEinden([R(t, D(10, 5), 12 * 60, 12), R(t, D(10, 5), 12 * 60, 12), R(t, D(10, 6), 12 * 60, 0)]).Should().Equal(D(10, 6));
    }

    [Fact]
    public void A_stay_across_the_month_end_counts_each_etmaal_in_the_month_it_is_completed_IV076()
    {
        var t = T(eenheid: "14");
        var verblijf = Verblijf(t, D(9, 29), 12, D(10, 3), 12).ToList(); // 4 etmalen: completed 30-09, 1-10, 2-10, 3-10
        Bouw([t], verblijf, tarief: 147.60m).Regels.Single().GeleverdVolume.Should().Be(3);
        Eenheden.EtmaalEinden(verblijf).Should().Equal(D(9, 30), D(10, 1), D(10, 2), D(10, 3));
    }

    [Fact]
    public void A_traject_is_declared_once_in_the_month_it_is_completed_with_volume_1_AMB_54_TC_07()
    {
        var lopend = T(eenheid: "82", product: "AD-VV", categorie: "10", ingang: D(8, 1), einde: D(12, 31));
        var lopendeUitkomst = Bouw([lopend], [R(lopend, 6, 60)], tarief: 703.80m);
        lopendeUitkomst.Regels.Should().BeEmpty();
        lopendeUitkomst.Bezwaren.Should().ContainSingle(b => b.Code == "AMB-54" && !b.Blokkeert);

        // Stopped on 20 October (WMO307): completed; care was registered in September only.
        var afgerond = T(eenheid: "82", product: "AD-VV", categorie: "10", ingang: D(8, 1), einde: D(12, 31)) with { EindeLevering = D(10, 20) };
        var regel = Bouw([afgerond], [R(afgerond, D(9, 10), 90)], tarief: 703.80m).Regels.Should().ContainSingle().Subject;
        (regel.GeleverdVolume, regel.Eenheid, regel.ProductTarief, regel.IngediendBedrag).Should().Be((1L, "82", 70380L, 70380L));
        (regel.Begindatum, regel.Einddatum).Should().Be((D(10, 1), D(10, 31)));

        // No care registered at all: nothing is declared.
        Bouw([afgerond], [], tarief: 703.80m).Regels.Should().BeEmpty();
    }

    [Fact]
    public void Units_14_and_82_are_no_longer_refused_but_dagdeel_16_still_is_TR341()
    {
        var dagdeel = T(eenheid: "16");
        Bouw([dagdeel], [R(dagdeel, 6, 240)]).Bezwaren.Should().ContainSingle(b => b.Code == "TR341" && b.Blokkeert);
        var etmaal = T(eenheid: "14");
        Bouw([etmaal], [R(etmaal, 6, 60)]).Bezwaren.Should().NotContain(b => b.Code == "TR341");
    }
}
