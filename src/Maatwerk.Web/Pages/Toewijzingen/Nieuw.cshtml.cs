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
using Maatwerk.Web.Clienten;

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
    public List<SelectListItem> Eenheden { get; private set; } = [new("(geen)", ""), .. ToewijzingCodes.Eenheden.Select(e => new SelectListItem($"{e.Key} {e.Value}", e.Key))];
    public List<SelectListItem> Frequenties { get; } = [new("(geen)", ""), .. ToewijzingCodes.Frequenties.Select(e => new SelectListItem($"{e.Key} {e.Value}", e.Key))];
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!keten.MagUitgeven)
            return NotFound();
        Invoer = Invoer with { ClientId = Client ?? Guid.Empty, ContractId = Contract ?? Guid.Empty, Ingangsdatum = klok.Vandaag, BeschikkingId = Beschikking };
        await LoadChoicesAsync(ct);
        Invoer = Prefill(Invoer);
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
        Clienten = await ClientKeuze.ListAsync(scope, ct);
        if (Client is { } client)
        {
            _beschikkingen = await beschikkingen.ForClientAsync(client, ct);
            Beschikkingen = [new("Kies een beschikking", ""), .. _beschikkingen
                .Select(b => new SelectListItem($"{b.Nummer} — {b.Omschrijving} ({View.Date(b.Ingangsdatum)} – {View.Date(b.Einddatum)})", b.Id.ToString()))];
        }
        var contracten = await scope.Contracten().OrderBy(c => c.Naam).ToListAsync(ct);
        Contracten = [new("Kies een contract", ""), .. contracten.Select(c => new SelectListItem(c.Naam, c.Id.ToString()))];
        if (contracten.FirstOrDefault(c => c.Id == Contract) is { } gekozen && catalogus.Find(gekozen.ProfielId, gekozen.ProfielVersie) is { } profiel)
        {
            _producten = profiel.Producten;
            Producten = [new("Kies een product", ""), .. profiel.Producten.Select(p => new SelectListItem(ProductLabel(p), p.Code))];
            // Only the units the contract prescribes for its products (the tariff may be per klokuur while the
            // contract allocates in minutes: the iWmo unit is what the toewijzing carries).
            var eenheden = profiel.Producten.Select(p => p.IWmoEenheid).OfType<string>().Distinct().Where(ToewijzingCodes.Eenheden.ContainsKey).ToList();
            if (eenheden.Count > 0)
                Eenheden = [new("(geen)", ""), .. eenheden.Select(e => new SelectListItem($"{e} {ToewijzingCodes.Eenheden[e]}", e))];
        }
    }

    private IReadOnlyList<Maatwerk.Domain.Beschikkingen.Beschikking> _beschikkingen = [];
    private IReadOnlyList<Product> _producten = [];

    /// <summary>"PO-L — Persoonlijke ondersteuning licht (in minuten)": the unit the toewijzing is given in (the iWmo
    /// unit of the contract), else the contract's own unit.</summary>
    public static string ProductLabel(Product p) =>
        p.IWmoEenheid is { } code && ToewijzingCodes.Eenheden.TryGetValue(code, out var eenheid)
            ? $"{p.Code} — {p.Naam} (eenheid: {eenheid.ToLowerInvariant()})"
            : $"{p.Code} — {p.Naam} (per {p.Eenheid})";

    /// <summary>Prefills from the chosen beschikking (the only one, if the client has one): its period (starting
    /// today when it began earlier) and, when its description names a product of the contract, that product with
    /// its unit; so the first submit fits the beschikking.</summary>
    private ToewijzingInput Prefill(ToewijzingInput invoer)
    {
        var beschikking = _beschikkingen.FirstOrDefault(b => b.Id == invoer.BeschikkingId) ?? (_beschikkingen.Count == 1 ? _beschikkingen[0] : null);
        if (beschikking is null)
            return invoer;
        var ingang = beschikking.Ingangsdatum > klok.Vandaag ? beschikking.Ingangsdatum : klok.Vandaag;
        if (beschikking.Einddatum is { } einde && ingang > einde)
            ingang = beschikking.Ingangsdatum;
        invoer = invoer with { BeschikkingId = beschikking.Id, Ingangsdatum = ingang, Einddatum = beschikking.Einddatum };
        var product = _producten.Count == 1 ? _producten[0]
            : _producten.FirstOrDefault(p => beschikking.Omschrijving.Contains(p.Naam, StringComparison.OrdinalIgnoreCase));
        return product is null ? invoer : invoer with { Productcode = product.Code, Eenheid = product.IWmoEenheid ?? invoer.Eenheid };
    }
}
