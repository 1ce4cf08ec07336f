using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Web.Clientondersteuning;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Maatwerk.Domain.Clientondersteuning;

namespace Maatwerk.Web.Pages.Clientondersteuning.Rapportages;

/// <summary>The OCO invoice to a gemeente for a period (default the last calendar month): the specification built from
/// registered delivery (OCO-6.1a), without support older than a year (OCO-6.1c), on screen and as PDF, and stored as an
/// invoice ("Opslaan als factuur"; a period already invoiced for the gemeente is refused at the field). Coordinator only.</summary>
[Authorize(Policy = ClientondersteuningModule.RapportagePolicy)]
public sealed class FactuurModel(FactuurService service, OcoFactuurService facturen) : PageModel
{
    [BindProperty(SupportsGet = true)] public FactuurInput Invoer { get; set; } = new();

    /// <summary>The conflict message of a refused store, if any (field messages go to ModelState).</summary>
    public string? Fout { get; private set; }

    public FactuurService.Specificatie? Specificatie { get; private set; }
    public List<SelectListItem> Gemeenten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagOpstellen)
            return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        if (!service.MagOpstellen)
            return Forbid();
        await LoadAsync(ct);
        return Specificatie is { } s
            ? File(FactuurPdf.Write(s), "application/pdf", $"factuurspecificatie-oco-{s.Factuur.Van:yyyy-MM-dd}.pdf")
            : Page();
    }

    /// <summary>Stores the specification of the chosen gemeente and period as an invoice (opgesteld) and opens it; an
    /// overlapping, already invoiced period or a period without delivery gets the message at the field, nothing saved.</summary>
    public async Task<IActionResult> OnPostOpslaanAsync(CancellationToken ct)
    {
        if (!service.MagOpstellen)
            return Forbid();
        await LoadAsync(ct);
        if (Specificatie is null || !ModelState.IsValid)
            return Page();
        var klaar = this.Handle(await facturen.StoreAsync(Invoer, ct), "Factuur opgeslagen (opgesteld); controleer haar en dien haar in bij de gemeente.",
            r => Redirect($"/Clientondersteuning/Facturen/Details?id={r.Id}"), out var fout);
        Fout = fout;
        return klaar ?? Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var gemeenten = await service.GemeentenAsync(ct);
        Gemeenten = [new SelectListItem("Kies een gemeente", ""), .. gemeenten.Select(g => new SelectListItem(g.Naam, g.Id.ToString()))];
        if (Invoer.Van == default && Invoer.Tot == default)
        {
            var (van, tot) = Facturatie.VorigeMaand(service.Vandaag);
            Invoer = Invoer with { Van = van, Tot = tot };
        }
        if (Invoer.GemeenteId == Guid.Empty && gemeenten.Count == 1)
            Invoer = Invoer with { GemeenteId = gemeenten[0].Id };
        if (Invoer.GemeenteId == Guid.Empty)
            return;
        ModelState.Clear();
        var (specificatie, fouten) = await service.BuildAsync(Invoer, ct);
        Specificatie = specificatie;
        foreach (var f in fouten)
            ModelState.AddModelError(f.Field.Length == 0 ? "" : $"Invoer.{f.Field}", f.Message);
    }
}
