using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Web.Clientondersteuning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Clientondersteuning.Rapportages;

/// <summary>One submitted report OCO-4.7 as the gemeente received it (figures and record counts, no resident's details), with a PDF.</summary>
[Authorize(Policy = ClientondersteuningModule.RapportagePolicy)]
public sealed class DetailsModel(RapportageService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public RapportageService.Ingediend Rapportage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await service.GetAsync(Id, ct) is not { } r)
            return NotFound();
        Rapportage = r;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        await service.GetAsync(Id, ct) is { } r ? File(RapportagePdf.Write(r), "application/pdf", $"rapportage-oco-{r.Rapportage.Van:yyyy-MM-dd}.pdf") : NotFound();

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct) =>
        await service.GetAsync(Id, ct) is { } r
            ? File(RapportageExcel.Write(r), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"rapportage-oco-{r.Rapportage.Van:yyyy-MM-dd}.xlsx")
            : NotFound();
}
