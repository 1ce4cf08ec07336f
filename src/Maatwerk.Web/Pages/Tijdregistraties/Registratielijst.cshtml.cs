using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Infrastructure.Tijdregistraties;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Tijdregistraties;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Tijdregistraties;

/// <summary>DEV-Eis3-REG (MR-10): the registration list of one toewijzing per period of 28 days from the start of care,
/// printable as PDF, and the recording of who signed it (which meets the contract's obligation).</summary>
[Authorize(Policy = TijdregistratiesModule.Policy)]
public sealed class RegistratielijstModel(RegistratielijstService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Periode { get; set; }
    [BindProperty] public OndertekeningInput Invoer { get; set; } = new();
    public RegistratielijstService.Lijst Lijst { get; private set; } = null!;
    public string? Fout { get; private set; }
    public List<string> Fouten => ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct().ToList();

    public static IEnumerable<SelectListItem> Ondertekenaars => Ondertekening.Ondertekenaars.Select(o => new SelectListItem(o.Value, o.Key.ToString()));
    public static IEnumerable<SelectListItem> Wijzen => Ondertekening.Wijzen.Select(o => new SelectListItem(o.Value, o.Key.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var tot = Lijst.Gekozen.Registratieperiode.Tot;
        Invoer = new OndertekeningInput { Datum = tot < service.Vandaag ? service.Vandaag : tot, Naam = Lijst.Client.VolledigeNaam };
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        return File(RegistratielijstPdf.Write(Lijst), "application/pdf",
            $"registratielijst-{Lijst.Toewijzing.ToewijzingNummer}-periode-{Lijst.Gekozen.Registratieperiode.Nummer}.pdf");
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid && Periode is { } nummer)
        {
            var result = await service.SignAsync(id, nummer, Invoer, ct);
            var klaar = this.Handle(result, $"Vastgelegd: de registratielijst van periode {nummer} is getekend.",
                _ => Redirect($"/Tijdregistraties/Registratielijst/{id}?Periode={nummer}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.LoadAsync(id, Periode, ct) is not { } lijst)
            return false;
        Lijst = lijst;
        return true;
    }
}
