using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Migrations;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Tests.Data;

/// <summary>The data steps of migration 20261129020000_VerplichtingGemeente, on SQLite and PostgreSQL: rows that existed
/// before it get their client's gemeente (organisation-wide obligations none) and each toewijzing its urgency. The
/// columns themselves are checked by SchemaMatchesModelTests; the steps run here on a migrated database whose rows are
/// set back to how they were before the migration.</summary>
public sealed class VerplichtingGemeenteMigrationTests
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Existing_rows_get_the_clients_gemeente_and_the_toewijzings_urgency(string provider)
    {
        using var database = TestDatabase.Create(provider);
        Guid toewijzing, gemeente;
        using (var db = DatabaseSetup.CreateContext(database.Options))
        {
            db.Database.Migrate();
            var basis = DemoData.AddBase(db);
            var client = new Client
            {
                GemeenteId = basis.Deventer.Id, Bsn = "999990019", Voornamen = "Jan", Achternaam = "Jansen", Geboortedatum = new DateOnly(1950, 1, 1),
                Straat = "Brink", Huisnummer = "1", Postcode = "7411AA", Woonplaats = "Deventer",
            };
            db.Clienten.Add(client);
            var contract = basis.Contracten[0];
            var t = TestToewijzingen.New("TW-MIG-0001", client.Id, contract.Id, productcode: "02A01", ingang: new DateOnly(2026, 1, 1), einde: new DateOnly(2026, 12, 31));
            db.Toewijzingen.Add(t);
            VastgelegdeVerplichting Rij(string sleutel, Guid? clientId, VerplichtingStatus status, int dag) => new()
            {
                Sleutel = sleutel, ContractId = contract.Id, ClientId = clientId, ToewijzingId = clientId is null ? null : t.Id, RegelId = "R", Bron = "TEST",
                Omschrijving = "test", Soort = "termijn", Actor = "aanbieder", Deadline = new DateOnly(2026, 11, dag), Status = status, ProfielId = contract.ProfielId,
            };
            db.Verplichtingen.AddRange(Rij("a", client.Id, VerplichtingStatus.Open, 20), Rij("b", client.Id, VerplichtingStatus.Open, 12),
                Rij("c", client.Id, VerplichtingStatus.TeLaat, 2), Rij("d", client.Id, VerplichtingStatus.Voldaan, 1), Rij("e", null, VerplichtingStatus.Open, 3));
            db.SaveChanges();
            (toewijzing, gemeente) = (t.Id, basis.Deventer.Id);
            // As before the migration: no gemeente on obligations, no urgency on toewijzingen.
            db.Database.ExecuteSqlRaw("""UPDATE verplichtingen SET "GemeenteId" = NULL""");
            db.Database.ExecuteSqlRaw("""UPDATE toewijzingen SET "EersteDeadline" = NULL, "TeLaat" = 0""");
            db.Database.ExecuteSqlRaw(VerplichtingGemeente.GemeenteVullen);
            db.Database.ExecuteSqlRaw(VerplichtingGemeente.UrgentieVullen);
        }

        using var na = DatabaseSetup.CreateContext(database.Options);
        na.Verplichtingen.Where(v => v.ClientId != null).Select(v => v.GemeenteId).Distinct().ToList().Should().Equal(gemeente);
        na.Verplichtingen.Single(v => v.ClientId == null).GemeenteId.Should().BeNull();
        var urgentie = na.Toewijzingen.Where(t => t.Id == toewijzing)
            .Select(t => new { Eerste = EF.Property<DateOnly?>(t, ToewijzingUrgentie.EersteDeadline), TeLaat = EF.Property<int>(t, ToewijzingUrgentie.TeLaat) }).Single();
        (urgentie.Eerste, urgentie.TeLaat).Should().Be((new DateOnly(2026, 11, 12), 1));
    }
}
