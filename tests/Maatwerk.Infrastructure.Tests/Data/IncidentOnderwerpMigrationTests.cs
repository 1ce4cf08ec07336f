using Maatwerk.Domain.Incidenten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Migrations;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Tests.Data;

/// <summary>The data step of migration 20261203000000_IncidentOnderwerp (issue 14), on SQLite and PostgreSQL: events
/// and obligations about a stored incident move from subject kind "melding" to "incident"; those about an OCO melding
/// (any other id) keep "melding".</summary>
public sealed class IncidentOnderwerpMigrationTests
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Only_incident_subjects_are_renamed(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var ocoMelding = Guid.NewGuid();
        Guid incidentId;
        using (var db = DatabaseSetup.CreateContext(database.Options))
        {
            db.Database.Migrate();
            var contract = DemoData.AddBase(db).Contracten[0];
            var incident = new Incident
            {
                AanbiederId = contract.AanbiederId, ContractId = contract.Id, Soort = "calamiteit", Titel = "Val", Omschrijving = "Val in de badkamer",
                Voorgevallen = TestClock.Moment.AddDays(-2), Ontdekt = TestClock.Moment.AddDays(-1), GeregistreerdDoor = "test", GeregistreerdOp = TestClock.Moment,
            };
            db.Add(incident);
            incidentId = incident.Id;
            foreach (var (id, toelichting) in new[] { (incident.Id, "incident"), (ocoMelding, "oco") })
                db.Gebeurtenissen.Add(new ContractGebeurtenis
                {
                    ContractId = contract.Id, Soort = "calamiteit", Moment = TestClock.Moment, Toelichting = toelichting, GeregistreerdDoor = "test",
                    OnderwerpSoort = IncidentGebeurtenis.Onderwerp, OnderwerpId = id,
                });
            db.SaveChanges();
            db.Database.ExecuteSqlRaw("""UPDATE gebeurtenissen SET "OnderwerpSoort" = 'melding' WHERE "GeregistreerdDoor" = 'test'""");
            db.Database.ExecuteSqlRaw(IncidentOnderwerp.Hernoem("gebeurtenissen", "melding", "incident"));
        }

        using var na = DatabaseSetup.CreateContext(database.Options);
        na.Gebeurtenissen.Where(g => g.GeregistreerdDoor == "test").ToDictionary(g => g.OnderwerpId!.Value, g => g.OnderwerpSoort)
            .Should().BeEquivalentTo(new Dictionary<Guid, string?> { [incidentId] = "incident", [ocoMelding] = "melding" });
    }
}
