using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Maatwerk.Web.Contracten;

namespace Maatwerk.Web.Pages.Contracten;

[Authorize(Policy = ContractenModule.Policy)]
public sealed class IndexModel(ContractService contracten, DataScope scope) : PageModel
{
    public List<Contract> Contracten { get; private set; } = [];
    public Dictionary<Guid, string> Namen { get; private set; } = [];
    public bool MagWijzigen => contracten.MagWijzigen;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Contracten = await contracten.ListAsync(ct);
        Namen = await scope.Organisaties().ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
    }
}
