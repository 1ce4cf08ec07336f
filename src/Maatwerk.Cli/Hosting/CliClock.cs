using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Cli.Hosting;

/// <summary>The command line's clock: the system clock, or a pinned start from the environment variable
/// <c>Klok__Vast</c> (the same setting as <c>Klok:Vast</c> of the web app). Commands take "today" from here, in
/// Europe/Amsterdam, through <see cref="Clock"/>; tests pass their own clock to the modules instead.</summary>
public static class CliClock
{
    public static TimeProvider Current() => Clock.Create(Environment.GetEnvironmentVariable(Clock.VastOmgevingsvariabele));
}
