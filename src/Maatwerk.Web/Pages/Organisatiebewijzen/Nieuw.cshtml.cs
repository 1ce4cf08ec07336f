using Maatwerk.Domain.Organisatiebewijzen;
using Maatwerk.Infrastructure.Organisatiebewijzen;
using Maatwerk.Web.Organisatiebewijzen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Maatwerk.Web.Pages.Organisatiebewijzen;

/// <summary>Registering an insurance, certificate or VOG rechtspersoon (kwaliteit at the aanbieder).</summary>
[Authorize(Policy = OrganisatiebewijzenModule.Policy)]
public sealed class NieuwModel(OrganisatiebewijsService service) : BewijsFormModel(service)
{
    public IActionResult OnGet()
    {
        if (!Service.MagBeheren)
            return NotFound();
        Invoer = new OrganisatiebewijsInput { Soort = Bewijssoort.Bedrijfsaansprakelijkheid, GeldigVanaf = Service.Vandaag };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        Service.MagBeheren ? await SaveAsync(() => Service.RegisterAsync(Invoer, ct)) : NotFound();
}
