using Maatwerk.Domain.Clienten;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Clienten;

namespace Maatwerk.Web.Pages.Clienten;

[Authorize(Policy = ClientenModule.Policy)]
public sealed class IndexModel(ClientService clienten) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Zoek { get; set; }
    public List<Client> Clienten { get; private set; } = [];
    public bool MagToevoegen => clienten.MagWijzigen;

    public async Task OnGetAsync(CancellationToken ct) => Clienten = await clienten.ListAsync(Zoek, ct);
}
