using Maatwerk.Infrastructure.Autorisatie;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Clienten;

/// <summary>A client to choose in a form (complaint, incident): name and BSN.</summary>
public sealed record ClientKeuze(Guid Id, string Omschrijving)
{
    /// <summary>The clients in the user's view, by name (at most 1,000).</summary>
    public static async Task<List<ClientKeuze>> ListAsync(DataScope scope, CancellationToken ct = default)
    {
        var lijst = await scope.Clienten().OrderBy(c => c.Achternaam).ThenBy(c => c.Voornamen).Take(1000)
            .Select(c => new { c.Id, c.Achternaam, c.Voornamen, c.Bsn }).ToListAsync(ct);
        return lijst.Select(c => new ClientKeuze(c.Id, $"{c.Achternaam}, {c.Voornamen} ({c.Bsn})")).ToList();
    }
}
