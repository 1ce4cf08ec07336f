using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Web.Declaratiebeoordeling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Declaratiebeoordeling;

/// <summary>The declaratiebeoordelaar's queue of received WMO323s: to answer first, oldest first.</summary>
[Authorize(Policy = DeclaratiebeoordelingModule.Policy)]
public sealed class IndexModel(BeoordelingService service, BetaalService betalingen) : PageModel
{
    public List<BeoordelingService.QueueRow> Rijen { get; private set; } = [];
    public List<BetaalService.Aangehouden> Opgeschort { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagBeoordelen)
            return Forbid();
        Rijen = await service.QueueAsync(ct);
        Opgeschort = await betalingen.SuspendedAsync(ct);
        return Page();
    }

    /// <summary>Pays the approved lines of every answered declaration (DEV-Art8.5).</summary>
    public async Task<IActionResult> OnPostBetaalbatchAsync(CancellationToken ct)
    {
        if (!service.MagBeoordelen)
            return Forbid();
        var u = await betalingen.PayAsync(ct);
        TempData["Melding"] = u.Result.Status == Infrastructure.Common.SaveStatus.Ok
            ? $"Betaalbatch vastgelegd: {u.Declaraties} declaratie(s), {Cents(u.Bruto)}; verrekend {Cents(u.Verrekend)}; te betalen {Cents(u.Bruto + u.Verrekend)}."
              + (u.Aangehouden.Count > 0 ? $" Aangehouden wegens opschorting (DEV-Art8.9): {string.Join(", ", u.Aangehouden.Select(a => a.Aanbieder))}." : "")
            : string.Join(" ", u.Result.Errors.Select(e => e.Message));
        return Redirect("/Declaratiebeoordeling");
    }

    private static string Cents(long c) => Domain.Declaratiebeoordeling.PrestatieChecks.Cents(c);
}
