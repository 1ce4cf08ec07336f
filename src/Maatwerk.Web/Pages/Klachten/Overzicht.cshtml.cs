using Maatwerk.Infrastructure.Klachten;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Klachten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Klachten;

/// <summary>The generated complaints overviews: the quarterly overview per gemeente (OCO-2.22b) and the annual report
/// (DEV-Eis16-AR), on screen and as a PDF; handing one in meets the contract's obligation.</summary>
[Authorize(Policy = KlachtenModule.Policy)]
public sealed class OverzichtModel(KlachtenRapportageService service, KlachtService klachten) : PageModel
{
    [BindProperty(SupportsGet = true)] public KlachtenRapportageInput Invoer { get; set; } = new();
    public List<SelectListItem> Contracten { get; private set; } = [];
    public static IEnumerable<SelectListItem> Kwartalen => [new("Heel jaar (jaarrapportage)", ""), .. Enumerable.Range(1, 4).Select(k => new SelectListItem($"{k}e kwartaal", k.ToString()))];
    public KlachtenRapportageService.Rapport? Rapport { get; private set; }
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!klachten.MagRegistreren)
            return NotFound();
        if (Invoer.Jaar == 0)
            Invoer = Invoer with { Jaar = klachten.Vandaag.Year };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var (rapport, _) = await service.CreateAsync(Invoer, ct);
        return rapport is null ? NotFound() : File(KlachtenRapportagePdf.Write(rapport), "application/pdf", $"klachten-{rapport.Rapportage.Periode.Name.Replace(' ', '-')}.pdf");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await service.SubmitAsync(Invoer, ct);
        var klaar = this.Handle(result, "Ingediend bij de gemeente; de verplichting is bijgewerkt.",
            _ => Redirect($"/Klachten/Overzicht?Invoer.ContractId={Invoer.ContractId}&Invoer.Jaar={Invoer.Jaar}&Invoer.Kwartaal={Invoer.Kwartaal}"), out var fout);
        if (klaar is not null)
            return klaar;
        Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Contracten = [new("Kies een contract", ""), .. (await service.ContractenAsync(ct)).Select(c => new SelectListItem(c.Omschrijving, c.Id.ToString()))];
        if (Invoer.ContractId == Guid.Empty)
            return;
        var (rapport, fouten) = await service.CreateAsync(Invoer, ct);
        Rapport = rapport;
        foreach (var f in fouten)
            ModelState.AddModelError($"Invoer.{f.Field}", f.Message);
    }
}
