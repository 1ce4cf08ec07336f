using Maatwerk.Infrastructure.Personeel;
using Maatwerk.Web.Personeel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Maatwerk.Web.Pages.Personeel;

/// <summary>Editing a person in the staff register (optimistic concurrency on Versie).</summary>
[Authorize(Policy = PersoneelModule.Policy)]
public sealed class BewerkenModel(PersoneelService service) : MedewerkerFormModel(service)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await Service.FindAsync(id, ct) is not { } medewerker)
            return NotFound();
        Invoer = MedewerkerInput.From(medewerker);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        Service.MagBeheren ? await SaveAsync(() => Service.UpdateAsync(id, Invoer, ct), ct) : NotFound();
}
