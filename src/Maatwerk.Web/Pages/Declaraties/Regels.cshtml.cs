using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Infrastructure.Declaraties;
using Maatwerk.Web.Declaraties;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Declaraties;

/// <summary>The lines of one sent declaration with their status and retourcodes; "crediteren" on a granted line (IV085).</summary>
[Authorize(Policy = DeclaratiesModule.Policy)]
public sealed class RegelsModel(DeclaratieCorrectieService service) : PageModel
{
    public Declaratie? Declaratie { get; private set; }
    public Organisatie? Gemeente { get; private set; }
    public List<Prestatie> Regels { get; private set; } = [];
    /// <summary>When the gemeente paid the granted lines (its payment batch), if it has.</summary>
    public DateTimeOffset? BetaaldOp { get; private set; }
    public string? Fout { get; private set; }

    [BindProperty] public string? Referentie { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCrediterenAsync(Guid id, CancellationToken ct)
    {
        var result = await service.CreditAsync(Referentie ?? "", ct);
        var klaar = this.Handle(result, $"Creditregel voor {Referentie} staat klaar; verstuur haar met de correcties onder Verzonden declaraties.",
            _ => Redirect($"/Declaraties/Regels/{id}"), out var fout);
        if (klaar is not null)
            return klaar;
        Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.DeclaratieAsync(id, ct) is not { } d)
            return false;
        (Declaratie, Gemeente, Regels) = d;
        BetaaldOp = await service.BetaaldOpAsync(d.Declaratie, ct);
        return true;
    }
}
