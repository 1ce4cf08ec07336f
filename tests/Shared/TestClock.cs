namespace Maatwerk.Tests.Shared;

/// <summary>
/// The one moment the test suites run at: the web tests' fake clock starts here and the E2E app process is started with
/// <c>Klok:Vast</c> at this instant, so no test depends on the day it runs. Tuesday 10 November 2026, 09:30 in
/// Amsterdam: an ordinary working day in the middle of a month — no weekend or public holiday within the
/// 5-working-day terms around it (longer terms still cross Christmas), a whole previous month for "first of the month"
/// and temporary-stop cases, winter time (UTC+1) so UTC and Amsterdam dates differ around midnight, and inside every
/// demo contract's term.
/// </summary>
public static class TestClock
{
    public static readonly DateTimeOffset Moment = new(2026, 11, 10, 8, 30, 0, TimeSpan.Zero);

    /// <summary>Today in Amsterdam at <see cref="Moment"/>.</summary>
    public static readonly DateOnly Vandaag = new(2026, 11, 10);

    /// <summary><see cref="Moment"/> as the value of the configuration key Klok:Vast.</summary>
    public static string KlokVast => Moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
