using System.Text.Json;
using Maatwerk.Infrastructure.Verantwoording;
using Maatwerk.Web.Verantwoording;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Verantwoording.Uitgaven;

/// <summary>The gemeente's spending overview: per month, per aanbieder and per product, committed against declared,
/// approved and paid; a Chart.js chart (data in a data- attribute, script in wwwroot/js: the CSP allows no inline script)
/// and an Excel export.</summary>
[Authorize(Policy = VerantwoordingModule.UitgavenPolicy)]
public sealed class IndexModel(UitgavenService service) : PageModel
{
    public UitgavenService.Overzicht Overzicht { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public int? Jaar { get; set; }

    /// <summary>The chart's data: months and the five series in cents (budget: TR369 budget toewijzingen).</summary>
    public string GrafiekData => JsonSerializer.Serialize(new
    {
        jaar = Overzicht.Jaar,
        maanden = Overzicht.PerMaand.Select(r => r.Maand.ToString("MM-yyyy")).ToArray(),
        toegewezen = Overzicht.PerMaand.Select(r => r.Toegewezen).ToArray(),
        budget = Overzicht.PerMaand.Select(r => r.Budget).ToArray(),
        ingediend = Overzicht.PerMaand.Select(r => r.Ingediend).ToArray(),
        goedgekeurd = Overzicht.PerMaand.Select(r => r.Goedgekeurd).ToArray(),
        betaald = Overzicht.PerMaand.Select(r => r.Betaald).ToArray(),
    });

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await service.GetAsync(Jaar, ct) is not { } o)
            return Forbid();
        Overzicht = o;
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct) =>
        await service.ExcelAsync(Jaar, ct) is { } f ? File(f.Inhoud, VerantwoordingExport.ExcelType, f.Naam) : Forbid();
}
