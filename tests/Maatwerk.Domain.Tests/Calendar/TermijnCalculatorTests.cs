using Maatwerk.Domain.Calendar;

namespace Maatwerk.Domain.Tests.Calendar;

public class TermijnCalculatorTests
{
    private static readonly TermijnCalculator Rekenaar = new(WerkdagCalendar.Standaard);

    private static DateTime M(string s) => DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-04-24T00:00", "2026-04-28T00:00")] // Fri counted fully; Sat, Sun, Koningsdag paused
    [InlineData("2026-05-13T14:30", "2026-05-18T14:30")] // Wed 9.5 h; Hemelvaart, KB Friday, weekend paused
    [InlineData("2026-04-25T11:00", "2026-04-29T00:00")] // received on Saturday: clock starts Tue 28 00:00
    [InlineData("2026-03-27T10:00", "2026-03-30T10:00")] // over the DST weekend
    [InlineData("2026-04-21T09:15", "2026-04-22T09:15")]
    public void WerkUren_24_uur_zonder_zaterdag_zondag_en_feestdagen_DEV_Art4_5(string ontvangen, string expected) =>
        Rekenaar.Calculate(M(ontvangen), new Termijn { Basis = Tijdbasis.WerkUren, Aantal = 24 }).Moment.Should().Be(M(expected));

    [Fact]
    public void Uren_tellen_verstreken_tijd_ook_over_zomertijd()
    {
        // 29 March 2026 02:00 → 03:00: 24 elapsed hours after Sat 12:00 is Sun 13:00 wall-clock time.
        var d = Rekenaar.Calculate(M("2026-03-28T12:00"), new Termijn { Basis = Tijdbasis.Uren, Aantal = 24 });
        d.Moment.Should().Be(M("2026-03-29T13:00"));
        d.Format().Should().Be("2026-03-29T13:00");
    }

    [Theory]
    [InlineData("2026-12-31", 1, "2027-02-28")]
    [InlineData("2027-12-31", 1, "2028-02-29")] // leap year
    [InlineData("2031-06-30", 1, "2032-02-29")]
    public void Voor_1_maart_van_jaar_t_plus_1_is_laatste_dag_van_februari(string referentie, int jaar, string expected)
    {
        var termijn = new Termijn { Basis = Tijdbasis.VasteDatum, Datum = new DagInJaar(3, 1), JaarOffset = jaar, Voor = true };
        Rekenaar.Calculate(DateOnly.Parse(referentie), termijn).Datum.Should().Be(DateOnly.Parse(expected));
    }

    [Fact]
    public void Venster_tweede_kwartaal()
    {
        var termijn = new Termijn { Basis = Tijdbasis.Venster, VensterVan = new DagInJaar(4, 1), Datum = new DagInJaar(6, 30) };
        var d = Rekenaar.Calculate(new DateOnly(2026, 1, 1), termijn);
        d.Vanaf.Should().Be(new DateOnly(2026, 4, 1));
        d.Datum.Should().Be(new DateOnly(2026, 6, 30));
    }

    [Theory]
    [InlineData("2026-08-31", 6, "2027-02-28")]
    [InlineData("2026-04-30", -2, "2026-02-28")]
    [InlineData("2024-01-31", 1, "2024-02-29")]
    public void Maanden_worden_afgekapt_op_het_einde_van_de_maand(string start, int n, string expected) =>
        Rekenaar.Calculate(DateOnly.Parse(start), new Termijn { Basis = Tijdbasis.Maanden, Aantal = n }).Datum.Should().Be(DateOnly.Parse(expected));

    [Fact]
    public void Weken_zijn_zeven_kalenderdagen_en_onverwijld_heeft_geen_verstrijkmoment()
    {
        Rekenaar.Calculate(new DateOnly(2026, 4, 24), new Termijn { Basis = Tijdbasis.Weken, Aantal = 2 }).Datum.Should().Be(new DateOnly(2026, 5, 8));
        var direct = Rekenaar.Calculate(new DateOnly(2026, 4, 24), new Termijn { Basis = Tijdbasis.Onverwijld });
        direct.Onverwijld.Should().BeTrue();
        direct.Elapsed(new DateTime(2027, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void NaarWerkdag_schuift_een_deadline_op_een_vrije_dag_door()
    {
        var termijn = new Termijn { Basis = Tijdbasis.Kalenderdagen, Aantal = 3, NaarWerkdag = true };
        Rekenaar.Calculate(new DateOnly(2026, 4, 24), termijn).Datum.Should().Be(new DateOnly(2026, 4, 28));
    }

    [Fact]
    public void Vanaf_geeft_de_vroegste_datum_van_een_venster_relatief_aan_de_gebeurtenis()
    {
        var termijn = new Termijn { Basis = Tijdbasis.Kalenderdagen, Aantal = 0, Vanaf = new Termijn { Basis = Tijdbasis.Maanden, Aantal = -3 } };
        var d = Rekenaar.Calculate(new DateOnly(2026, 5, 31), termijn);
        d.Vanaf.Should().Be(new DateOnly(2026, 2, 28));
        d.Datum.Should().Be(new DateOnly(2026, 5, 31));
    }

    [Theory]
    [InlineData("2026-04-22T16:00", "2026-04-22T16:00")] // within office hours
    [InlineData("2026-04-22T07:30", "2026-04-22T09:00")] // before opening
    [InlineData("2026-04-22T17:01", "2026-04-23T09:00")] // after closing
    [InlineData("2026-04-25T10:00", "2026-04-28T09:00")] // Saturday, then Sunday and Koningsdag
    public void Kantooruren_schuiven_naar_de_volgende_opening_AMB_15(string moment, string verwacht)
    {
        var uren = new Kantooruren(new TimeOnly(9, 0), new TimeOnly(17, 0));
        Rekenaar.ToKantooruren(M(moment), uren).Should().Be(M(verwacht));
    }
}
