using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Clienten;

namespace Maatwerk.Web.Pages.Clienten;

/// <summary>The consulent registers a Wlz indication of the client (IB-34a/b): the page proposes a stop date per
/// running toewijzing from the contract profile; confirming ends them all with a gewijzigde 301 (reden 06).</summary>
[Authorize(Policy = ClientenModule.Policy)]
public sealed class WlzModel(ClientService clienten, WlzService wlz) : PageModel
{
    public Client Client { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public DateOnly? Afgiftedatum { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? ZichtbaarOp { get; set; }
    [BindProperty] public Dictionary<Guid, DateOnly> Stopdatums { get; set; } = [];
    public List<WlzService.Row>? Regels { get; private set; }
    public List<string> Fouten { get; } = [];
    public DateOnly Vandaag => wlz.Vandaag;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (Afgiftedatum is { } afgifte)
        {
            var fouten = WlzStopdatum.Validate(afgifte, ZichtbaarOp ?? afgifte, Vandaag);
            Fouten.AddRange(fouten.Select(f => f.Message));
            if (fouten.Count == 0)
                Regels = await wlz.ProposeAsync(id, afgifte, ZichtbaarOp, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var (result, stops) = await wlz.RegisterAsync(id, new WlzInput { Afgiftedatum = Afgiftedatum ?? default, ZichtbaarOp = ZichtbaarOp, Stopdatums = Stopdatums }, ct);
        var klaar = this.Handle(result, $"De Wlz-indicatie is geregistreerd: {stops.Count} toewijzing(en) beëindigd met een gewijzigde toewijzing (reden 06).",
            _ => Redirect($"/Clienten/Details/{id}"), out var fout);
        if (klaar is not null)
        {
            if (WlzService.Warning(stops) is { } waarschuwing)
                TempData["Waarschuwing"] = waarschuwing;
            return klaar;
        }
        Fouten.AddRange(result.Errors.Select(e => e.Message));
        if (fout is not null)
            Fouten.Add(fout);
        if (Afgiftedatum is { } afgifte && WlzStopdatum.Validate(afgifte, ZichtbaarOp ?? afgifte, Vandaag).Count == 0)
            Regels = await wlz.ProposeAsync(id, afgifte, ZichtbaarOp, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!wlz.MagRegistreren || await clienten.GetAsync(id, ct) is not { } client)
            return false;
        Client = client;
        return true;
    }
}
