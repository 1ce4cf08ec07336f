using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Web.Clientondersteuning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Clientondersteuning.Facturen;

/// <summary>The stored OCO invoices (OCO-6.1a/c): the coordinator (administratie) sees its drafts and submitted invoices;
/// the gemeente's contractmanager the submitted invoices of its own gemeente(n) — numbers and counts, never names.</summary>
[Authorize(Policy = ClientondersteuningModule.FacturenPolicy)]
public sealed class IndexModel(OcoFactuurService service) : PageModel
{
    public List<OcoFactuurService.Row> Facturen { get; private set; } = [];
    public bool MagOpstellen => service.MagOpstellen;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagLezen)
            return Forbid();
        Facturen = await service.ListAsync(ct);
        return Page();
    }
}
