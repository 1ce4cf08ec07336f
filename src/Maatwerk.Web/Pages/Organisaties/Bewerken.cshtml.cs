using Maatwerk.Domain.Organisaties;
using Maatwerk.Infrastructure.Organisaties;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Organisaties;

[Authorize(Policy = Policies.Organisaties)]
public sealed class BewerkenModel(OrganisatieService organisaties) : PageModel
{
    [BindProperty] public OrganisatieInvoer Invoer { get; set; } = new() { Soort = OrganisatieSoort.Aanbieder };
    public Guid? Id { get; private set; }
    public string? Fout { get; private set; }
    public List<SelectListItem> Soorten { get; } =
        Enum.GetValues<OrganisatieSoort>().Select(s => new SelectListItem(s.ToString(), s.ToString())).ToList();
    public List<SelectListItem> Regios { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!organisaties.MagWijzigen)
            return NotFound();
        Id = id;
        if (id is { } bestaand)
        {
            if (await organisaties.GetAsync(bestaand, ct) is not { } o)
                return NotFound();
            Invoer = OrganisatieInvoer.From(o);
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
            var result = id is { } bestaand ? await organisaties.UpdateAsync(bestaand, Invoer, ct) : await organisaties.CreateAsync(Invoer, ct);
            var klaar = this.Verwerk(result, "De organisatie is opgeslagen.", _ => RedirectToPage("Index"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        await LaadKeuzesAsync(ct);
        return Page();
    }

    private async Task LaadKeuzesAsync(CancellationToken ct) =>
        Regios = [new("(geen)", ""), .. (await organisaties.RegiosAsync(ct)).Select(r => new SelectListItem(r.Naam, r.Id.ToString()))];
}
