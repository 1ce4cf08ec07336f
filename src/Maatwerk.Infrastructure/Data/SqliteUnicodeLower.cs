using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Maatwerk.Infrastructure.Data;

/// <summary>SQLite's built-in lower() folds only A–Z, so a search for "özdemir" would not find "Özdemir" and "élise" not
/// "Élise". Every SQLite connection gets a lower() that folds all of Unicode as .NET does (PostgreSQL's lower() already
/// does), so case-insensitive search means the same on both databases.</summary>
public sealed class SqliteUnicodeLower : DbConnectionInterceptor
{
    public static readonly SqliteUnicodeLower Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
            sqlite.CreateFunction("lower", (string? tekst) => tekst?.ToLowerInvariant(), isDeterministic: true);
    }
}
