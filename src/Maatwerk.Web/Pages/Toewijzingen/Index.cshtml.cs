using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Maatwerk.Web.Toewijzingen;

namespace Maatwerk.Web.Pages.Toewijzingen;

[Authorize(Policy = ToewijzingenModule.Policy)]
public sealed class IndexModel(ToewijzingService toewijzingen, ZorgketenService keten, ContractService contracten) : PageModel
{
    public ToewijzingService.Filter Filter { get; private set; } = new();
    public ToewijzingStatus? Status => Filter.Status;
    public string? Zoek { get; private set; }
    public ListPage<ToewijzingService.Row>? Lijst { get; private set; }
    public List<ToewijzingService.Row> Regels => Lijst?.Items.ToList() ?? [];
    public Pager Pager { get; private set; } = null!;
    public List<SelectListItem> Contracten { get; private set; } = [];
    public bool MagUitgeven => keten.MagUitgeven;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var view = await this.LoadListAsync(toewijzingen.Sorteringen, ToewijzingService.Filter.Read, (f, q) => toewijzingen.PageAsync(f, q, ct), "/api/toewijzingen/export");
        (Filter, Zoek, Lijst, Pager) = (view.Filter, view.Zoek, view.Lijst, view.Pager);
        Contracten = [new("Alle contracten", ""), .. (await contracten.ListAsync(ct)).Select(c => new SelectListItem(c.Naam, c.Id.ToString(), c.Id == Filter.ContractId))];
    }
}
