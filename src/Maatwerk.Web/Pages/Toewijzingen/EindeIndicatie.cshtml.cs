using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Toewijzingen;

namespace Maatwerk.Web.Pages.Toewijzingen;

/// <summary>IB-27a/b: a printable letter telling the client that the toewijzing ends and how to request an extension,
/// and the registration that (and how) the client was informed.</summary>
[Authorize(Policy = ToewijzingenModule.Policy)]
public sealed class EindeIndicatieModel(EindeIndicatieService service) : PageModel
{
    public EindeIndicatieService.Overview Overzicht { get; private set; } = null!;
    [BindProperty] public EindeIndicatieInput Invoer { get; set; } = new();
    public List<string> Fouten { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Invoer = new EindeIndicatieInput { Datum = service.Vandaag, Wijze = "brief", Verlengingsadvies = true };
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await service.RegisterAsync(id, Invoer, ct);
            var klaar = this.Handle(result, "Vastgelegd dat de cliënt is geïnformeerd over het einde van de indicatie.", _ => Redirect($"/Toewijzingen/Details/{id}"), out var fout);
            if (klaar is not null)
                return klaar;
            if (fout is not null)
                Fouten.Add(fout);
        }
        Fouten.AddRange(ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!service.MagUitvoeren || await service.OverviewAsync(id, metClient: true, ct) is not { MagBrief: true } overzicht)
            return false;
        Overzicht = overzicht;
        return true;
    }
}
