using Maatwerk.Infrastructure.Personeel;
using Maatwerk.Web.Personeel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Personeel;

/// <summary>DEV-Eis18-b for the aanbieder: the platform users who open client data and whether each is a person in the staff
/// register with a valid VOG under the contracts that ask it. The gemeente does not see it.</summary>
[Authorize(Policy = PersoneelModule.Policy)]
public sealed class SysteemtoegangModel(VogService service) : PageModel
{
    public List<VogService.Systeemgebruiker> Gebruikers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagBeheren)
            return Forbid();
        Gebruikers = await service.SysteemtoegangAsync(ct);
        return Page();
    }
}
