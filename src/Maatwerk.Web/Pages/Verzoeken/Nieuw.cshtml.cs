using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verzoeken;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Infrastructure.Verzoeken;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Maatwerk.Web.Verzoeken;

namespace Maatwerk.Web.Pages.Verzoeken;

[Authorize(Policy = VerzoekenModule.Policy)]
public sealed class NieuwModel(VerzoekService verzoeken, DataScope scope, ContractProfileCatalog catalogus, Clock klok) : PageModel
{
    [BindProperty] public VerzoekInput Invoer { get; set; } = new();
    [BindProperty(SupportsGet = true)] public Guid? Contract { get; set; }
    public List<SelectListItem> Contracten { get; private set; } = [];
    public List<SelectListItem> Gemeenten { get; private set; } = [];
    public List<SelectListItem> Producten { get; private set; } = [];
    public List<SelectListItem> Verwijzers { get; } = Verzoek.Verwijzers.Select(v => new SelectListItem($"{v.Key} {v.Value}", v.Key)).ToList();
    public List<SelectListItem> Eenheden { get; } = [new("(geen)", ""), .. ToewijzingCodes.Eenheden.Select(e => new SelectListItem($"{e.Key} {e.Value}", e.Key))];
    public List<SelectListItem> Frequenties { get; } = [new("(geen)", ""), .. ToewijzingCodes.Frequenties.Select(e => new SelectListItem($"{e.Key} {e.Value}", e.Key))];
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!verzoeken.MagIndienen)
            return NotFound();
        Invoer = new() { ContractId = Contract ?? Guid.Empty, Ingangsdatum = klok.Vandaag };
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await verzoeken.SubmitAsync(Invoer, ct);
            var klaar = this.Handle(result, "Het verzoek om toewijzing is verzonden aan de gemeente.", r => Redirect($"/Verzoeken/Details/{r.Id}"), out var fout);
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
        var contracten = await scope.Contracten().OrderBy(c => c.Naam).ToListAsync(ct);
        Contracten = [new("Kies een contract", ""), .. contracten.Select(c => new SelectListItem(c.Naam, c.Id.ToString()))];
        if (contracten.FirstOrDefault(c => c.Id == Contract) is not { } gekozen)
            return;
        Gemeenten = (await verzoeken.GemeentenForAsync(gekozen.Id, ct)).Select(g => new SelectListItem(g.Naam, g.Id.ToString())).ToList();
        Producten = catalogus.Find(gekozen.ProfielId, gekozen.ProfielVersie)?.Producten.Select(p => new SelectListItem($"{p.Code} — {p.Naam}", p.Code)).ToList() ?? [];
    }
}
