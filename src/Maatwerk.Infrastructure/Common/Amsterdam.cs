namespace Maatwerk.Infrastructure.Common;

/// <summary>Moments are stored in UTC; contract days and display use Europe/Amsterdam.</summary>
public static class Amsterdam
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTime Lokaal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone).DateTime;

    public static DateTimeOffset NaarUtc(DateTime lokaal)
    {
        var unspecified = DateTime.SpecifyKind(lokaal, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    public static DateOnly Vandaag(TimeProvider clock) => DateOnly.FromDateTime(Lokaal(clock.GetUtcNow()));

    /// <summary>Start of a local day, as a UTC moment.</summary>
    public static DateTimeOffset BeginVan(DateOnly datum) => NaarUtc(datum.ToDateTime(TimeOnly.MinValue));
}
