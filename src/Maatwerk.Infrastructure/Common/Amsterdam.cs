namespace Maatwerk.Infrastructure.Common;

/// <summary>Moments are stored in UTC; contract days and display use Europe/Amsterdam.</summary>
public static class Amsterdam
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTime Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone).DateTime;

    public static DateTimeOffset ToUtc(DateTime lokaal)
    {
        var unspecified = DateTime.SpecifyKind(lokaal, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow()));

    /// <summary>Start of a local day, as a UTC moment.</summary>
    public static DateTimeOffset StartOf(DateOnly datum) => ToUtc(datum.ToDateTime(TimeOnly.MinValue));

    /// <summary>The same clock with Europe/Amsterdam as its local time zone, for library code that asks a
    /// <see cref="TimeProvider"/> for local time (<c>GetLocalNow</c>): it then gets Amsterdam time, never the server's zone.</summary>
    public static TimeProvider AsLocal(TimeProvider clock) => clock.LocalTimeZone == Zone ? clock : new AmsterdamTime(clock);

    private sealed class AmsterdamTime(TimeProvider clock) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => Zone;
        public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();
        public override long GetTimestamp() => clock.GetTimestamp();
        public override long TimestampFrequency => clock.TimestampFrequency;
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            clock.CreateTimer(callback, state, dueTime, period);
    }
}
