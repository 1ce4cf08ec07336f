using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Toewijzingen;

[Authorize(Policy = Policies.Toewijzingen)]
public sealed class DetailsModel(ToewijzingService toewijzingen, VerplichtingenService verplichtingen) : PageModel
{
    public Toewijzing Toewijzing { get; private set; } = null!;
    public List<VerplichtingenService.Regel> Verplichtingen { get; private set; } = [];
    public List<ContractGebeurtenis> Gebeurtenissen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await toewijzingen.GetAsync(id, ct) is not { } t)
            return NotFound();
        Toewijzing = t;
        Verplichtingen = await verplichtingen.ListAsync(new VerplichtingQuery { ToewijzingId = id }, ct);
        Gebeurtenissen = await verplichtingen.GebeurtenissenAsync(id, ct);
        return Page();
    }
}
