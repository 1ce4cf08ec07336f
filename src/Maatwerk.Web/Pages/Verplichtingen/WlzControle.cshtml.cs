using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Verplichtingen;

namespace Maatwerk.Web.Pages.Verplichtingen;

/// <summary>IB-34c: the consulent registers the weekly check for issued Wlz indications under every contract of the
/// gemeente whose profile asks for it (an organisation-level event, no client).</summary>
[Authorize(Policy = VerplichtingenModule.Policy)]
public sealed class WlzControleModel(WlzService wlz) : PageModel
{
    [BindProperty] public DateOnly? Datum { get; set; }
    [BindProperty] public string? Toelichting { get; set; }
    public List<Contract> Contracten { get; private set; } = [];
    public DateTimeOffset? Laatste { get; private set; }
    public List<string> Fouten { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Datum = wlz.Vandaag;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var result = await wlz.CheckAsync(new WlzCheckInput(Datum ?? default, Toelichting), ct);
        var klaar = this.Handle(result, "De wekelijkse Wlz-controle is geregistreerd.", _ => Redirect("/Verplichtingen/WlzControle"), out _);
        if (klaar is not null)
            return klaar;
        Fouten.AddRange(result.Errors.Select(e => e.Message));
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!wlz.MagRegistreren)
            return false;
        Contracten = await wlz.CheckContractenAsync(ct);
        Laatste = await wlz.LastCheckAsync(ct);
        return true;
    }
}
