using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Migrations;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Tests.Data;

/// <summary>The data step of migration 20261202030000_GebeurtenisAlleenDatum (issue 13), on SQLite and PostgreSQL:
/// events that existed before it are "date only" exactly when their moment is 09:00:00 or 00:00:00 in Europe/Amsterdam,
/// in winter and in summer time alike (the guess the timeline used to make).</summary>
public sealed class GebeurtenisAlleenDatumMigrationTests
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Existing_events_get_the_old_guess(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var verwacht = new Dictionary<string, (DateTimeOffset Moment, bool AlleenDatum)>
        {
            ["winter 09:00"] = (new DateTimeOffset(2026, 11, 6, 8, 0, 0, TimeSpan.Zero), true),
            ["zomer 09:00"] = (new DateTimeOffset(2026, 7, 6, 7, 0, 0, TimeSpan.Zero), true),
            ["zomer 10:00"] = (new DateTimeOffset(2026, 7, 6, 8, 0, 0, TimeSpan.Zero), false),
            ["middernacht"] = (new DateTimeOffset(2026, 11, 5, 23, 0, 0, TimeSpan.Zero), true),
            ["zomertijd begint, 09:00"] = (new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero), true),
            ["wintertijd begint, 09:00"] = (new DateTimeOffset(2026, 10, 25, 8, 0, 0, TimeSpan.Zero), true),
            ["echt moment"] = (new DateTimeOffset(2026, 11, 6, 13, 12, 5, TimeSpan.Zero), false),
            ["09:00 en een beetje"] = (new DateTimeOffset(2026, 11, 6, 8, 0, 0, 250, TimeSpan.Zero), false),
        };
        using (var db = DatabaseSetup.CreateContext(database.Options))
        {
            db.Database.Migrate();
            var contract = DemoData.AddBase(db).Contracten[0];
            foreach (var (naam, (moment, _)) in verwacht)
                db.Gebeurtenissen.Add(new ContractGebeurtenis { ContractId = contract.Id, Soort = "klacht", Moment = moment, Toelichting = naam, GeregistreerdDoor = "test" });
            db.SaveChanges();
            db.Database.ExecuteSqlRaw("""UPDATE gebeurtenissen SET "AlleenDatum" = FALSE""");
            db.Database.ExecuteSqlRaw(GebeurtenisAlleenDatum.Vullen(db.Database.ProviderName));
        }

        using var na = DatabaseSetup.CreateContext(database.Options);
        na.Gebeurtenissen.Where(g => g.GeregistreerdDoor == "test").ToDictionary(g => g.Toelichting!, g => g.AlleenDatum)
            .Should().BeEquivalentTo(verwacht.ToDictionary(v => v.Key, v => v.Value.AlleenDatum));
    }
}
