using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Maatwerk.Web.Tests.Support;

/// <summary>The real application on a fresh database with the Dutch demo data, on the provider this test run uses
/// (MAATWERK_TEST_DB: sqlite or postgres), on a pinned clock: tests never read the machine date.</summary>
public class MaatwerkFactory : WebApplicationFactory<Program>
{
    private TestDatabase? _database;
    private readonly bool _seedsItself;

    // A test process starts some eighty apps, and each app's web root file provider (asp-append-version in the layout) and
    // configuration reload held an inotify watcher until the garbage collector freed it: 80-90 at once, against a Linux default
    // of 128 per user shared with every other process of that user. Tests need neither: poll instead, and do not reload.
    static MaatwerkFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public MaatwerkFactory()
    {
        // Every read of the clock moves it on by a millisecond, as a real clock would between two actions, so that
        // messages and events keep the order they were made in; the date stays that of the start.
        Tijd = new FakeTimeProvider(Startmoment) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
    }

    /// <summary>The app on <paramref name="database"/>, which it migrates and seeds itself at its start (used to make the
    /// <see cref="DemoTemplate"/>).</summary>
    protected MaatwerkFactory(TestDatabase database) : this()
    {
        _database = database;
        _seedsItself = true;
    }

    /// <summary>This factory's database: a copy of the seeded demo database of its start moment
    /// (<see cref="DemoTemplate"/>), made when the app starts.</summary>
    private TestDatabase Database
    {
        get
        {
            if (_database is null)
            {
                var template = DemoTemplate.For(TestDatabase.SelectedProvider, Startmoment);
                Tijd.SetUtcNow(template.Einde);
                _database = template.NewCopy();
            }
            return _database;
        }
    }

    /// <summary>The application's clock (its <see cref="TimeProvider"/>).</summary>
    public FakeTimeProvider Tijd { get; }

    /// <summary>Today in Amsterdam on the application's clock.</summary>
    public DateOnly Vandaag => Amsterdam.Today(Tijd);

    /// <summary>Where the clock starts: <see cref="TestClock.Moment"/> (see there why that day).</summary>
    protected virtual DateTimeOffset Startmoment => TestClock.Moment;

    protected virtual bool TotpVerplicht => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Options.Provider);
        builder.UseSetting("Database:ConnectionString", Database.Options.ConnectionString);
        builder.UseSetting("Database:DemoData", "true");
        builder.UseSetting("Security:InlogpogingenPerMinuut", "100000");
        builder.UseSetting("Security:TotpVerplicht", TotpVerplicht ? "true" : "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Tijd));
    }

    /// <summary>A direct view on the test database (the app is started first, so it is migrated and seeded).</summary>
    public MaatwerkDbContext NewDbContext()
    {
        _ = Services;
        return DatabaseSetup.CreateContext(Database.Options, klok: Tijd);
    }

    public T WithDb<T>(Func<MaatwerkDbContext, T> query)
    {
        using var db = NewDbContext();
        return query(db);
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_seedsItself)
            _database?.Dispose();
    }
}

public sealed class TotpRequiredFactory : MaatwerkFactory
{
    protected override bool TotpVerplicht => true;
}
