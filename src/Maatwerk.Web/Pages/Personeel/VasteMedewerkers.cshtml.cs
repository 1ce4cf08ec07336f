using Maatwerk.Infrastructure.Personeel;
using Maatwerk.Web.Personeel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Personeel;

/// <summary>The fixed worker and deputy of each running toewijzing (DEV-Eis6-R10, IB-15a).</summary>
[Authorize(Policy = PersoneelModule.Policy)]
public sealed class VasteMedewerkersModel(PersoneelService service) : PageModel
{
    public List<PersoneelOverview.Toewijzingregel> Toewijzingen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagBeheren)
            return NotFound();
        Toewijzingen = await service.ToewijzingenAsync(ct);
        return Page();
    }
}
