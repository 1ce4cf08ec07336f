using System.Text;
using Maatwerk.Domain.Berichten;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Tests.Berichten;

/// <summary>Issue 12 ("ontvangst3"): the receipt of a stored 323 reads the message's XML from the database as UTF-8 bytes,
/// in the caller's transaction, instead of loading it as a string. The bytes must be those of the stored text (multi-byte
/// characters across the 1 MB blocks included), the same as a Bericht in memory gives, and a Bericht loaded without its
/// XML must save its other changes without touching the stored XML.</summary>
public sealed class BerichtXmlTests
{
    // 'é' is two bytes, '€' three, the emoji four: over 3 MB, so they cross the borders of the 1 MB blocks.
    private static readonly string Xml = "<Bericht>" + string.Concat(Enumerable.Repeat("Zorg é € 😀 ", 250_000)) + "</Bericht>";

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_stored_message_read_from_the_database_gives_the_bytes_of_its_text_and_keeps_its_xml_when_saved(string provider)
    {
        var (database, id) = await StoreAsync(provider);
        using var _ = database;

        await using var db = DatabaseSetup.CreateContext(database.Options);
        var bericht = (await BerichtXml.LoadWithoutXmlAsync(db, id))!;
        bericht.Xml.Should().BeEmpty("the column is not loaded");
        bericht.Identificatie.Should().Be("STROOM1");
        await using (var transactie = await db.Database.BeginTransactionAsync())
        {
            using var xml = await BerichtXml.OpenAsync(db, bericht);
            ReadAll(xml.Open()).Should().Equal(Encoding.UTF8.GetBytes(Xml));
            ReadAll(xml.Open()).Should().HaveCount(Encoding.UTF8.GetByteCount(Xml), "each Open starts at the first byte");
            bericht.RetourXml = null;
            bericht.Retourcodes = "In beoordeling";
            await db.SaveChangesAsync();
            await transactie.CommitAsync();
        }

        await using var lezen = DatabaseSetup.CreateContext(database.Options);
        var opgeslagen = await lezen.Berichten.AsNoTracking().SingleAsync(b => b.Id == id);
        opgeslagen.Xml.Should().Be(Xml);
        (opgeslagen.RetourXml, opgeslagen.Retourcodes).Should().Be((null, "In beoordeling"));
    }

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_message_in_memory_reads_its_string_and_gives_the_same_bytes_as_the_stored_one(string provider)
    {
        var (database, id) = await StoreAsync(provider);
        using var _ = database;
        await using var db = DatabaseSetup.CreateContext(database.Options);
        await using var transactie = await db.Database.BeginTransactionAsync();

        using var nieuw = await BerichtXml.OpenAsync(db, new Bericht { Soort = "WMO323", Xml = Xml });
        using var geladen = await BerichtXml.OpenAsync(db, await db.Berichten.SingleAsync(b => b.Id == id));
        using var opgeslagen = await BerichtXml.OpenAsync(db, (await BerichtXml.LoadWithoutXmlAsync(db, id))!);

        ReadAll(nieuw.Open()).Should().Equal(ReadAll(opgeslagen.Open()));
        ReadAll(geladen.Open()).Should().Equal(ReadAll(opgeslagen.Open()));
    }

    [Fact]
    public async Task Loaded_without_its_xml_a_message_has_every_other_column_as_stored()
    {
        // Guards the hand-written projection of LoadWithoutXmlAsync: a column added to Bericht later fails here (its
        // value below is the default) until it is set here and read there.
        using var database = TestDatabase.Create("sqlite");
        await using (var opslaan = DatabaseSetup.CreateContext(database.Options))
        {
            await opslaan.Database.MigrateAsync();
            opslaan.Add(new Bericht
            {
                Id = Id, Soort = "WMO323", BerichtCode = "447", Identificatie = "ALLES1", Dagtekening = new DateOnly(2026, 11, 2), Afzender = "12345678",
                Ontvanger = "0150", AfzenderOrganisatieId = Guid.NewGuid(), OntvangerOrganisatieId = Guid.NewGuid(), ToewijzingId = Guid.NewGuid(),
                ClientId = Guid.NewGuid(), Xml = "<Bericht/>", Ontvangen = new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.Zero), Geldig = true,
                RetourSoort = "WMO325", RetourXml = "<Retour/>", Retourcodes = "0200", Kanaal = "api",
            });
            await opslaan.SaveChangesAsync();
        }
        await using var db = DatabaseSetup.CreateContext(database.Options);
        var heel = await db.Berichten.AsNoTracking().SingleAsync(b => b.Id == Id);
        await using var zonder = DatabaseSetup.CreateContext(database.Options);
        var geladen = (await BerichtXml.LoadWithoutXmlAsync(zonder, Id))!;

        foreach (var kolom in db.Model.FindEntityType(typeof(Bericht))!.GetProperties().Where(p => p.PropertyInfo is not null && p.Name != nameof(Bericht.Xml)))
        {
            var waarde = kolom.PropertyInfo!.GetValue(heel);
            waarde.Should().NotBe(kolom.ClrType.IsValueType ? Activator.CreateInstance(kolom.ClrType) : null, $"kolom {kolom.Name} is in this test set");
            kolom.PropertyInfo.GetValue(geladen).Should().Be(waarde, $"kolom {kolom.Name}");
        }
    }

    private static readonly Guid Id = Guid.NewGuid();

    /// <summary>A fresh database of the provider with the message stored in it.</summary>
    private static async Task<(TestDatabase Database, Guid Id)> StoreAsync(string provider)
    {
        var database = TestDatabase.Create(provider);
        await using var db = DatabaseSetup.CreateContext(database.Options);
        await db.Database.MigrateAsync();
        var bericht = new Bericht { Soort = "WMO323", BerichtCode = "447", Identificatie = "STROOM1", Afzender = "12345678", Ontvanger = "0150", Xml = Xml, RetourXml = "<Retour/>" };
        db.Add(bericht);
        await db.SaveChangesAsync();
        return (database, bericht.Id);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var gelezen = new MemoryStream();
        var buffer = new byte[70_000]; // not a divisor of the block size: reads end inside a block
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            gelezen.Write(buffer, 0, n);
        return gelezen.ToArray();
    }
}
