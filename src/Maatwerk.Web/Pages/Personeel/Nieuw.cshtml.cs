using Maatwerk.Infrastructure.Personeel;
using Maatwerk.Web.Personeel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Maatwerk.Web.Pages.Personeel;

/// <summary>Adding a person to the staff register.</summary>
[Authorize(Policy = PersoneelModule.Policy)]
public sealed class NieuwModel(PersoneelService service) : MedewerkerFormModel(service)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Service.MagBeheren)
            return NotFound();
        Invoer = new MedewerkerInput { InDienst = Service.Vandaag };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        Service.MagBeheren ? await SaveAsync(() => Service.RegisterAsync(Invoer, ct), ct) : NotFound();
}
