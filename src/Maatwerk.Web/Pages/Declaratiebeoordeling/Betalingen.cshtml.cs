using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Web.Declaratiebeoordeling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Declaratiebeoordeling;

/// <summary>The gemeente's payment batches (DEV-Art8.5): per aanbieder what was paid and set off, with its specification
/// (PDF, Excel) and per batch the CSV for the financial system.</summary>
[Authorize(Policy = DeclaratiebeoordelingModule.Policy)]
public sealed class BetalingenModel(BetaalService service) : PageModel
{
    public List<BetaalService.BatchRow> Rijen { get; private set; } = [];
    public (IReadOnlyList<BetaalService.BatchRow> Rijen, string Api, bool Csv) Tabel => (Rijen, "/api/declaratiebeoordeling/betalingen", true);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagBetalen)
            return Forbid();
        Rijen = await service.BatchesAsync(ct);
        return Page();
    }
}
