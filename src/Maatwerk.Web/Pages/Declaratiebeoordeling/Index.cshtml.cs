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

    /// <summary>Pays the approved lines of every answered declaration (DEV-Art8.5).</summary>
    public async Task<IActionResult> OnPostBetaalbatchAsync(CancellationToken ct)
    {
        if (!service.MagBeoordelen)
            return Forbid();
        var (result, declaraties, bedrag) = await service.PayAsync(ct);
        TempData["Melding"] = result.Status == Infrastructure.Common.SaveStatus.Ok
            ? $"Betaalbatch vastgelegd: {declaraties} declaratie(s), {Domain.Declaratiebeoordeling.PrestatieChecks.Cents(bedrag)}."
            : string.Join(" ", result.Errors.Select(e => e.Message));
        return Redirect("/Declaratiebeoordeling");
    }
}
