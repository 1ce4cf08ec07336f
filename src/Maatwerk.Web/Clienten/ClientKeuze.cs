using Maatwerk.Infrastructure.Autorisatie;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Web.Clienten;

/// <summary>The clients the user may see as choices for a form ("Achternaam, Voornamen (BSN)"), first "Kies een cliënt".</summary>
public static class ClientKeuze
{
    public static async Task<List<SelectListItem>> ListAsync(DataScope scope, CancellationToken ct) =>
        [new("Kies een cliënt", ""), .. (await scope.Clienten().OrderBy(c => c.Achternaam).Select(c => new { c.Id, c.Achternaam, c.Voornamen, c.Bsn }).ToListAsync(ct))
            .Select(c => new SelectListItem($"{c.Achternaam}, {c.Voornamen} ({c.Bsn})", c.Id.ToString()))];
}
