using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Toewijzingen;

namespace Maatwerk.Web.Pages.Toewijzingen;

[Authorize(Policy = ToewijzingenModule.Policy)]
public sealed class IndexModel(ToewijzingService toewijzingen, ZorgketenService keten) : PageModel
{
    [BindProperty(SupportsGet = true)] public ToewijzingStatus? Status { get; set; }
    public List<ToewijzingService.Regel> Regels { get; private set; } = [];
    public bool MagUitgeven => keten.MagUitgeven;

    public async Task OnGetAsync(CancellationToken ct) => Regels = await toewijzingen.ListAsync(Status, ct: ct);
}
