using Maatwerk.Domain.Clienten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Tests.Data;

/// <summary>Migration 20261129020000_VerplichtingGemeente fills the client's gemeente on obligations that existed before
/// it (issue 9: a gemeente's view filters on that column), on SQLite and PostgreSQL.</summary>
public sealed class VerplichtingGemeenteMigrationTests
{
    private const string Vorige = "20261129010000_PeriodeTracking";

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Existing_obligations_get_their_clients_gemeente_and_organisation_wide_ones_none(string provider)
    {
        using var database = TestDatabase.Create(provider);
        Guid metClient = Guid.NewGuid(), zonderClient = Guid.NewGuid(), gemeente;
        using (var db = DatabaseSetup.CreateContext(database.Options))
        {
            db.GetService<IMigrator>().Migrate(Vorige); // the schema before the column existed
            var basis = DemoData.AddBase(db);
            var client = new Client
            {
                GemeenteId = basis.Deventer.Id, Bsn = "999990019", Voornamen = "Jan", Achternaam = "Jansen", Geboortedatum = new DateOnly(1950, 1, 1),
                Straat = "Brink", Huisnummer = "1", Postcode = "7411AA", Woonplaats = "Deventer",
            };
            db.Clienten.Add(client);
            db.SaveChanges();
            gemeente = basis.Deventer.Id;
            var contract = basis.Contracten[0];
            foreach (var (id, sleutel, clientId) in new[] { (metClient, "a", (Guid?)client.Id), (zonderClient, "b", null) })
                db.Database.ExecuteSql($"""
                    INSERT INTO verplichtingen ("Id", "Versie", "Sleutel", "ContractId", "ClientId", "GebeurtenisId", "RegelId", "Bron", "Omschrijving",
                        "Soort", "Actor", "Deadline", "Onverwijld", "Status", "ProfielId", "ProfielVersie")
                    VALUES ({id}, {Guid.NewGuid()}, {sleutel}, {contract.Id}, {clientId}, {Guid.NewGuid()}, 'R', 'TEST', 'test',
                        'termijn', 'aanbieder', {TestClock.Vandaag}, {false}, {0}, {contract.ProfielId}, {1})
                    """);
        }

        using (var db = DatabaseSetup.CreateContext(database.Options))
            db.Database.Migrate();

        using var na = DatabaseSetup.CreateContext(database.Options);
        na.Verplichtingen.Single(v => v.Id == metClient).GemeenteId.Should().Be(gemeente);
        na.Verplichtingen.Single(v => v.Id == zonderClient).GemeenteId.Should().BeNull();
    }
}
