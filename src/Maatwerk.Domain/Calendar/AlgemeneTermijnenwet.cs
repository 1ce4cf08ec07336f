namespace Maatwerk.Domain.Calendar;

/// <summary>The days of art. 3 lid 1 and lid 2 Algemene Termijnenwet for a year.</summary>
public static class AlgemeneTermijnenwet
{
    public static IReadOnlyList<Feestdag> Lid1(int year)
    {
        var pasen = Pasen.EerstePaasdag(year);
        var lid1 = FeestdagGrond.AtwLid1;
        return
        [
            new(new DateOnly(year, 1, 1), "Nieuwjaarsdag", lid1),
            new(pasen.AddDays(1), "Tweede Paasdag", lid1),
            new(Koningsdag(year), year >= 2014 ? "Koningsdag" : "Koninginnedag", lid1),
            new(new DateOnly(year, 5, 5), "Vijfde mei", lid1),
            new(pasen.AddDays(39), "Hemelvaartsdag", lid1),
            new(pasen.AddDays(50), "Tweede Pinksterdag", lid1),
            new(new DateOnly(year, 12, 25), "Eerste Kerstdag", lid1),
            new(new DateOnly(year, 12, 26), "Tweede Kerstdag", lid1),
        ];
    }

    public static Feestdag GoedeVrijdag(int year) =>
        new(Pasen.EerstePaasdag(year).AddDays(-2), "Goede Vrijdag", FeestdagGrond.GoedeVrijdag);

    /// <summary>The day the King's birthday is celebrated: 27 April, or 26 April when the 27th is a Sunday
    /// (before 2014: Koninginnedag 30 April, or 29 April when the 30th is a Sunday).</summary>
    public static DateOnly Koningsdag(int year)
    {
        var day = year >= 2014 ? new DateOnly(year, 4, 27) : new DateOnly(year, 4, 30);
        return day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-1) : day;
    }
}
