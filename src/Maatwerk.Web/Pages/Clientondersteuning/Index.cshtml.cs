using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Web.Clientondersteuning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Clientondersteuning;

/// <summary>The OCO worker's and coordinator's daily work: the meldingen (optionally one worker's caseload), what is due,
/// the caseload per worker and the breach list of OCO-2.17 (no waiting lists).</summary>
[Authorize(Policy = ClientondersteuningModule.Policy)]
public sealed class IndexModel(MeldingService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Medewerker { get; set; }
    [BindProperty(SupportsGet = true)] public bool Open { get; set; }

    public List<MeldingService.Row> Meldingen { get; private set; } = [];
    public List<MeldingService.Caseload> Caseload { get; private set; } = [];
    public List<(Melding Melding, VastgelegdeVerplichting Verplichting)> Overschrijdingen { get; private set; } = [];
    public List<(Melding Melding, VastgelegdeVerplichting Verplichting)> Te { get; private set; } = [];
    public bool MagRegistreren => service.MagRegistreren;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return Forbid();
        Meldingen = await service.ListAsync(Medewerker, Open, ct);
        Caseload = await service.CaseloadAsync(ct);
        Overschrijdingen = await service.BreachesAsync(ct);
        Te = await service.DueAsync(ct);
        return Page();
    }
}
