using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Gebruikers;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Maatwerk.Web.Gebruikers;

namespace Maatwerk.Web.Pages.Gebruikers;

[Authorize(Policy = GebruikersModule.Policy)]
public sealed class BewerkenModel(GebruikerService gebruikers) : EditPage<GebruikerInput>
{
    public List<SelectListItem> Organisaties { get; private set; } = [];
    public List<SelectListItem> Rollen { get; } = RolInfo.Alle.Select(r => new SelectListItem(r.DisplayName(), r.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } bestaand)
        {
            if (await gebruikers.GetAsync(bestaand, ct) is not { } g)
                return NotFound();
            Invoer = GebruikerInput.From(g);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    protected override string Melding => "De gebruiker is opgeslagen.";

    protected override Task<SaveResult> SaveAsync(Guid? id, CancellationToken ct) =>
        id is { } bestaand ? gebruikers.UpdateAsync(bestaand, Invoer, ct) : gebruikers.CreateAsync(Invoer, ct);

    protected override async Task LoadChoicesAsync(CancellationToken ct) =>
        Organisaties = (await gebruikers.OrganisatiesAsync(ct)).Select(o => new SelectListItem(o.Naam, o.Id.ToString())).ToList();
}
