using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Maatwerk.Web.Toewijzingen;

namespace Maatwerk.Web.Pages.Toewijzingen;

/// <summary>A consulent issues a toewijzing to a contracted aanbieder. Choosing the contract first (a GET) lists the
/// products of its profile, so the form works without JavaScript.</summary>
[Authorize(Policy = ToewijzingenModule.Policy)]
public sealed class NieuwModel(ZorgketenService keten, DataScope scope, ContractProfileCatalog catalogus,
    Maatwerk.Infrastructure.Beschikkingen.BeschikkingService beschikkingen, Clock klok) : PageModel
{
    [BindProperty] public ToewijzingInput Invoer { get; set; } = new();
    [BindProperty(SupportsGet = true)] public Guid? Client { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Contract { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Beschikking { get; set; }
    public List<SelectListItem> Beschikkingen { get; private set; } = [];
    public List<SelectListItem> Clienten { get; private set; } = [];
    public List<SelectListItem> Contracten { get; private set; } = [];
    public List<SelectListItem> Producten { get; private set; } = [];
    public List<SelectListItem> Eenheden { get; } = [new("(geen)", ""), .. ToewijzingCodes.Eenheden.Select(e => new SelectListItem($"{e.Key} {e.Value}", e.Key))];
    public List<SelectListItem> Frequenties { get; } = [new("(geen)", ""), .. ToewijzingCodes.Frequenties.Select(e => new SelectListItem($"{e.Key} {e.Value}", e.Key))];
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!keten.MagUitgeven)
            return NotFound();
        Invoer = Invoer with { ClientId = Client ?? Guid.Empty, ContractId = Contract ?? Guid.Empty, Ingangsdatum = klok.Vandaag, BeschikkingId = Beschikking };
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await keten.IssueAsync(Invoer, ct);
            var klaar = this.Handle(result, "De toewijzing is verzonden aan de aanbieder.", r => Redirect($"/Toewijzingen/Details/{r.Id}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        Client = Invoer.ClientId;
        Contract = Invoer.ContractId;
        Beschikking = Invoer.BeschikkingId;
        await LoadChoicesAsync(ct);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Clienten = [new("Kies een cliënt", ""), .. (await scope.Clienten().OrderBy(c => c.Achternaam).Select(c => new { c.Id, c.Achternaam, c.Voornamen, c.Bsn }).ToListAsync(ct))
            .Select(c => new SelectListItem($"{c.Achternaam}, {c.Voornamen} ({c.Bsn})", c.Id.ToString()))];
        if (Client is { } client)
            Beschikkingen = [new("Kies een beschikking", ""), .. (await beschikkingen.ForClientAsync(client, ct))
                .Select(b => new SelectListItem($"{b.Nummer} — {b.Omschrijving} ({View.Date(b.Ingangsdatum)} – {View.Date(b.Einddatum)})", b.Id.ToString()))];
        var contracten = await scope.Contracten().OrderBy(c => c.Naam).ToListAsync(ct);
        Contracten = [new("Kies een contract", ""), .. contracten.Select(c => new SelectListItem(c.Naam, c.Id.ToString()))];
        if (contracten.FirstOrDefault(c => c.Id == Contract) is { } gekozen && catalogus.Find(gekozen.ProfielId, gekozen.ProfielVersie) is { } profiel)
            Producten = profiel.Producten.Select(p => new SelectListItem($"{p.Code} — {p.Naam} (per {p.Eenheid})", p.Code)).ToList();
    }
}
