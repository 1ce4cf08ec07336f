using Maatwerk.Infrastructure.Personeel;
using Maatwerk.Web.Personeel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Personeel;

/// <summary>One person: employment, qualification with its evidence, and the clients they are fixed worker or deputy of.</summary>
[Authorize(Policy = PersoneelModule.Policy)]
public sealed class DetailsModel(PersoneelService service) : PageModel
{
    public PersoneelService.Detail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is not { } detail)
            return NotFound();
        Detail = detail;
        return Page();
    }
}
