using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Clienten;

namespace Maatwerk.Web.Pages.Clienten;

/// <summary>The client-first dossier (issue 13): header, all toewijzingen in view, one timeline across them, plans,
/// evaluations, iWmo messages and obligations — each read through the user's DataScope.</summary>
[Authorize(Policy = ClientenModule.Policy)]
public sealed class DetailsModel(ClientService clienten, ToewijzingService toewijzingen, VerplichtingenService verplichtingen, WlzService wlz,
    Maatwerk.Infrastructure.Beschikkingen.BeschikkingService beschikkingen, DossierService dossier, ZorgketenService keten, BerichtenOverview berichten) : PageModel
{
    public Client Client { get; private set; } = null!;
    public Dossierkop Kop { get; private set; } = null!;
    public List<ToewijzingService.Row> Toewijzingen { get; private set; } = [];
    public List<VerplichtingenService.Row> Verplichtingen { get; private set; } = [];
    public TijdlijnStand Tijdlijn { get; private set; } = new([], []);
    public List<(ToewijzingService.Row Toewijzing, Ondersteuningsplan Plan)> Plannen { get; } = [];
    public List<(ToewijzingService.Row Toewijzing, Evaluatie Evaluatie)> Evaluaties { get; } = [];
    public List<BerichtenOverview.Row> Berichten { get; } = [];
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
        Kop = new Dossierkop(client, await dossier.GemeenteAsync(client.GemeenteId, ct));
        Toewijzingen = await toewijzingen.ListAsync(clientId: id, ct: ct);
        Beschikkingen = await beschikkingen.ForClientAsync(id, ct);
        Verplichtingen = await verplichtingen.ListAsync(new VerplichtingQuery { ClientId = id }, ct);
        Tijdlijn = await dossier.TijdlijnAsync(id, null, ct);
        foreach (var t in Toewijzingen)
        {
            if (await keten.PlanAsync(t.Toewijzing.Id, ct) is { } plan)
                Plannen.Add((t, plan));
            Evaluaties.AddRange((await keten.EvaluatiesAsync(t.Toewijzing.Id, ct)).Select(e => (t, e)));
            Berichten.AddRange(await berichten.ForToewijzingAsync(t.Toewijzing.Id, ct));
        }
        return Page();
    }
}
