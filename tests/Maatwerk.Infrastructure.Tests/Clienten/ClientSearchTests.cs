using Maatwerk.Domain.Clienten;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Tests.Clienten;

/// <summary>The search box finds a client by part of the name whatever the case, also beyond A–Z (Ö, É), on both
/// databases (SQLite's own lower() folds only ASCII; see SqliteUnicodeLower).</summary>
public sealed class ClientSearchTests
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Names_with_accents_are_found_case_insensitively(string provider)
    {
        using var database = TestDatabase.Create(provider);
        using (var db = DatabaseSetup.CreateContext(database.Options))
        {
            db.Database.Migrate();
            var basis = DemoData.AddBase(db);
            db.Clienten.AddRange(
                Client(basis.Deventer.Id, "999990019", "Élise", "Özdemir"),
                Client(basis.Deventer.Id, "999990020", "Jan", "Jansen"));
            db.SaveChanges();
        }
        using var lezen = DatabaseSetup.CreateContext(database.Options);
        foreach (var zoek in new[] { "özdemir", "ÖZDEMIR", "Özd", "élise", "ÉLISE ÖZ" })
            lezen.Clienten.Matching(zoek).Select(c => c.Achternaam).ToList().Should().Equal(["Özdemir"], $"'{zoek}' names her");
        lezen.Clienten.Matching("JANS").Select(c => c.Achternaam).ToList().Should().Equal("Jansen");
    }

    private static Client Client(Guid gemeente, string bsn, string voornamen, string achternaam) => new()
    {
        GemeenteId = gemeente, Bsn = bsn, Voornamen = voornamen, Achternaam = achternaam, Geboortedatum = new DateOnly(1950, 1, 1),
        Straat = "Brink", Huisnummer = "1", Postcode = "7411AA", Woonplaats = "Deventer",
    };
}
