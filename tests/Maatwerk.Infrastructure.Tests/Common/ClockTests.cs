using Maatwerk.Infrastructure.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Maatwerk.Infrastructure.Tests.Common;

public class ClockTests
{
    [Fact]
    public void A_pinned_clock_starts_at_the_configured_instant_and_runs_on()
    {
        var klok = Clock.Create("2026-11-10T09:30:00+01:00");
        var nu = klok.GetUtcNow();
        nu.Should().BeOnOrAfter(new DateTimeOffset(2026, 11, 10, 8, 30, 0, TimeSpan.Zero)).And.BeBefore(new DateTimeOffset(2026, 11, 10, 8, 35, 0, TimeSpan.Zero));
        nu.Offset.Should().Be(TimeSpan.Zero);
        new Clock(klok).Vandaag.Should().Be(new DateOnly(2026, 11, 10));
        new Clock(klok).IsVastgezet.Should().BeTrue();
        Clock.Create(null).Should().BeSameAs(TimeProvider.System);
        Clock.Create(" ").Should().BeSameAs(TimeProvider.System);
    }

    [Theory]
    [InlineData("2026-11-10T08:30:00")]   // no zone: would depend on the machine's time zone
    [InlineData("2026-11-10")]
    [InlineData("morgen")]
    public void A_pinned_instant_needs_an_ISO_moment_with_its_zone(string waarde) =>
        FluentActions.Invoking(() => Clock.Create(waarde)).Should().Throw<FormatException>().WithMessage("Klok:Vast*geen ISO 8601-moment met tijdzone*");

    [Fact]
    public void The_configuration_key_pins_the_registered_clock()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [Clock.VastSleutel] = "2026-11-10T23:30:00Z" }).Build();
        using var services = new ServiceCollection().AddMaatwerkClock(config).BuildServiceProvider();
        var klok = services.GetRequiredService<Clock>();
        klok.Vandaag.Should().Be(new DateOnly(2026, 11, 11), "23:30 UTC in November is 00:30 the next day in Amsterdam");
        klok.Tijd.Should().BeSameAs(services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Library_code_asking_for_local_time_gets_Amsterdam_time_not_the_servers_zone()
    {
        var utc = new FixedTime(new DateTimeOffset(2026, 11, 10, 23, 30, 0, TimeSpan.Zero));
        DateOnly.FromDateTime(utc.GetLocalNow().DateTime).Should().Be(new DateOnly(2026, 11, 10), "this clock's own zone is UTC");
        DateOnly.FromDateTime(Amsterdam.AsLocal(utc).GetLocalNow().DateTime).Should().Be(new DateOnly(2026, 11, 11));
        Amsterdam.AsLocal(utc).GetUtcNow().Should().Be(utc.GetUtcNow());
    }

    private sealed class FixedTime(DateTimeOffset nu) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => nu;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
