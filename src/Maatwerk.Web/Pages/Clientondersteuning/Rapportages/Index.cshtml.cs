using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Web.Clientondersteuning;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Clientondersteuning.Rapportages;

/// <summary>The periodic report OCO-4.7 (a)–(q): the coordinator computes it for a period (default the last calendar
/// half-year, OCO-A8) and gemeente, sees each figure with its records, and submits it; the gemeente's contractmanager sees
/// the submitted reports of its gemeente.</summary>
[Authorize(Policy = ClientondersteuningModule.RapportagePolicy)]
public sealed class IndexModel(RapportageService service) : PageModel
{
    [BindProperty] public RapportageInput Invoer { get; set; } = new();

    public RapportageService.Concept? Concept { get; private set; }
    public List<RapportageService.Ingediend> Ingediend { get; private set; } = [];
    public List<SelectListItem> Gemeenten { get; private set; } = [];
    public bool MagOpstellen => service.MagOpstellen;
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagLezen)
            return Forbid();
        var (van, tot) = service.StandaardPeriode;
        Invoer = new RapportageInput { Van = van, Tot = tot };
        await LoadAsync(ct);
        if (Gemeenten.Count == 2)
            Invoer = Invoer with { GemeenteId = Guid.Parse(Gemeenten[1].Value) };
        return Page();
    }

    /// <summary>Computes the figures without saving.</summary>
    public async Task<IActionResult> OnPostBerekenenAsync(CancellationToken ct)
    {
        if (!service.MagOpstellen)
            return Forbid();
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var (concept, fouten) = await service.CalculateAsync(Invoer, ct);
            Concept = concept;
            foreach (var f in fouten)
                ModelState.AddModelError(f.Field.Length == 0 ? "" : $"Invoer.{f.Field}", f.Message);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostIndienenAsync(CancellationToken ct)
    {
        if (!service.MagOpstellen)
            return Forbid();
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await service.SubmitAsync(Invoer, ct);
            var klaar = this.Handle(result, "Rapportage ingediend bij de gemeente (OCO-4.7).", r => Redirect($"/Clientondersteuning/Rapportages/Details?id={r.Id}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Ingediend = await service.ListAsync(ct);
        Gemeenten = [new SelectListItem("Kies de gemeente", ""), .. (await service.GemeentenAsync(ct)).Select(g => new SelectListItem(g.Naam, g.Id.ToString()))];
    }
}
