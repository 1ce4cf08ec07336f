using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Web.Declaratiebeoordeling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Declaratiebeoordeling;

/// <summary>The declaratiebeoordelaar's queue of received WMO323s: to answer first, oldest first.</summary>
[Authorize(Policy = DeclaratiebeoordelingModule.Policy)]
public sealed class IndexModel(BeoordelingService service) : PageModel
{
    public List<BeoordelingService.QueueRow> Rijen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagBeoordelen)
            return Forbid();
        Rijen = await service.QueueAsync(ct);
        return Page();
    }
}
