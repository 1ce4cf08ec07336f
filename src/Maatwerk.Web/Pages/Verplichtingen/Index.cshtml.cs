using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Maatwerk.Web.Verplichtingen;

namespace Maatwerk.Web.Pages.Verplichtingen;

[Authorize(Policy = VerplichtingenModule.Policy)]
public sealed class IndexModel(VerplichtingenService verplichtingen, ContractService contracten) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Contract { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Client { get; set; }
    [BindProperty(SupportsGet = true)] public string? Soort { get; set; }
    [BindProperty(SupportsGet = true)] public VerplichtingStatus? Status { get; set; }

    public List<VerplichtingenService.Regel> Regels { get; private set; } = [];
    public List<SelectListItem> Contracten { get; private set; } = [];
    public VerplichtingenSamenvatting Samenvatting { get; private set; } = null!;
    public List<string> Soorten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Regels = await verplichtingen.ListAsync(new VerplichtingQuery { ContractId = Contract, ClientId = Client, Soort = Soort, Status = Status }, ct);
        Samenvatting = await verplichtingen.SamenvattingAsync(ct);
        Soorten = await verplichtingen.SoortenAsync(ct);
        Contracten = [new("Alle contracten", ""), .. (await contracten.ListAsync(ct)).Select(c => new SelectListItem(c.Naam, c.Id.ToString(), c.Id == Contract))];
    }
}
