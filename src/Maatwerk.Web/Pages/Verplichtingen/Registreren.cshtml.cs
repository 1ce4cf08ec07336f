using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Maatwerk.Web.Verplichtingen;

namespace Maatwerk.Web.Pages.Verplichtingen;

/// <summary>Registers an event under a contract (VOG issued, request for a report …; not what a register or the chain records itself); the engine then
/// creates or meets the obligations the contract attaches to it. Choosing the contract first (a GET) lists the events
/// its profile knows, so the form works without JavaScript.</summary>
[Authorize(Policy = VerplichtingenModule.Policy)]
public sealed class RegistrerenModel(VerplichtingenService verplichtingen, ContractService contracten, DataScope scope) : PageModel
{
    [BindProperty] public GebeurtenisInput Invoer { get; set; } = new();
    [BindProperty(SupportsGet = true)] public Guid? Contract { get; set; }
    public List<SelectListItem> Contracten { get; private set; } = [];
    public List<SelectListItem> Soorten { get; private set; } = [];
    public List<SelectListItem> Toewijzingen { get; private set; } = [];
    public string? Fout { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Invoer = Invoer with { ContractId = Contract ?? Guid.Empty, Datum = verplichtingen.Vandaag };
        await LoadChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await verplichtingen.RegisterAsync(Invoer, ct);
            var klaar = this.Handle(result, "De gebeurtenis is geregistreerd en de verplichtingen zijn bijgewerkt.",
                _ => Invoer.ToewijzingId is { } t ? Redirect($"/Toewijzingen/Details/{t}") : RedirectToPage("Index", new { Contract = Invoer.ContractId }), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        Contract = Invoer.ContractId;
        await LoadChoicesAsync(ct);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var lijst = await contracten.ListAsync(ct);
        Contracten = [new("Kies een contract", ""), .. lijst.Select(c => new SelectListItem(c.Naam, c.Id.ToString()))];
        if (lijst.FirstOrDefault(c => c.Id == Contract) is not { } gekozen)
            return;
        Soorten = verplichtingen.HandmatigeGebeurtenisTypes(gekozen).Select(g => new SelectListItem(g.Omschrijving, g.Id)).ToList();
        Toewijzingen = [new("(geen — geldt voor het hele contract)", ""), .. (await scope.Toewijzingen().Where(t => t.ContractId == gekozen.Id)
            .OrderBy(t => t.ToewijzingNummer).Select(t => new { t.Id, t.ToewijzingNummer }).ToListAsync(ct))
                .Select(t => new SelectListItem(t.ToewijzingNummer, t.Id.ToString()))];
    }
}
