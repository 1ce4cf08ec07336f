using Maatwerk.Infrastructure.Klachten;
using Maatwerk.Web.Klachten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Klachten;

/// <summary>The complaints register: status, the contract's terms with deadline and clause, and whether it was extended.</summary>
[Authorize(Policy = KlachtenModule.Policy)]
public sealed class IndexModel(KlachtService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Open { get; set; }
    public List<KlachtService.Row> Klachten { get; private set; } = [];
    public bool MagRegistreren => service.MagRegistreren;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagLezen)
            return Forbid();
        Klachten = await service.ListAsync(Open, ct);
        return Page();
    }
}
