using Maatwerk.Domain.Calendar;

namespace Maatwerk.Domain.Tests.Calendar;

public class FeestdagenTests
{
    [Theory]
    [InlineData(2020, "2020-04-12")]
    [InlineData(2021, "2021-04-04")]
    [InlineData(2022, "2022-04-17")]
    [InlineData(2023, "2023-04-09")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2031, "2031-04-13")]
    [InlineData(2032, "2032-03-28")]
    [InlineData(2033, "2033-04-17")]
    [InlineData(2034, "2034-04-09")]
    [InlineData(2035, "2035-03-25")]
    public void EerstePaasdag_2020_tot_2035(int year, string expected) =>
        Pasen.EerstePaasdag(year).Should().Be(DateOnly.Parse(expected));

    [Theory]
    [InlineData(2024, "2024-03-29", "2024-04-01", "2024-05-09", "2024-05-20")]
    [InlineData(2025, "2025-04-18", "2025-04-21", "2025-05-29", "2025-06-09")]
    [InlineData(2026, "2026-04-03", "2026-04-06", "2026-05-14", "2026-05-25")]
    [InlineData(2035, "2035-03-23", "2035-03-26", "2035-05-03", "2035-05-14")]
    public void Paasafhankelijke_dagen_zijn_geen_werkdag(int year, string goedeVrijdag, string paasmaandag, string hemelvaart, string pinkstermaandag)
    {
        var kalender = WerkdagCalendar.Standaard;
        foreach (var d in new[] { goedeVrijdag, paasmaandag, hemelvaart, pinkstermaandag })
            kalender.IsWerkdag(DateOnly.Parse(d)).Should().BeFalse($"{d} is een feestdag in {year}");
        kalender.Feestdag(DateOnly.Parse(goedeVrijdag))!.Grond.Should().Be(FeestdagGrond.GoedeVrijdag);
        kalender.Feestdag(DateOnly.Parse(hemelvaart))!.Naam.Should().Be("Hemelvaartsdag");
    }

    [Theory]
    [InlineData(2020, "2020-04-27")]
    [InlineData(2024, "2024-04-27")] // Saturday: stays on the 27th
    [InlineData(2025, "2025-04-26")] // 27 April 2025 is a Sunday
    [InlineData(2026, "2026-04-27")]
    [InlineData(2031, "2031-04-26")] // 27 April 2031 is a Sunday
    [InlineData(2035, "2035-04-27")]
    public void Koningsdag_valt_op_26_april_als_27_april_een_zondag_is(int year, string expected)
    {
        AlgemeneTermijnenwet.Koningsdag(year).Should().Be(DateOnly.Parse(expected));
        WerkdagCalendar.Standaard.Feestdag(DateOnly.Parse(expected))!.Naam.Should().Be("Koningsdag");
    }

    [Fact]
    public void Koningsdag_2025_op_zaterdag_en_27_april_is_geen_feestdag()
    {
        WerkdagCalendar.Standaard.Feestdag(new DateOnly(2025, 4, 27)).Should().BeNull();
        // Monday 28 April 2025 is an ordinary working day.
        WerkdagCalendar.Standaard.IsWerkdag(new DateOnly(2025, 4, 28)).Should().BeTrue();
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2023)]
    [InlineData(2026)]
    [InlineData(2030)]
    [InlineData(2035)]
    public void Vijf_mei_is_elk_jaar_vrij_en_lid1_heeft_acht_dagen(int year)
    {
        var lid1 = AlgemeneTermijnenwet.Lid1(year);
        lid1.Select(f => f.Datum).Distinct().Should().HaveCount(8);
        lid1.Should().Contain(f => f.Datum == new DateOnly(year, 5, 5));
        lid1.Should().Contain(f => f.Datum == new DateOnly(year, 1, 1) && f.Naam == "Nieuwjaarsdag");
        lid1.Should().Contain(f => f.Datum == new DateOnly(year, 12, 25));
        lid1.Should().Contain(f => f.Datum == new DateOnly(year, 12, 26));
    }

    [Theory]
    [InlineData("2023-04-28")]
    [InlineData("2023-05-19")]
    [InlineData("2024-05-10")]
    [InlineData("2024-12-27")]
    [InlineData("2025-05-30")]
    [InlineData("2026-01-02")]
    [InlineData("2026-05-15")]
    [InlineData("2027-05-07")]
    [InlineData("2028-04-28")]
    [InlineData("2028-05-26")]
    public void Dagen_gelijkgesteld_bij_Koninklijk_Besluit_zijn_geen_werkdag(string datum)
    {
        var d = DateOnly.Parse(datum);
        d.DayOfWeek.Should().Be(DayOfWeek.Friday);
        WerkdagCalendar.Standaard.IsWerkdag(d).Should().BeFalse();
        WerkdagCalendar.Standaard.Feestdag(d)!.Grond.Should().Be(FeestdagGrond.KoninklijkBesluit);
        new WerkdagCalendar(new WerkdagDefinitie { KoninklijkBesluitDagenVrij = false }).IsWerkdag(d).Should().BeTrue();
    }

    [Fact]
    public void KB_dagen_komen_uit_het_databestand_en_zijn_uitbreidbaar_zonder_code()
    {
        KoninklijkBesluit.Dagen.Should().HaveCountGreaterThanOrEqualTo(10);
        var extra = KoninklijkBesluit.Parse("# commentaar\n2029-05-11 vrijdag na Hemelvaart\n");
        var kalender = new WerkdagCalendar(koninklijkBesluitDagen: extra);
        kalender.IsWerkdag(new DateOnly(2029, 5, 11)).Should().BeFalse();
        kalender.IsWerkdag(new DateOnly(2026, 5, 15)).Should().BeTrue("deze kalender kent alleen de opgegeven KB-dagen");
    }

    [Fact]
    public void Ongeldige_KB_regel_geeft_Nederlandse_fout_met_regelnummer()
    {
        var act = () => KoninklijkBesluit.Parse("2026-01-02 ok\n2026-13-01 fout\n");
        act.Should().Throw<FormatException>().WithMessage("*regel 2*2026-13-01*");
    }

    [Fact]
    public void Goede_Vrijdag_kan_per_profiel_werkdag_zijn()
    {
        var kalender = new WerkdagCalendar(new WerkdagDefinitie { GoedeVrijdagVrij = false });
        kalender.IsWerkdag(new DateOnly(2026, 4, 3)).Should().BeTrue();
        WerkdagCalendar.Standaard.IsWerkdag(new DateOnly(2026, 4, 3)).Should().BeFalse();
    }

    [Fact]
    public void Extra_vrije_dag_uit_profiel_telt_niet_als_werkdag()
    {
        var kalender = new WerkdagCalendar(new WerkdagDefinitie
        {
            ExtraVrijeDagen = [new Feestdag(new DateOnly(2026, 6, 3), "Gemeentelijke sluitingsdag", FeestdagGrond.Profiel)],
        });
        kalender.IsWerkdag(new DateOnly(2026, 6, 3)).Should().BeFalse();
        kalender.AddWerkdagen(new DateOnly(2026, 6, 2), 1).Should().Be(new DateOnly(2026, 6, 4));
    }
}
