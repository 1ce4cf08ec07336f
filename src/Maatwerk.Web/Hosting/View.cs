using System.Globalization;

namespace Maatwerk.Web.Hosting;

/// <summary>Dates and moments as a Dutch user reads them: dates in Dutch, moments in Europe/Amsterdam. Today comes from the
/// platform clock (<see cref="Infrastructure.Common.Clock"/>, injected into pages), never from the machine.</summary>
public static class View
{
    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = Infrastructure.Common.Amsterdam.Zone;

    public static string Date(DateOnly? datum) => datum is { } d ? d.ToString("d MMMM yyyy", Nl) : "—";

    /// <summary>A date in a table column: dd-mm-jjjj (issue 13), short and aligned.</summary>
    public static string ShortDate(DateOnly? datum) => datum is { } d ? d.ToString("dd-MM-yyyy", Nl) : "—";

    /// <summary>A moment in a table column: dd-mm-jjjj uu:mm in Europe/Amsterdam.</summary>
    public static string ShortMoment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("dd-MM-yyyy HH:mm", Nl);

    public static string Moment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("d MMMM yyyy HH:mm:ss", Nl);

    public static string Bsn(string bsn) => bsn.Length == 9 ? $"{bsn[..4]}.{bsn[4..6]}.{bsn[6..]}" : bsn;
}
