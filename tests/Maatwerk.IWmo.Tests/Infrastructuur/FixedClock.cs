namespace Maatwerk.IWmo.Tests.Infrastructuur;

/// <summary>A clock that stands still, so no test reads the machine's date.</summary>
public sealed class FixedClock(DateTimeOffset moment) : TimeProvider
{
    /// <summary>2026-01-01 10:00 UTC: after every official example's Dagtekening.</summary>
    public static readonly FixedClock Standaard = new(new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => moment;
}
