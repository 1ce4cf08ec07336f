using Maatwerk.Domain.Organisatiebewijzen;
using Maatwerk.Infrastructure.Organisatiebewijzen;
using Maatwerk.Web.Organisatiebewijzen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Organisatiebewijzen;

/// <summary>Insurance, quality certificates and VOG rechtspersoon: the status per contract (both roles) and, for kwaliteit
/// at the aanbieder, its own records with their warnings.</summary>
[Authorize(Policy = OrganisatiebewijzenModule.Policy)]
public sealed class IndexModel(OrganisatiebewijsService service) : PageModel
{
    public List<OrganisatiebewijsService.ContractRow> Status { get; private set; } = [];
    public List<(Organisatiebewijs Bewijs, List<string> Waarschuwingen)> Bewijzen { get; private set; } = [];
    public bool MagBeheren => service.MagBeheren;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagInzien)
            return Forbid();
        Status = await service.StatusAsync(ct);
        foreach (var b in await service.ListAsync(ct))
            Bewijzen.Add((b, await service.WarningsAsync(b, ct)));
        return Page();
    }
}
