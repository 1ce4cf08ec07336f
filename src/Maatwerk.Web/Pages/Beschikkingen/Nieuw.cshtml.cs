using Maatwerk.Infrastructure.Beschikkingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Web.Toewijzingen;
using Maatwerk.Web.Clienten;

namespace Maatwerk.Web.Pages.Beschikkingen;

/// <summary>A consulent records the beschikking (decision) for a client; toewijzingen are then issued from it.</summary>
[Authorize(Policy = ToewijzingenModule.Policy)]
public sealed class NieuwModel(BeschikkingService beschikkingen, DataScope scope, Clock klok) : EditPage<BeschikkingInput>
{
    [BindProperty(SupportsGet = true)] public Guid Client { get; set; }

    /// <summary>Opened without a client (or with one the user cannot see): the form asks for the client first.</summary>
    public bool ClientKiezen { get; private set; }
    public List<SelectListItem> Clienten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!beschikkingen.MagVastleggen)
            return NotFound();
        Invoer = new BeschikkingInput { ClientId = Client, Besluitdatum = klok.Vandaag, Ingangsdatum = klok.Vandaag };
        await LoadChoicesAsync(ct);
        return Page();
    }

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        ClientKiezen = Invoer.ClientId == Guid.Empty || !await scope.Clienten().AnyAsync(c => c.Id == Invoer.ClientId, ct);
        if (ClientKiezen)
            Clienten = await ClientKeuze.ListAsync(scope, ct);
    }

    protected override string Melding => "De beschikking is vastgelegd. Geef nu de toewijzing(en) uit.";

    protected override Task<SaveResult> SaveAsync(Guid? id, CancellationToken ct) => beschikkingen.RecordAsync(Invoer, ct);

    protected override IActionResult AfterSave(SaveResult result) => Redirect($"/Toewijzingen/Nieuw?Client={Invoer.ClientId}&Beschikking={result.Id}");
}
