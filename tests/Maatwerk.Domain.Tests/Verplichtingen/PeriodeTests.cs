using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Domain.Tests.Verplichtingen;

/// <summary>Periods as subjects of period obligations (issue 9; DEV-Art8.1 counts from the end of a month).</summary>
public sealed class PeriodeTests
{
    [Theory]
    [InlineData("maand", "2026-02-14", "2026-02-01", "2026-02-28", "februari 2026")]
    [InlineData("maand", "2024-02-29", "2024-02-01", "2024-02-29", "februari 2024")]
    [InlineData("kwartaal", "2026-11-10", "2026-10-01", "2026-12-31", "4e kwartaal 2026")]
    [InlineData("kwartaal", "2026-03-31", "2026-01-01", "2026-03-31", "1e kwartaal 2026")]
    [InlineData("jaar", "2026-07-01", "2026-01-01", "2026-12-31", "2026")]
    public void A_date_lies_in_one_period_of_each_kind(string soort, string datum, string begin, string einde, string naam)
    {
        var p = Periode.Containing(soort, DateOnly.Parse(datum));
        (p.Begin, p.Einde, p.Name).Should().Be((DateOnly.Parse(begin), DateOnly.Parse(einde), naam));
    }

    [Fact]
    public void Only_periods_that_ended_before_today_are_listed_from_the_start_on()
    {
        var maanden = Periode.EndedBetween(Periode.Maand, new DateOnly(2026, 8, 15), new DateOnly(2026, 11, 10)).ToList();
        maanden.Select(p => p.Name).Should().Equal("augustus 2026", "september 2026", "oktober 2026");
        Periode.EndedBetween(Periode.Maand, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)).Should().BeEmpty("November ends on the 30th: it has not ended before that day");
        Periode.EndedBetween(Periode.Maand, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1)).Single().Name.Should().Be("november 2026");
    }

    [Fact]
    public void The_subject_id_is_stable_per_contract_and_period_and_differs_otherwise()
    {
        var (a, b) = (Guid.Parse("6d1c6b0e-3f5a-4a51-9d3e-0c7f6d2e8a11"), Guid.Parse("0f3e2d1c-8b7a-4c69-9e5d-4c3b2a190817"));
        var oktober = Periode.Containing(Periode.Maand, new DateOnly(2026, 10, 5));
        oktober.SubjectId(a).Should().Be(Periode.Containing(Periode.Maand, new DateOnly(2026, 10, 31)).SubjectId(a));
        oktober.SubjectId(a).Should().NotBe(oktober.SubjectId(b)).And.NotBe(oktober.Next().SubjectId(a))
            .And.NotBe(Periode.Containing(Periode.Kwartaal, new DateOnly(2026, 10, 5)).SubjectId(a));
        oktober.SubjectId(a).ToString()[14].Should().Be('8', "a name-based UUID of version 8");
    }

    [Fact]
    public void Overlap_with_care_counts_the_first_and_last_day()
    {
        var oktober = Periode.Containing(Periode.Maand, new DateOnly(2026, 10, 1));
        oktober.Overlaps(new DateOnly(2026, 10, 31), null).Should().BeTrue();
        oktober.Overlaps(new DateOnly(2026, 3, 1), new DateOnly(2026, 10, 1)).Should().BeTrue();
        oktober.Overlaps(new DateOnly(2026, 11, 1), null).Should().BeFalse();
        oktober.Overlaps(new DateOnly(2026, 3, 1), new DateOnly(2026, 9, 30)).Should().BeFalse();
    }
}
