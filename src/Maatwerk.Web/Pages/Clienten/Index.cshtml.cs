using Maatwerk.Domain.Clienten;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Clienten;

namespace Maatwerk.Web.Pages.Clienten;

[Authorize(Policy = ClientenModule.Policy)]
public sealed class IndexModel(ClientService clienten) : PageModel
{
    public string? Zoek { get; private set; }
    public ClientService.Filter Filter { get; private set; } = new();
    public ListPage<Client>? Lijst { get; private set; }
    public IReadOnlyList<Client> Clienten => Lijst?.Items ?? [];
    public Pager Pager { get; private set; } = null!;
    public bool MagToevoegen => clienten.MagWijzigen;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var view = await this.LoadListAsync(ClientService.Sorteringen, ClientService.Filter.Read, (f, q) => clienten.PageAsync(f, q, ct), "/api/clienten/export");
        (Filter, Zoek, Lijst, Pager) = (view.Filter, view.Zoek, view.Lijst, view.Pager);
    }
}
