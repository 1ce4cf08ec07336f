using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Web.Clientondersteuning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Clientondersteuning.Rapportages;

/// <summary>One submitted report OCO-4.7 as the gemeente received it (figures and record counts, no resident's details), with a PDF.</summary>
[Authorize(Policy = ClientondersteuningModule.RapportagePolicy)]
public sealed class DetailsModel(RapportageService service, OverlegService overleggen) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public RapportageService.Ingediend Rapportage { get; private set; } = null!;
    public List<RapportageOverleg> Overleggen { get; private set; } = [];
    public bool MagOverleg => overleggen.MagRegistreren;
    public bool MagGoedkeuren => overleggen.MagGoedkeuren;
    /// <summary>The messages of a refused OCO-4.8 step, or the conflict message.</summary>
    public List<string> StapFouten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>The meeting about this report (starts OCO-4.8), its minutes (meets it) and the gemeente's approval.</summary>
    public Task<IActionResult> OnPostOverlegAsync(OverlegInput overleg, CancellationToken ct) =>
        StapAsync(() => overleggen.RegisterAsync(Id, overleg, ct), "Overleg over de rapportage vastgelegd; de notulen volgen binnen 14 dagen (OCO-4.8).", ct);

    public Task<IActionResult> OnPostNotulenAsync(Guid overlegId, OcoStapInput stap, CancellationToken ct) =>
        StapAsync(() => overleggen.LeverNotulenAsync(Id, overlegId, stap, ct), "Notulen aangeleverd (OCO-4.8).", ct);

    public Task<IActionResult> OnPostGoedkeurenAsync(Guid overlegId, OcoStapInput stap, CancellationToken ct) =>
        StapAsync(() => overleggen.KeurGoedAsync(Id, overlegId, stap, ct), "Notulen goedgekeurd; ze zijn vastgesteld (OCO-4.8).", ct);

    private async Task<IActionResult> StapAsync(Func<Task<SaveResult>> stap, string melding, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await stap();
        if (result.Status == SaveStatus.Ok)
        {
            TempData["Melding"] = melding;
            return RedirectToPage(new { id = Id });
        }
        if (result.Status == SaveStatus.NotFound)
            return NotFound();
        StapFouten = result.Errors.Select(e => e.Message).ToList();
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await service.GetAsync(Id, ct) is not { } r)
            return false;
        Rapportage = r;
        Overleggen = await overleggen.ListAsync(Id, ct);
        return true;
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        await service.GetAsync(Id, ct) is { } r ? File(RapportagePdf.Write(r), "application/pdf", $"rapportage-oco-{r.Rapportage.Van:yyyy-MM-dd}.pdf") : NotFound();

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct) =>
        await service.GetAsync(Id, ct) is { } r
            ? File(RapportageExcel.Write(r), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"rapportage-oco-{r.Rapportage.Van:yyyy-MM-dd}.xlsx")
            : NotFound();
}
