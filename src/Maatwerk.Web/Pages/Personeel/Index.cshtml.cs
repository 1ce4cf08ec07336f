using Maatwerk.Infrastructure.Personeel;
using Maatwerk.Web.Personeel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Personeel;

/// <summary>The staff register: the aanbieder's people; for the gemeente those of its contracted aanbieders, status only.</summary>
[Authorize(Policy = PersoneelModule.Policy)]
public sealed class IndexModel(PersoneelService service) : PageModel
{
    public List<PersoneelService.Row> Medewerkers { get; private set; } = [];
    public bool MagBeheren => service.MagBeheren;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagInzien)
            return Forbid();
        Medewerkers = await service.ListAsync(ct);
        return Page();
    }
}
