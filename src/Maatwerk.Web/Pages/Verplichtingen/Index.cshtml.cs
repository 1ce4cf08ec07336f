using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Maatwerk.Web.Verplichtingen;

namespace Maatwerk.Web.Pages.Verplichtingen;

[Authorize(Policy = VerplichtingenModule.Policy)]
public sealed class IndexModel(VerplichtingenService verplichtingen, ContractService contracten) : PageModel
{
    public VerplichtingQuery Filter { get; private set; } = new();
    public Guid? Contract => Filter.ContractId;
    public Guid? Client => Filter.ClientId;
    public string? Soort => Filter.Soort;
    public VerplichtingStatus? Status => Filter.Status;
    public string? Zoek { get; private set; }

    public ListPage<VerplichtingenService.Row>? Lijst { get; private set; }
    public List<VerplichtingenService.Row> Regels => Lijst?.Items.ToList() ?? [];
    public Pager Pager { get; private set; } = null!;
    public List<SelectListItem> Contracten { get; private set; } = [];
    public VerplichtingenSummary Samenvatting { get; private set; } = null!;
    public List<string> Soorten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var view = await this.LoadListAsync(VerplichtingenService.Sorteringen, VerplichtingQuery.Read, (f, q) => verplichtingen.PageAsync(f, q, ct), "/api/verplichtingen/export");
        (Filter, Zoek, Lijst, Pager) = (view.Filter, view.Zoek, view.Lijst, view.Pager);
        Samenvatting = await verplichtingen.SummaryAsync(ct);
        Soorten = await verplichtingen.TypesAsync(ct);
        Contracten = [new("Alle contracten", ""), .. (await contracten.ListAsync(ct)).Select(c => new SelectListItem(c.Naam, c.Id.ToString(), c.Id == Contract))];
    }
}
