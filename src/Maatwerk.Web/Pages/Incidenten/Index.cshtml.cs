using Maatwerk.Infrastructure.Incidenten;
using Maatwerk.Web.Incidenten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Incidenten;

/// <summary>Incidents, calamities and data breaches in view: both moments, the deadlines with clause, and to whom they were reported.</summary>
[Authorize(Policy = IncidentenModule.Policy)]
public sealed class IndexModel(IncidentService service) : PageModel
{
    public List<IncidentService.Row> Incidenten { get; private set; } = [];
    public bool MagRegistreren => service.MagRegistreren;
    public bool IsToezichthouder => service.IsToezichthouder;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagLezen)
            return Forbid();
        Incidenten = await service.ListAsync(ct);
        return Page();
    }
}
