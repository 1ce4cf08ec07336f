using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Web.Declaraties;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Declaratiebeoordeling;

/// <summary>The aanbieder's side of payment: its payment specifications per batch (PDF, Excel) and the gemeente's
/// decisions about it (penalties DEV-Art8.8c, suspension DEV-Art8.9, set-off and recovery DEV-Art8.11).</summary>
[Authorize(Policy = DeclaratiesModule.Policy)]
public sealed class SpecificatiesModel(BetaalService betalingen, DeclaratiebesluitService besluiten) : PageModel
{
    public List<BetaalService.BatchRow> Rijen { get; private set; } = [];
    public (IReadOnlyList<BetaalService.BatchRow> Rijen, string Api, bool Csv) Tabel => (Rijen, "/api/declaraties/betalingen", false);
    public List<DeclaratiebesluitService.LedgerRow> Besluiten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Rijen = await betalingen.BatchesAsync(ct);
        Besluiten = await besluiten.ListAsync(ct);
        return Page();
    }
}
