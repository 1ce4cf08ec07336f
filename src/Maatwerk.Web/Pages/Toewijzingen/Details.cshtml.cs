using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Toewijzingen;

[Authorize(Policy = Policies.Toewijzingen)]
public sealed class DetailsModel(ToewijzingService toewijzingen) : PageModel
{
    public Toewijzing Toewijzing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await toewijzingen.GetAsync(id, ct) is not { } t)
            return NotFound();
        Toewijzing = t;
        return Page();
    }
}
