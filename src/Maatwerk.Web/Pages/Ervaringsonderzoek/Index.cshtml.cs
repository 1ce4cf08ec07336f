using Maatwerk.Domain.Ervaringsonderzoek;
using Maatwerk.Infrastructure.Ervaringsonderzoek;
using Maatwerk.Web.Ervaringsonderzoek;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Ervaringsonderzoek;

/// <summary>The survey of a year: for the aanbieder the summary, the responses, the clients in care without one (IB-47a,
/// IB-A16) with a one-time link per client (IB-47b) and the rounds (OCO-2.21, BSD-63f); for the gemeente's contractmanager
/// the summary per contracted aanbieder (IB-47c) and the rounds shared with it, without names. PDF for the contract meeting.</summary>
[Authorize(Policy = ErvaringsonderzoekModule.Policy)]
public sealed class IndexModel(ErvaringService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public ErvaringJaarInput Invoer { get; set; } = new();
    [BindProperty] public ErvaringslinkInput Link { get; set; } = new();
    [BindProperty] public DelenInput Delen { get; set; } = new();

    public bool MagRegistreren => service.MagRegistreren;
    public ErvaringService.Overzicht? Overzicht { get; private set; }
    public List<Ervaringssamenvatting> Samenvattingen { get; private set; } = [];
    public List<ErvaringService.RondeRow> Rondes { get; private set; } = [];
    public List<SelectListItem> Aanbieders { get; private set; } = [];
    public string? NieuweLink { get; private set; }
    public DateTimeOffset? LinkVerlooptOp { get; private set; }
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var invoer = Invoer.Jaar == 0 ? Invoer with { Jaar = service.Vandaag.Year } : Invoer;
        return await ErvaringsonderzoekApi.PdfAsync(invoer, service, ct) is { } pdf
            ? File(pdf, "application/pdf", $"ervaringsonderzoek-{invoer.Jaar}.pdf") : NotFound();
    }

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken ct)
    {
        var link = await service.CreateLinkAsync(Link, ct);
        if (link.Token is { } token)
            (NieuweLink, LinkVerlooptOp) = (ErvaringsonderzoekApi.Url(Request, token), link.VerlooptOp);
        else if (this.Handle(link.Result, "", _ => Page(), out var fout) is { } klaar && link.Result.Status == Infrastructure.Common.SaveStatus.NotFound)
            return klaar;
        else
            Fout = fout ?? string.Join(" ", link.Result.Errors.Select(e => e.Message));
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostZorgInJaarAsync(CancellationToken ct)
    {
        var result = await service.RegisterZorgInJaarAsync(Invoer, ct);
        var klaar = this.Handle(result, $"Cliënten met ondersteuning in {Invoer.Jaar} vastgelegd; wie nog geen reactie heeft, staat op Verplichtingen (IB-47a).",
            _ => Redirect($"/Ervaringsonderzoek?Invoer.Jaar={Invoer.Jaar}"), out var fout);
        if (klaar is not null)
            return klaar;
        Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDelenAsync(Guid id, CancellationToken ct)
    {
        var result = await service.ShareAsync(id, Delen, ct);
        var klaar = this.Handle(result, "Gedeeld met de gemeente (OCO-2.21).", _ => Redirect($"/Ervaringsonderzoek?Invoer.Jaar={Invoer.Jaar}"), out var fout);
        if (klaar is not null)
            return klaar;
        Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (Invoer.Jaar == 0)
            Invoer = Invoer with { Jaar = service.Vandaag.Year };
        if (service.MagRegistreren)
        {
            Overzicht = await service.OverviewAsync(Invoer.Jaar, ct);
            Rondes = Overzicht?.Rondes ?? [];
            return;
        }
        var (samenvattingen, fouten) = await service.SummariesAsync(Invoer, ct);
        Samenvattingen = samenvattingen;
        foreach (var f in fouten)
            ModelState.AddModelError($"Invoer.{f.Field}", f.Message);
        if (fouten.Count == 0)
            Rondes = (await service.RondesAsync(Invoer.Jaar, ct)).Where(r => Invoer.AanbiederId is not { } a || r.Ronde.AanbiederId == a).ToList();
        Aanbieders = [new("Alle aanbieders", ""), .. (await service.AanbiedersAsync(ct)).Select(a => new SelectListItem(a.Omschrijving, a.Id.ToString()))];
    }
}
