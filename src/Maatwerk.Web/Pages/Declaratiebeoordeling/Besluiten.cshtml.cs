using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Web.Declaratiebeoordeling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Declaratiebeoordeling;

/// <summary>The gemeente's decisions about aanbieders' money: the penalty ledger (DEV-Art8.8c), suspensions (DEV-Art8.9)
/// and set-offs (DEV-Art8.11), per aanbieder with what is still open.</summary>
[Authorize(Policy = DeclaratiebeoordelingModule.Policy)]
public sealed class BesluitenModel(DeclaratiebesluitService service) : PageModel
{
    public List<DeclaratiebesluitService.LedgerRow> Rijen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagBesluiten)
            return Forbid();
        Rijen = await service.ListAsync(ct);
        return Page();
    }
}
