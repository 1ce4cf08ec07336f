using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Toewijzingen;

[Authorize(Policy = Policies.Toewijzingen)]
public sealed class IndexModel(ToewijzingService toewijzingen, ZorgketenService keten) : PageModel
{
    [BindProperty(SupportsGet = true)] public ToewijzingStatus? Status { get; set; }
    public List<ToewijzingService.Regel> Regels { get; private set; } = [];
    public bool MagUitgeven => keten.MagUitgeven;

    public async Task OnGetAsync(CancellationToken ct) => Regels = await toewijzingen.ListAsync(Status, ct: ct);
}
