using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Data;

/// <summary>Brings a database to the schema of this code, as the web app does at start-up and the command line before it
/// writes. A migration that fills a new column of a large table (e.g. 20261129020000_VerplichtingGemeente on a region's
/// half a million obligations) runs longer than the default command timeout of 30 s, so migrations get their own.</summary>
public static class SchemaMigration
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public static async Task MigrateAsync(this MaatwerkDbContext db, CancellationToken ct = default)
    {
        var vorige = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(Timeout);
        try
        {
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(vorige);
        }
    }
}
