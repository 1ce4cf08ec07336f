using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Klachten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Tests.Data;

/// <summary>The data step of migration 20261201050200_OcoKlachtenRegister, on SQLite and PostgreSQL: a complaint kept on a
/// melding before it (OCO-4.7 j–l) becomes a complaint in the register, linked to its melding, received and settled at
/// 12:00 UTC of its days, resolved or not in the handling text; a melding without a complaint gets none.</summary>
public sealed class OcoKlachtenRegisterMigrationTests
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Een_klacht_op_een_melding_gaat_naar_het_klachtenregister_en_blijft_gekoppeld(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var (metKlacht, zonder) = (Guid.NewGuid(), Guid.NewGuid());
        Domain.Contracten.Contract contract;
        using (var db = DatabaseSetup.CreateContext(database.Options))
        {
            db.GetService<IMigrator>().Migrate("20261201050100_OcoJaarplanOverleg");
            // The demo organisations are written with today's model: the columns that later migrations add to organisaties
            // (20261205020000_KvkJaarrekeningplicht) exist for that insert only and are gone again before migrating on.
            db.Database.ExecuteSqlRaw("""ALTER TABLE organisaties ADD COLUMN "KvkNummer" varchar(8) NULL""");
            db.Database.ExecuteSqlRaw(provider == "postgres"
                ? """ALTER TABLE organisaties ADD COLUMN "Jaarrekeningplichtig" boolean NULL"""
                : """ALTER TABLE organisaties ADD COLUMN "Jaarrekeningplichtig" INTEGER NULL""");
            var basis = DemoData.AddBase(db);
            db.SaveChanges();
            db.Database.ExecuteSqlRaw("""ALTER TABLE organisaties DROP COLUMN "KvkNummer" """);
            db.Database.ExecuteSqlRaw("""ALTER TABLE organisaties DROP COLUMN "Jaarrekeningplichtig" """);
            contract = basis.Contracten[0];
            foreach (var id in new[] { metKlacht, zonder })
                db.Database.ExecuteSqlRaw("""
                    INSERT INTO oco_meldingen ("Id", "Versie", "AanbiederId", "ContractId", "GemeenteId", "Anoniem", "Inwoner", "OntvangenOp", "Kanaal",
                        "Levensdomein", "Complex", "Spoed", "Medewerker", "KlachtOntvangenOp", "KlachtAfgehandeldOp", "KlachtOpgelost", "GeregistreerdDoor", "GeregistreerdOp")
                    VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, 1, 'wmo', {5}, {5}, 'medewerker@kompas.demo', {8}, {9}, {10}, 'test', {7})
                    """, id, Guid.NewGuid(), contract.AanbiederId, contract.Id, basis.Deventer.Id, false, "Mevrouw K. Klaag",
                    new DateTime(2026, 2, 27, 9, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 11), true);
            db.Database.ExecuteSqlRaw("""UPDATE oco_meldingen SET "KlachtOntvangenOp" = NULL, "KlachtAfgehandeldOp" = NULL WHERE "Id" = {0}""", zonder);
            db.Database.Migrate();
        }

        using var na = DatabaseSetup.CreateContext(database.Options);
        var klacht = na.Set<Klacht>().Single();
        klacht.Id.Should().Be(metKlacht);
        (klacht.ContractId, klacht.AanbiederId, klacht.OpdrachtgeverId, klacht.Indiener).Should().Be((contract.Id, contract.AanbiederId, contract.OpdrachtgeverId, "Mevrouw K. Klaag"));
        klacht.Ontvangen.Should().Be(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        klacht.AfgehandeldOp.Should().Be(new DateTimeOffset(2026, 3, 11, 12, 0, 0, TimeSpan.Zero));
        klacht.Afhandeling.Should().StartWith("Opgelost");
        na.Set<MeldingKlacht>().Single().Should().Match<MeldingKlacht>(l => l.MeldingId == metKlacht && l.KlachtId == metKlacht);
        na.Set<Melding>().Count().Should().Be(2);
    }
}
