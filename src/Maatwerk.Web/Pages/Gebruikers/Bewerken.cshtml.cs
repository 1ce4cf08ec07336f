using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Gebruikers;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Gebruikers;

[Authorize(Policy = Policies.Gebruikers)]
public sealed class BewerkenModel(GebruikerService gebruikers) : PageModel
{
    [BindProperty] public GebruikerInvoer Invoer { get; set; } = new();
    public Guid? Id { get; private set; }
    public string? Fout { get; private set; }
    public List<SelectListItem> Organisaties { get; private set; } = [];
    public List<SelectListItem> Rollen { get; } = RolInfo.Alle.Select(r => new SelectListItem(r.Weergavenaam(), r.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } bestaand)
        {
            if (await gebruikers.GetAsync(bestaand, ct) is not { } g)
                return NotFound();
            Invoer = GebruikerInvoer.From(g);
        }
        await LaadKeuzesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = id is { } bestaand ? await gebruikers.UpdateAsync(bestaand, Invoer, ct) : await gebruikers.CreateAsync(Invoer, ct);
            var klaar = this.Verwerk(result, "De gebruiker is opgeslagen.", _ => RedirectToPage("Index"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        await LaadKeuzesAsync(ct);
        return Page();
    }

    private async Task LaadKeuzesAsync(CancellationToken ct) =>
        Organisaties = (await gebruikers.OrganisatiesAsync(ct)).Select(o => new SelectListItem(o.Naam, o.Id.ToString())).ToList();
}
