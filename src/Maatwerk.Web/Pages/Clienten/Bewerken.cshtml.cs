using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Web.Pages.Clienten;

/// <summary>Registers a new client (no id) or changes one; a concurrent change is refused, not overwritten.</summary>
[Authorize(Policy = Policies.Clienten)]
public sealed class BewerkenModel(ClientService clienten, DataScope scope) : PageModel
{
    [BindProperty] public ClientInvoer Invoer { get; set; } = new();
    public Guid? Id { get; private set; }
    public List<SelectListItem> Gemeenten { get; private set; } = [];
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!clienten.MagWijzigen)
            return NotFound();
        Id = id;
        if (id is { } bestaand)
        {
            if (await clienten.GetAsync(bestaand, ct) is not { } client)
                return NotFound();
            Invoer = ClientInvoer.From(client);
        }
        await LaadKeuzesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        ModelState.ReplaceBindingErrors();
        if (!ModelState.IsValid)
        {
            await LaadKeuzesAsync(ct);
            return Page();
        }
        var result = id is { } bestaand ? await clienten.UpdateAsync(bestaand, Invoer, ct) : await clienten.CreateAsync(Invoer, ct);
        var klaar = this.Verwerk(result, "De gegevens van de cliënt zijn opgeslagen.", r => RedirectToPage("Details", new { id = r.Id }), out var fout);
        if (klaar is not null)
            return klaar;
        Fout = fout;
        await LaadKeuzesAsync(ct);
        return Page();
    }

    private async Task LaadKeuzesAsync(CancellationToken ct)
    {
        var gemeenteIds = scope.GemeenteIds;
        Gemeenten = await scope.Organisaties().Where(o => gemeenteIds.Contains(o.Id)).OrderBy(o => o.Naam)
            .Select(o => new SelectListItem(o.Naam, o.Id.ToString())).ToListAsync(ct);
    }
}
