using System.Collections.Concurrent;
using Maatwerk.Tests.Shared;

namespace Maatwerk.Web.Tests.Support;

/// <summary>The demo database, migrated, seeded and recalculated once per test process and start moment; every
/// <see cref="MaatwerkFactory"/> gets a copy of it. The app's start on a copy is then the same as on a database it
/// seeded itself, except for the time: <see cref="Einde"/> is where the seeding left the clock, and a copy's clock
/// starts there, so that what a test does comes after the demo's own records as it would in a fresh app.</summary>
public sealed class DemoTemplate
{
    private static readonly ConcurrentDictionary<(string Provider, DateTimeOffset Start), Lazy<DemoTemplate>> Templates = new();

    private readonly TestDatabase _database;

    private DemoTemplate(TestDatabase database, DateTimeOffset einde)
    {
        _database = database;
        Einde = einde;
    }

    public DateTimeOffset Einde { get; }

    public static DemoTemplate For(string provider, DateTimeOffset start) =>
        Templates.GetOrAdd((provider, start), key => new Lazy<DemoTemplate>(() => Prepare(key.Provider, key.Start))).Value;

    public TestDatabase NewCopy() => TestDatabase.CopyOf(_database);

    private static DemoTemplate Prepare(string provider, DateTimeOffset start)
    {
        var database = TestDatabase.Create(provider);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => database.Dispose();
        DateTimeOffset einde;
        using (var seeder = new Seeder(database, start))
        {
            _ = seeder.Services; // starts the app: migrations, demo data and the first recalculation
            DemoStart.WaitUntilSettled(database.Options);
            einde = seeder.Tijd.GetUtcNow();
        }
        database.ReleaseConnections();
        return new DemoTemplate(database, einde);
    }

    /// <summary>The app on the template database, seeding it as a fresh app does.</summary>
    private sealed class Seeder(TestDatabase database, DateTimeOffset start) : MaatwerkFactory(database)
    {
        protected override DateTimeOffset Startmoment => start;
    }
}
