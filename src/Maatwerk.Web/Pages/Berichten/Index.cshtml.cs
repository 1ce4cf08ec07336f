using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Berichten;

namespace Maatwerk.Web.Pages.Berichten;

[Authorize(Policy = BerichtenModule.Policy)]
public sealed class IndexModel(BerichtenOverview overzicht) : PageModel
{
    public BerichtenOverview.Filter Filter { get; private set; } = new();
    public string? Zoek { get; private set; }
    public ListPage<BerichtenOverview.Row>? Lijst { get; private set; }
    public List<BerichtenOverview.Row> Regels => Lijst?.Items.ToList() ?? [];
    public Pager Pager { get; private set; } = null!;
    public bool Inbox => Filter.Inbox;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var view = await this.LoadListAsync(BerichtenOverview.Sorteringen, BerichtenOverview.Filter.Read, (f, q) => overzicht.PageAsync(f, q, ct), "/api/iwmo/berichten/export");
        (Filter, Zoek, Lijst, Pager) = (view.Filter, view.Zoek, view.Lijst, view.Pager);
    }
}
