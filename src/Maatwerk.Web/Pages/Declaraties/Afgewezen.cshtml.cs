using Maatwerk.Infrastructure.Declaraties;
using Maatwerk.Web.Declaraties;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Declaraties;

/// <summary>The worklist of rejected WMO323 lines: each retourcode in plain Dutch with what to do, and "opnieuw declareren"
/// with the corrected volume and tariff (default the contract tariff); the next correction WMO323 carries the new line.</summary>
[Authorize(Policy = DeclaratiesModule.Policy)]
public sealed class AfgewezenModel(DeclaratieCorrectieService service) : PageModel
{
    public List<DeclaratieCorrectieService.Werkregel> Regels { get; private set; } = [];
    public string? Fout { get; private set; }

    [BindProperty] public string? Referentie { get; set; }
    [BindProperty] public DeclaratieCorrectieService.OpnieuwInput Invoer { get; set; } = new();
    [BindProperty] public string? Reden { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagDeclareren)
            return Forbid();
        Regels = await service.AfgewezenAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostOpnieuwAsync(CancellationToken ct) => HandleAsync(service.RedeclareAsync(Referentie ?? "", Invoer, ct),
        $"Regel {Referentie} staat klaar om opnieuw te declareren; verstuur haar met de correcties onder Verzonden declaraties.", ct);

    /// <summary>"Niet opnieuw indienen" with a reason (DEV-Art8.7): the line leaves the worklist.</summary>
    public Task<IActionResult> OnPostNietOpnieuwAsync(CancellationToken ct) => HandleAsync(service.NietOpnieuwAsync(Referentie ?? "", Reden, ct),
        $"Regel {Referentie} wordt niet opnieuw ingediend; de reden is vastgelegd.", ct);

    private async Task<IActionResult> HandleAsync(Task<Infrastructure.Common.SaveResult> werk, string melding, CancellationToken ct)
    {
        if (!service.MagDeclareren)
            return Forbid();
        var result = await werk;
        var klaar = this.Handle(result, melding, _ => Redirect("/Declaraties/Afgewezen"), out var fout);
        if (klaar is not null)
            return klaar;
        Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        Regels = await service.AfgewezenAsync(ct);
        return Page();
    }
}
