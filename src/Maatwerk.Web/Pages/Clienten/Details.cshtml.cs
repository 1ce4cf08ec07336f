using Maatwerk.Domain.Clienten;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Clienten;

namespace Maatwerk.Web.Pages.Clienten;

[Authorize(Policy = ClientenModule.Policy)]
public sealed class DetailsModel(ClientService clienten, ToewijzingService toewijzingen, VerplichtingenService verplichtingen, WlzService wlz,
    Maatwerk.Infrastructure.Beschikkingen.BeschikkingService beschikkingen) : PageModel
{
    public Client Client { get; private set; } = null!;
    public List<ToewijzingService.Row> Toewijzingen { get; private set; } = [];
    public List<VerplichtingenService.Row> Verplichtingen { get; private set; } = [];
    public bool MagWijzigen => clienten.MagWijzigen;
    public List<Domain.Beschikkingen.Beschikking> Beschikkingen { get; private set; } = [];
    public bool MagBeschikkingVastleggen => beschikkingen.MagVastleggen;
    /// <summary>A consulent of the client's gemeente registers a Wlz indication (IB-34a/b).</summary>
    public bool MagWlzRegistreren => wlz.MagRegistreren;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await clienten.GetAsync(id, ct) is not { } client)
            return NotFound();
        Client = client;
        Toewijzingen = await toewijzingen.ListAsync(clientId: id, ct: ct);
        Beschikkingen = await beschikkingen.ForClientAsync(id, ct);
        Verplichtingen = await verplichtingen.ListAsync(new VerplichtingQuery { ClientId = id }, ct);
        return Page();
    }
}
