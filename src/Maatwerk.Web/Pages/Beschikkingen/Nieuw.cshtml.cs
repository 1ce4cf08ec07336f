using Maatwerk.Infrastructure.Beschikkingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Maatwerk.Web.Toewijzingen;

namespace Maatwerk.Web.Pages.Beschikkingen;

/// <summary>A consulent records the beschikking (decision) for a client; toewijzingen are then issued from it.</summary>
[Authorize(Policy = ToewijzingenModule.Policy)]
public sealed class NieuwModel(BeschikkingService beschikkingen, Clock klok) : EditPage<BeschikkingInput>
{
    [BindProperty(SupportsGet = true)] public Guid Client { get; set; }

    public IActionResult OnGet()
    {
        if (!beschikkingen.MagVastleggen)
            return NotFound();
        Invoer = new BeschikkingInput { ClientId = Client, Besluitdatum = klok.Vandaag, Ingangsdatum = klok.Vandaag };
        return Page();
    }

    protected override string Melding => "De beschikking is vastgelegd. Geef nu de toewijzing(en) uit.";

    protected override Task<SaveResult> SaveAsync(Guid? id, CancellationToken ct) => beschikkingen.RecordAsync(Invoer, ct);

    protected override IActionResult AfterSave(SaveResult result) => Redirect($"/Toewijzingen/Nieuw?Client={Invoer.ClientId}&Beschikking={result.Id}");
}
