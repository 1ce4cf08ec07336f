using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Infrastructure.Common;
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
public sealed class IndexModel(RapportageService service, JaarplanService jaarplannen) : PageModel
{
    [BindProperty] public RapportageInput Invoer { get; set; } = new();

    public RapportageService.Concept? Concept { get; private set; }
    public List<RapportageService.Ingediend> Ingediend { get; private set; } = [];
    public List<SelectListItem> Gemeenten { get; private set; } = [];
    public bool MagOpstellen => service.MagOpstellen;
    public string? Fout { get; private set; }

    public List<JaarplanService.Row> Jaarplannen { get; private set; } = [];
    public bool MagJaarplan => jaarplannen.MagIndienen;
    public int VolgendJaar => jaarplannen.Vandaag.Year + 1;
    /// <summary>The messages of a refused annual-plan step (OCO-P1-1.5a/b), or the conflict message.</summary>
    public List<string> StapFouten { get; private set; } = [];

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

    /// <summary>Lot 1's annual plan: submit (OCO-P1-1.5a), schedule the meeting and record the adoption (OCO-P1-1.5b).</summary>
    public Task<IActionResult> OnPostJaarplanAsync(JaarplanInput jaarplan, CancellationToken ct) =>
        StapAsync(() => jaarplannen.SubmitAsync(jaarplan, ct), "Jaarplan ingediend (OCO-P1-1.5a).", ct);

    public Task<IActionResult> OnPostJaarplanAfspraakAsync(Guid jaarplanId, OcoStapInput stap, CancellationToken ct) =>
        StapAsync(() => jaarplannen.PlanAfspraakAsync(jaarplanId, stap, ct), "Overleg over het jaarplan ingepland (OCO-P1-1.5b).", ct);

    public Task<IActionResult> OnPostJaarplanVaststellenAsync(Guid jaarplanId, OcoStapInput stap, CancellationToken ct) =>
        StapAsync(() => jaarplannen.VaststellenAsync(jaarplanId, stap, ct), "Jaarplan vastgesteld (OCO-P1-1.5b).", ct);

    private async Task<IActionResult> StapAsync(Func<Task<SaveResult>> stap, string melding, CancellationToken ct)
    {
        if (!jaarplannen.MagIndienen)
            return Forbid();
        ModelState.Clear();
        var result = await stap();
        if (result.Status == SaveStatus.Ok)
        {
            TempData["Melding"] = melding;
            return RedirectToPage();
        }
        if (result.Status == SaveStatus.NotFound)
            return NotFound();
        StapFouten = result.Errors.Select(e => e.Message).ToList();
        var (van, tot) = service.StandaardPeriode;
        Invoer = new RapportageInput { Van = van, Tot = tot };
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Jaarplannen = await jaarplannen.ListAsync(ct);
        Ingediend = await service.ListAsync(ct);
        Gemeenten = [new SelectListItem("Kies de gemeente", ""), .. (await service.GemeentenAsync(ct)).Select(g => new SelectListItem(g.Naam, g.Id.ToString()))];
    }
}
