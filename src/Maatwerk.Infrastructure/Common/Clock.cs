using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Maatwerk.Infrastructure.Common;

/// <summary>
/// The platform's one clock: "now" (UTC) and "today in Amsterdam" from the registered <see cref="TimeProvider"/>. Pages,
/// endpoints, services, jobs, seeding and the command line all ask this (or <see cref="Amsterdam.Today"/> with the same
/// provider); nothing reads the machine date or the server's own time zone. Tests replace the provider with a fake
/// clock; a running app can be given a pinned start with <see cref="VastSleutel"/>.
/// </summary>
public sealed class Clock(TimeProvider tijd)
{
    /// <summary>Configuration key: an ISO 8601 instant with offset (e.g. <c>2026-11-10T08:30:00Z</c>). The app's clock
    /// starts at that instant and runs on from there. Honoured in every environment, with a warning at start-up.</summary>
    public const string VastSleutel = "Klok:Vast";

    /// <summary>The same key as an environment variable (for the command line and processes started by tests).</summary>
    public const string VastOmgevingsvariabele = "Klok__Vast";

    public TimeProvider Tijd => tijd;

    /// <summary>Started at a configured instant (<see cref="VastSleutel"/>) instead of the real date.</summary>
    public bool IsVastgezet => tijd is ShiftedClock;

    /// <summary>The current moment (UTC).</summary>
    public DateTimeOffset Nu => tijd.GetUtcNow();

    /// <summary>Today in Europe/Amsterdam: the date of contract days, deadlines and message dates.</summary>
    public DateOnly Vandaag => Amsterdam.Today(tijd);

    /// <summary>The time of day in Europe/Amsterdam.</summary>
    public TimeOnly Tijdstip => TimeOnly.FromDateTime(Amsterdam.Local(tijd.GetUtcNow()));

    /// <summary>The clock for a configured pinned start (<see cref="VastSleutel"/>), else the system clock.</summary>
    /// <exception cref="FormatException">The value is not an ISO 8601 instant with an offset.</exception>
    public static TimeProvider Create(string? vast)
    {
        if (string.IsNullOrWhiteSpace(vast))
            return TimeProvider.System;
        return new ShiftedClock(ReadMoment(vast), TimeProvider.System);
    }

    /// <summary>Parses the pinned instant. An offset (Z or +01:00) is required: a moment without one would depend on
    /// the machine's time zone, which is exactly what this clock avoids.</summary>
    public static DateTimeOffset ReadMoment(string tekst)
    {
        var t = tekst.Trim();
        var heeftOffset = t.EndsWith('Z') || t.EndsWith('z') || (t.Length > 6 && t[^6] is '+' or '-' && t[^3] == ':');
        if (!heeftOffset || !DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
            throw new FormatException($"{VastSleutel} '{tekst}' is geen ISO 8601-moment met tijdzone, bijvoorbeeld 2026-11-10T08:30:00Z of 2026-11-10T09:30:00+01:00.");
        return moment.ToUniversalTime();
    }
}

/// <summary>A clock that starts at a given instant and then runs at the pace of its base clock (a pinned start for
/// end-to-end tests and demos). Timers and timestamps are those of the base clock.</summary>
public sealed class ShiftedClock(DateTimeOffset start, TimeProvider basis) : TimeProvider
{
    private readonly long _begin = basis.GetTimestamp();

    public DateTimeOffset Start => start;

    public override DateTimeOffset GetUtcNow() => start + basis.GetElapsedTime(_begin);

    public override long GetTimestamp() => basis.GetTimestamp();

    public override long TimestampFrequency => basis.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        basis.CreateTimer(callback, state, dueTime, period);
}

public static class ClockRegistration
{
    /// <summary>Registers the platform clock: <see cref="TimeProvider"/> (system, or pinned by <see cref="Clock.VastSleutel"/>)
    /// and <see cref="Clock"/>. Tests replace the <see cref="TimeProvider"/> registration; <see cref="Clock"/> follows it.</summary>
    public static IServiceCollection AddMaatwerkClock(this IServiceCollection services, IConfiguration configuration)
    {
        // Added, not tried: a framework default registered later with TryAdd must not replace the platform clock.
        services.AddSingleton(Clock.Create(configuration[Clock.VastSleutel]));
        services.TryAddSingleton(sp => new Clock(sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
