using Maatwerk.Domain.Organisaties;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Maatwerk.Web.Contracten;

namespace Maatwerk.Web.Pages.Contracten;

[Authorize(Policy = ContractenModule.Policy)]
public sealed class BewerkenModel(ContractService contracten, DataScope scope) : EditPage<ContractInput>
{
    public List<SelectListItem> Opdrachtgevers { get; private set; } = [];
    public List<SelectListItem> Aanbieders { get; private set; } = [];
    public List<SelectListItem> Profielen => contracten.Profielen.Select(p => new SelectListItem($"{p.Naam} ({p.Id}, versie {p.Versie})", p.Id)).ToList();

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!contracten.MagWijzigen)
            return NotFound();
        Id = id;
        if (id is { } bestaand)
        {
            if (await contracten.GetAsync(bestaand, ct) is not { } c)
                return NotFound();
            Invoer = ContractInput.From(c);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    protected override string Melding => "Het contract is opgeslagen.";

    protected override Task<SaveResult> SaveAsync(Guid? id, CancellationToken ct) =>
        id is { } bestaand ? contracten.UpdateAsync(bestaand, Invoer, ct) : contracten.CreateAsync(Invoer, ct);

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        var opdrachtgeverIds = scope.OpdrachtgeverIds;
        var organisaties = await scope.Organisaties().OrderBy(o => o.Naam).ToListAsync(ct);
        Opdrachtgevers = organisaties.Where(o => opdrachtgeverIds.Contains(o.Id)).Select(o => new SelectListItem(o.Naam, o.Id.ToString())).ToList();
        Aanbieders = organisaties.Where(o => o.Soort == OrganisatieSoort.Aanbieder).Select(o => new SelectListItem($"{o.Naam} (AGB {o.AgbCode})", o.Id.ToString())).ToList();
    }
}
