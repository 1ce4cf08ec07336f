using Maatwerk.Domain.Organisaties;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Organisaties;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Maatwerk.Web.Organisaties;

namespace Maatwerk.Web.Pages.Organisaties;

[Authorize(Policy = OrganisatiesModule.Policy)]
public sealed class BewerkenModel(OrganisatieService organisaties) : EditPage<OrganisatieInput>
{
    public List<SelectListItem> Soorten { get; } =
        Enum.GetValues<OrganisatieSoort>().Select(s => new SelectListItem(s.ToString(), s.ToString())).ToList();
    public List<SelectListItem> Regios { get; private set; } = [];
    public List<SelectListItem> Jaarrekeningplicht { get; } =
        [new("(niet vastgelegd: de aanbieder kiest)", ""), new("ja: jaarrekening", "true"), new("nee: jaarverslag (IB-46c)", "false")];

    protected override string Melding => "De organisatie is opgeslagen.";

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!organisaties.MagWijzigen)
            return NotFound();
        Id = id;
        Invoer = new OrganisatieInput { Soort = OrganisatieSoort.Aanbieder };
        if (id is { } bestaand)
        {
            if (await organisaties.GetAsync(bestaand, ct) is not { } o)
                return NotFound();
            Invoer = OrganisatieInput.From(o);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    protected override Task<SaveResult> SaveAsync(Guid? id, CancellationToken ct) =>
        id is { } bestaand ? organisaties.UpdateAsync(bestaand, Invoer, ct) : organisaties.CreateAsync(Invoer, ct);

    protected override async Task LoadChoicesAsync(CancellationToken ct) =>
        Regios = [new("(geen)", ""), .. (await organisaties.RegiosAsync(ct)).Select(r => new SelectListItem(r.Naam, r.Id.ToString()))];
}
