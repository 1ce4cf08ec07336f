using Maatwerk.Infrastructure.Incidenten;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Incidenten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Incidenten;

/// <summary>Registering an incident, calamity or data breach with both moments (AMB-32); the kinds and the required fields
/// come from the contract.</summary>
[Authorize(Policy = IncidentenModule.Policy)]
public sealed class NieuwModel(IncidentService service) : PageModel
{
    [BindProperty] public IncidentInput Invoer { get; set; } = new();
    public List<SelectListItem> Contracten { get; private set; } = [];
    public List<SelectListItem> Soorten { get; private set; } = [];
    public List<SelectListItem> Clienten { get; private set; } = [];
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return NotFound();
        Invoer = new IncidentInput { VoorgevallenDatum = service.Vandaag, OntdektDatum = service.Vandaag };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return NotFound();
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await service.RegisterAsync(Invoer, ct);
            var klaar = this.Handle(result, "Melding geregistreerd; de termijnen staan hieronder.", r => Redirect($"/Incidenten/Details/{r.Id}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var contracten = await service.ContractenAsync(ct);
        Contracten = [new("Kies een contract", ""), .. contracten.Select(c => new SelectListItem(c.Contract.Omschrijving, c.Contract.Id.ToString()))];
        Soorten = [new("Kies de soort", ""), .. contracten.SelectMany(c => c.Soorten).Distinct().Order().Select(s => new SelectListItem(s, s))];
        Clienten = [new("(geen cliënt betrokken)", ""), .. (await service.ClientenAsync(ct)).Select(c => new SelectListItem(c.Omschrijving, c.Id.ToString()))];
    }
}
