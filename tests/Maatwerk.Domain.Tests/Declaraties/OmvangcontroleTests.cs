using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Toewijzingen;
using static Maatwerk.Domain.Tests.Declaraties.Opbouw;

namespace Maatwerk.Domain.Tests.Declaraties;

/// <summary>The pre-flight checks the gemeente's volume and budget rules: TR321 (9321), TR322 (9322), TR369 (9369), with
/// a frequency mapped to periods per IV077/IV078.</summary>
public sealed class OmvangcontroleTests
{
    private static DateOnly D(int jaar, int maand, int dag) => new(jaar, maand, dag);

    [Fact]
    public void Calendar_weeks_are_counted_by_week_number_as_in_the_IV077_example()
    {
        Omvangcontrole.Weken(D(2025, 10, 7), D(2025, 10, 31)).Should().Be(4);
        Omvangcontrole.Weken(D(2025, 11, 1), D(2025, 11, 30)).Should().Be(5);
        Omvangcontrole.Weken(D(2025, 12, 1), D(2025, 12, 30)).Should().Be(5);
        Omvangcontrole.Weken(D(2025, 10, 7), D(2025, 12, 30)).Should().Be(13, "week 41 t/m 52 + week 1: 13 weken × 3 uur = 39 uur");
    }

    [Fact]
    public void Per_week_the_month_may_hold_its_calendar_weeks_times_the_volume_TR321_IV077()
    {
        // 120 minutes per week; October 2026 touches weeks 40–44: 5 × 120 = 600 minutes.
        var t = T() with { Omvang = new Omvang(120, "01", "2") };
        Bouw([t], [R(t, 5, 300), R(t, 20, 300)]).Regels.Should().ContainSingle();
        var over = Bouw([t], [R(t, 5, 300), R(t, 20, 301)]);
        over.Regels.Should().BeEmpty();
        over.Bezwaren.Should().ContainSingle(b => b.Code == "TR321" && b.Blokkeert).Which.Melding.Should()
            .Contain(t.Nummer).And.Contain("PO-B").And.Contain("oktober 2026").And.Contain("601 minuten").And.Contain("600 minuten").And.Contain("5 kalenderweken");
    }

    [Fact]
    public void Huishoudelijke_hulp_per_week_may_hold_6_weeks_in_a_month_TR321()
    {
        var t = T(product: "SH", categorie: "01") with { Omvang = new Omvang(60, "01", "2") };
        Bouw([t], [R(t, 5, 360)], tarief: 32.40m).Regels.Should().ContainSingle();
        Bouw([t], [R(t, 5, 361)], tarief: 32.40m).Bezwaren.Should().Contain(b => b.Code == "TR321");
    }

    [Fact]
    public void Per_month_a_broken_month_still_allows_the_full_volume_IV078_and_hours_compare_with_minutes_TR341()
    {
        var t = T(ingang: D(2026, 10, 14), einde: D(2026, 12, 13)) with { Omvang = new Omvang(15, "04", "4") };
        Bouw([t], [R(t, 20, 900)]).Regels.Should().ContainSingle();
        Bouw([t], [R(t, 20, 901)]).Bezwaren.Should().ContainSingle(b => b.Code == "TR321").Which.Melding.Should().Contain("900 minuten").And.Contain("15 uur per maand");
    }

    [Fact]
    public void The_total_over_the_toewijzing_counts_what_earlier_323s_declared_TR322()
    {
        // 60 minutes per week from 1 September to 31 October 2026: weeks 36–44 = 9 weeks = 540 minutes.
        var t = T(ingang: D(2026, 9, 1), einde: D(2026, 10, 31)) with { Omvang = new Omvang(60, "01", "2") };
        var eerder = new Dictionary<Guid, Gedeclareerd> { [t.Id] = new(300, "01", 31200) };
        Bouw([t], [R(t, 5, 240)], eerder: eerder).Regels.Should().ContainSingle();
        var over = Bouw([t], [R(t, 5, 241)], eerder: eerder);
        over.Regels.Should().BeEmpty();
        over.Bezwaren.Should().ContainSingle(b => b.Code == "TR322" && b.Blokkeert).Which.Melding.Should()
            .Contain("300 minuten eerder gedeclareerd").And.Contain("541 minuten").And.Contain("540 minuten").And.Contain("9 kalenderweken");
    }

    [Fact]
    public void A_traject_already_declared_is_not_declared_again_TR322()
    {
        var t = T(eenheid: "82", product: "AD-VV", categorie: "10", ingang: D(2026, 8, 1), einde: D(2026, 10, 20)) with { Omvang = new Omvang(1, "82", "6") };
        var eerder = new Dictionary<Guid, Gedeclareerd> { [t.Id] = new(1, "82", 70380) };
        Bouw([t], [R(t, 6, 60)], tarief: 703.80m, eerder: eerder).Bezwaren.Should().ContainSingle(b => b.Code == "TR322");
    }

    [Fact]
    public void The_amounts_stay_within_the_budget_TR369()
    {
        var t = T() with { Budget = 50_000 };
        var eerder = new Dictionary<Guid, Gedeclareerd> { [t.Id] = new(300, "01", 40_000) };
        Bouw([t], [R(t, 5, 60)], eerder: eerder).Regels.Should().ContainSingle(); // 62,40 → 460,40 in total
        Bouw([t], [R(t, 5, 120)], eerder: eerder).Bezwaren.Should().ContainSingle(b => b.Code == "TR369").Which.Melding.Should()
            .Contain("€ 400,00").And.Contain("€ 124,80").And.Contain("€ 524,80").And.Contain("€ 500,00");
    }
}
