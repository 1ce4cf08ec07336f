using Maatwerk.Infrastructure.Declaraties;
using Maatwerk.Web.Declaraties;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Declaraties;

/// <summary>The month's WMO323 for one gemeente: every line with volume, tariff and amount, the pre-flight (what the
/// gemeente would reject and why), and sending or downloading the message.</summary>
[Authorize(Policy = DeclaratiesModule.Policy)]
public sealed class IndexModel(DeclaratieService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Maand { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Gemeente { get; set; }

    public List<SelectListItem> Gemeenten { get; private set; } = [];
    public DeclaratieService.Voorbereiding? Voorbereiding { get; private set; }
    public string? Fout { get; private set; }

    public DateOnly GekozenMaand => DateOnly.TryParseExact((Maand ?? "") + "-01", "yyyy-MM-dd", out var d)
        ? d : new DateOnly(service.Vandaag.Year, service.Vandaag.Month, 1).AddMonths(-1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagDeclareren)
            return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!service.MagDeclareren)
            return Forbid();
        var result = await service.SendAsync(GekozenMaand, Gemeente ?? Guid.Empty, ct);
        var klaar = this.Handle(result, $"De declaratie over {Domain.Declaraties.Declaratieopbouw.Periode(GekozenMaand)} is verzonden.",
            _ => Redirect($"/Declaraties?Maand={GekozenMaand:yyyy-MM}&Gemeente={Gemeente}"), out var fout);
        if (klaar is not null)
            return klaar;
        Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var gemeenten = await service.GemeentenAsync(ct);
        Gemeenten = gemeenten.Select(g => new SelectListItem(g.Naam, g.Id.ToString())).ToList();
        Gemeente ??= gemeenten.FirstOrDefault()?.Id;
        Maand ??= GekozenMaand.ToString("yyyy-MM");
        if (Gemeente is { } id)
            Voorbereiding = await service.PrepareAsync(GekozenMaand, id, ct);
    }
}
