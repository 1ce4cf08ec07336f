using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Maatwerk.Web.Clienten;

namespace Maatwerk.Web.Pages.Clienten;

/// <summary>Registers a new client (no id) or changes one; a concurrent change is refused, not overwritten.</summary>
[Authorize(Policy = ClientenModule.Policy)]
public sealed class BewerkenModel(ClientService clienten, DataScope scope) : EditPage<ClientInput>
{
    public List<SelectListItem> Gemeenten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!clienten.MagWijzigen)
            return NotFound();
        Id = id;
        if (id is { } bestaand)
        {
            if (await clienten.GetAsync(bestaand, ct) is not { } client)
                return NotFound();
            Invoer = ClientInput.From(client);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    protected override string Melding => "De gegevens van de cliënt zijn opgeslagen.";

    protected override Task<SaveResult> SaveAsync(Guid? id, CancellationToken ct) =>
        id is { } bestaand ? clienten.UpdateAsync(bestaand, Invoer, ct) : clienten.CreateAsync(Invoer, ct);

    protected override IActionResult AfterSave(SaveResult result) => RedirectToPage("Details", new { id = result.Id });

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        var gemeenteIds = scope.GemeenteIds;
        Gemeenten = (await scope.Organisaties().Where(o => gemeenteIds.Contains(o.Id)).OrderBy(o => o.Naam).ToListAsync(ct))
            .Select(o => new SelectListItem(o.Naam, o.Id.ToString())).ToList();
    }
}
