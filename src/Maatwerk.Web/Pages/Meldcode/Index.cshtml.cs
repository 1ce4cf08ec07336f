using Maatwerk.Domain.Meldcode;
using Maatwerk.Infrastructure.Meldcode;
using Maatwerk.Web.Meldcode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Meldcode;

/// <summary>The Meldcode overview of the aandachtsfunctionaris: who delivers care without a (valid) training (IB-52a), the
/// cases along the five steps (IB-52c) and the anonymised export.</summary>
[Authorize(Policy = MeldcodeModule.Policy)]
public sealed class IndexModel(MeldcodeTrainingService trainingen, MeldcodeCasusService casussen) : PageModel
{
    public IReadOnlyList<MeldcodeTrainingStatus> ZonderTraining { get; private set; } = [];
    public IReadOnlyList<MeldcodeEis> Eisen { get; private set; } = [];
    public List<MeldcodeCasusService.CasusRow> Casussen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!casussen.MagBeheren)
            return NotFound();
        ZonderTraining = await trainingen.ReportAsync(ct);
        Eisen = await trainingen.EisenAsync(ct);
        Casussen = await casussen.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        casussen.MagBeheren
            ? File(await MeldcodeCsv.WriteAsync(await casussen.ExportAsync(ct), ct), "text/csv; charset=utf-8", MeldcodeCsv.Bestandsnaam(casussen.Vandaag))
            : NotFound();
}
