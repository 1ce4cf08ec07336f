using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Domain.Tests.Declaraties;

/// <summary>Building the month's WMO323 lines from registrations, per the iWmo instructions.</summary>
public sealed class DeclaratieopbouwTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);
    private static readonly DateOnly Oktober = new(2026, 10, 1);
    private static Tijdregels Deventer => Tijdregels.Uit(RepoProfiles.Profiel("deventer-wmo-2023"));

    private static DeclareerbareToewijzing T(string eenheid = "01", DateOnly? ingang = null, DateOnly? einde = null, string? code = "PO-B", Tijdregels? regels = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "26000001", "999990019", "02", code, "PO-B", ingang ?? new DateOnly(2026, 1, 1), einde, eenheid, regels ?? Deventer);

    private static Tijdregistratie R(DeclareerbareToewijzing t, int dag, int minuten, Tijdsoort soort = Tijdsoort.Direct) =>
        new() { ToewijzingId = t.Id, Datum = new DateOnly(2026, 10, dag), Minuten = minuten, Soort = soort };

    private static Tariefbepaling.GeldendTarief Tarief(decimal bedrag) => new(new DateOnly(2023, 1, 1), bedrag, null, false, "contractprofiel", "DEV-Art7");

    private static Declaratieopbouw.Uitkomst Bouw(DeclareerbareToewijzing t, params Tijdregistratie[] r) =>
        Declaratieopbouw.Bouw(Oktober, [t], r, (_, _) => Tarief(62.40m), (_, d) => $"geen tarief op {d:dd-MM-yyyy}", Vandaag);

    [Fact]
    public void One_line_per_toewijzing_and_month_in_minutes_with_amounts_in_cents_TR389_IV024_IV081()
    {
        var t = T();
        var uitkomst = Bouw(t, R(t, 5, 45), R(t, 12, 60), R(t, 20, 50));
        var regel = uitkomst.Regels.Should().ContainSingle().Subject;
        (regel.GeleverdVolume, regel.Eenheid, regel.ProductTarief, regel.IngediendBedrag).Should().Be((155L, "01", 104L, 16120L));
        (regel.Begindatum, regel.Einddatum).Should().Be((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));
        uitkomst.Totaal.Should().Be(16120);
    }

    [Fact]
    public void Per_minute_tariff_is_rounded_half_up_but_the_amount_uses_the_hourly_tariff_IV081()
    {
        var t = T();
        var regel = Declaratieopbouw.Bouw(Oktober, [t], [R(t, 5, 7)], (_, _) => Tarief(65.45m), (_, _) => "", Vandaag).Regels.Single();
        regel.ProductTarief.Should().Be(109, "65,45 / 60 = 1,0908 → 109 cent");
        regel.IngediendBedrag.Should().Be(764, "65,45 × 7 / 60 = 7,6358 → 764 cent");
    }

    [Fact]
    public void The_period_is_clipped_to_the_toewijzing_TR387_TR388()
    {
        var t = T(ingang: new DateOnly(2026, 10, 10), einde: new DateOnly(2026, 10, 24));
        var regel = Bouw(t, R(t, 12, 60)).Regels.Single();
        (regel.Begindatum, regel.Einddatum).Should().Be((new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 24)));
    }

    [Theory]
    [InlineData(29, 1)]
    [InlineData(89, 1)]
    [InlineData(90, 2)]
    [InlineData(149, 2)]
    [InlineData(150, 3)]
    public void Hours_are_rounded_per_period_under_30_minutes_down_30_or_more_up_at_least_one_IV079(int minuten, long uren)
    {
        Declaratieopbouw.Uren(minuten).Should().Be(uren);
        var t = T(eenheid: "04", regels: Tijdregels.Geen);
        var regel = Bouw(t, R(t, 3, minuten)).Regels.Single();
        (regel.GeleverdVolume, regel.ProductTarief, regel.IngediendBedrag).Should().Be((uren, 6240L, uren * 6240));
    }

    [Fact]
    public void Indirect_time_is_not_declared_under_Deventer_DEV_Art8_3_and_the_preflight_says_so()
    {
        var t = T();
        var uitkomst = Bouw(t, R(t, 5, 60), R(t, 5, 30, Tijdsoort.Indirect));
        uitkomst.Regels.Single().GeleverdVolume.Should().Be(60);
        uitkomst.Bezwaren.Should().ContainSingle(b => b.Code == "DEV-Art8.3" && !b.Blokkeert && b.Melding.Contains("30 minuten"));
    }

    [Fact]
    public void Without_a_tariff_the_line_is_blocked_naming_product_and_date_TR418()
    {
        var t = T();
        var uitkomst = Declaratieopbouw.Bouw(Oktober, [t], [R(t, 5, 60)], (_, _) => null, (x, d) => $"Er geldt geen tarief voor {x.Productcode} op {d:dd-MM-yyyy}", Vandaag);
        uitkomst.Regels.Should().BeEmpty();
        uitkomst.Bezwaren.Should().ContainSingle(b => b.Code == "TR418" && b.Blokkeert && b.Melding.Contains("PO-B") && b.Melding.Contains("01-10-2026"));
    }

    [Fact]
    public void A_month_that_has_not_ended_and_a_toewijzing_without_product_code_are_not_declared()
    {
        var t = T();
        Declaratieopbouw.Bouw(new DateOnly(2026, 11, 1), [t], [new Tijdregistratie { ToewijzingId = t.Id, Datum = new DateOnly(2026, 11, 2), Minuten = 60 }],
            (_, _) => Tarief(62.40m), (_, _) => "", Vandaag).Bezwaren.Should().ContainSingle(b => b.Code == "TR137" && b.Melding.Contains("november 2026"));
        var perCategorie = T(code: null);
        Bouw(perCategorie, R(perCategorie, 5, 60)).Bezwaren.Should().ContainSingle(b => b.Code == "CD080" && b.Blokkeert);
    }
}
