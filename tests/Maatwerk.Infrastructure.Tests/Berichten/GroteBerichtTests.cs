using Maatwerk.Domain.Berichten;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Tests.Berichten;

/// <summary>A message as large as the platform accepts is stored whole, with its retourbericht, on both databases: the
/// columns were varchar(2000000) once, and PostgreSQL refused a WMO323 of a few thousand prestaties.</summary>
public sealed class GroteBerichtTests
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void A_message_of_several_megabytes_is_stored_whole(string provider)
    {
        using var database = TestDatabase.Create(provider);
        using (var db = DatabaseSetup.CreateContext(database.Options))
            db.Database.Migrate();
        var xml = "<Bericht>" + new string('x', 3_000_000) + "</Bericht>";
        var bericht = new Bericht { Soort = "WMO323", BerichtCode = "447", Identificatie = "GROOT1", Afzender = "12345678", Ontvanger = "0150", Xml = xml, RetourXml = xml };
        using (var db = DatabaseSetup.CreateContext(database.Options))
        {
            db.Add(bericht);
            db.SaveChanges();
        }
        using var lezen = DatabaseSetup.CreateContext(database.Options);
        var opgeslagen = lezen.Set<Bericht>().AsNoTracking().Single(b => b.Id == bericht.Id);
        opgeslagen.Xml.Should().HaveLength(xml.Length);
        opgeslagen.RetourXml.Should().HaveLength(xml.Length);
    }

    [Fact]
    public void The_columns_hold_the_largest_message_the_platform_accepts()
    {
        using var database = TestDatabase.Create("sqlite");
        using var db = DatabaseSetup.CreateContext(database.Options);
        foreach (var kolom in new[] { nameof(Bericht.Xml), nameof(Bericht.RetourXml) })
            (db.Model.FindEntityType(typeof(Bericht))!.FindProperty(kolom)!.GetMaxLength() ?? int.MaxValue)
                .Should().BeGreaterThanOrEqualTo(BerichtenService.MaximaleGrootte, kolom);
    }
}
