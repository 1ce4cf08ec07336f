using Maatwerk.Domain.Calendar;

namespace Maatwerk.Domain.Tests.Calendar;

public class WerkdagenTests
{
    private static readonly WerkdagCalendar Kalender = WerkdagCalendar.Standaard;

    [Theory]
    [InlineData("2026-04-24", 1, "2026-04-28")] // Fri → Koningsdag Mon 27 skipped
    [InlineData("2026-04-24", 5, "2026-05-04")]
    [InlineData("2026-04-30", 3, "2026-05-06")] // 5 mei skipped
    [InlineData("2026-05-13", 1, "2026-05-18")] // Hemelvaart + KB-vrijdag + weekend
    [InlineData("2026-04-02", 1, "2026-04-07")] // Goede Vrijdag + Pasen + Paasmaandag
    [InlineData("2026-12-24", 2, "2026-12-29")] // Kerst
    [InlineData("2025-12-31", 1, "2026-01-05")] // Nieuwjaar Thu, KB Fri 2 Jan, weekend
    [InlineData("2026-05-18", -1, "2026-05-13")]
    [InlineData("2026-04-24", 0, "2026-04-24")]
    public void AddWerkdagen_slaat_weekend_en_feestdagen_over(string start, int n, string expected) =>
        Kalender.AddWerkdagen(DateOnly.Parse(start), n).Should().Be(DateOnly.Parse(expected));

    [Theory]
    [InlineData("2026-04-24", "2026-05-04", 5)]
    [InlineData("2026-05-04", "2026-04-24", -5)]
    [InlineData("2026-04-25", "2026-04-26", 0)]
    public void CountWerkdagen(string van, string tot, int expected) =>
        Kalender.CountWerkdagen(DateOnly.Parse(van), DateOnly.Parse(tot)).Should().Be(expected);

    public static IEnumerable<object[]> Years() => Enumerable.Range(2020, 16).Select(y => new object[] { y });

    [Theory]
    [MemberData(nameof(Years))]
    public void Eigenschap_n_werkdagen_optellen_en_terugtellen_geeft_het_begin(int year)
    {
        var kalender = new WerkdagCalendar();
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            foreach (var n in new[] { 1, 2, 3, 5, 7, 10, 23 })
            {
                var eind = kalender.AddWerkdagen(d, n);
                kalender.IsWerkdag(eind).Should().BeTrue($"{d} + {n} werkdagen = {eind} moet een werkdag zijn");
                kalender.CountWerkdagen(d, eind).Should().Be(n);
                var terug = kalender.AddWerkdagen(eind, -n);
                if (kalender.IsWerkdag(d)) terug.Should().Be(d);
                else terug.Should().Be(kalender.AddWerkdagen(d, -1), "van een vrije dag terugtellen eindigt op de werkdag ervoor");
            }
        }
    }

    [Fact]
    public void Eigenschap_seeded_willekeurige_data_en_aantallen()
    {
        var random = new Random(20260424);
        var kalender = new WerkdagCalendar();
        for (var i = 0; i < 5000; i++)
        {
            var start = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 365 * 15));
            var n = random.Next(1, 60);
            var eind = kalender.AddWerkdagen(start, n);
            kalender.IsWerkdag(eind).Should().BeTrue();
            eind.Should().BeAfter(start);
            kalender.CountWerkdagen(start, eind).Should().Be(n);
            kalender.AddWerkdagen(kalender.OnOrAfterWerkdag(start), n).Should().BeOnOrAfter(eind);
        }
    }

    [Fact]
    public void Aantal_werkdagen_per_jaar_klopt_voor_2026()
    {
        // 2026: 261 weekdays; holidays on weekdays: 1 Jan, 2 Jan (KB), Goede Vrijdag, Paasmaandag, Koningsdag (Mon),
        // 5 mei (Tue), Hemelvaart, 15 May (KB), Pinkstermaandag, 25 Dec (Fri) = 10 → 251 working days.
        Kalender.CountWerkdagen(new DateOnly(2025, 12, 31), new DateOnly(2026, 12, 31)).Should().Be(251);
    }
}
