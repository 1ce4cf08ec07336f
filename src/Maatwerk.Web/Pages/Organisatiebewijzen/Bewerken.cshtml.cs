using Maatwerk.Infrastructure.Organisatiebewijzen;
using Maatwerk.Web.Organisatiebewijzen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Maatwerk.Web.Pages.Organisatiebewijzen;

/// <summary>Editing an evidence record (optimistic concurrency on Versie); a corrected date moves its obligation.</summary>
[Authorize(Policy = OrganisatiebewijzenModule.Policy)]
public sealed class BewerkenModel(OrganisatiebewijsService service) : BewijsFormModel(service)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await Service.FindAsync(id, ct) is not { } bewijs)
            return NotFound();
        Invoer = OrganisatiebewijsInput.From(bewijs);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        Service.MagBeheren ? await SaveAsync(() => Service.UpdateAsync(id, Invoer, ct)) : NotFound();
}
