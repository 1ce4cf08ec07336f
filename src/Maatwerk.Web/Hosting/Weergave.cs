using System.Globalization;

namespace Maatwerk.Web.Hosting;

/// <summary>Dates and moments as a Dutch user reads them: dates in Dutch, moments in Europe/Amsterdam.</summary>
public static class Weergave
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Today in Europe/Amsterdam (the server may run in UTC).</summary>
    public static DateOnly Vandaag => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Amsterdam).DateTime);

    public static string Datum(DateOnly? datum) => datum is { } d ? d.ToString("d MMMM yyyy", Nl) : "—";

    public static string Moment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("d MMMM yyyy HH:mm:ss", Nl);

    public static string Bsn(string bsn) => bsn.Length == 9 ? $"{bsn[..4]}.{bsn[4..6]}.{bsn[6..]}" : bsn;
}
