using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Infrastructure.Tijdregistraties;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Tijdregistraties;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Tijdregistraties;

/// <summary>Corrects or removes one registration (a begeleider their own, the administratie any of its organisation);
/// every change is in the audit trail (IB-59).</summary>
[Authorize(Policy = TijdregistratiesModule.Policy)]
public sealed class BewerkenModel(TijdregistratieService service) : PageModel
{
    [BindProperty] public TijdInvoer Invoer { get; set; } = new();
    public Tijdregistratie Registratie { get; private set; } = null!;
    public bool MagVoorAnderen => service.MagVoorAnderen;
    public List<SelectListItem> Toewijzingen { get; private set; } = [];
    public List<SelectListItem> Medewerkers { get; private set; } = [];
    public string? Fout { get; private set; }
    public List<Infrastructure.Audit.AuditEntry> Historie { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Invoer = TijdInvoer.From(Registratie);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await service.UpdateAsync(id, Invoer, ct);
            var klaar = this.Handle(result, "De registratie is gecorrigeerd.", _ => Redirect($"/Tijdregistraties?Dag={Invoer.Datum:yyyy-MM-dd}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(Guid id, CancellationToken ct)
    {
        var datum = (await service.GetAsync(id, ct))?.Datum;
        var result = await service.DeleteAsync(id, Invoer.Versie, ct);
        var klaar = this.Handle(result, "De registratie is verwijderd.", _ => Redirect($"/Tijdregistraties?Dag={datum:yyyy-MM-dd}"), out var fout);
        if (klaar is not null)
            return klaar;
        Fout = fout;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is not { } registratie)
            return false;
        Registratie = registratie;
        Historie = await service.HistoryAsync(id, ct);
        Toewijzingen = (await service.ToewijzingenAsync(ct)).Select(t => new SelectListItem(t.Omschrijving, t.Id.ToString())).ToList();
        Medewerkers = (await service.MedewerkersAsync(ct)).Select(m => new SelectListItem(m.Naam, m.Id.ToString())).ToList();
        return true;
    }
}
