using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Berichten;

namespace Maatwerk.Web.Pages.Berichten;

[Authorize(Policy = BerichtenModule.Policy)]
public sealed class IndexModel(BerichtenOverzicht overzicht) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Map { get; set; } = "in";
    public List<BerichtenOverzicht.Regel> Regels { get; private set; } = [];
    public bool Inbox => Map != "uit";

    public async Task OnGetAsync(CancellationToken ct) => Regels = await overzicht.ListAsync(Inbox, ct: ct);
}
