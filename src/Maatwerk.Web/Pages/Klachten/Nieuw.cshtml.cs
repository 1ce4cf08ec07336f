using Maatwerk.Domain.Klachten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Klachten;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Klachten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Klachten;

/// <summary>Registering a complaint (IB-48b): also one resolved on the spot.</summary>
[Authorize(Policy = KlachtenModule.Policy)]
public sealed class NieuwModel(KlachtService service) : RegistratieModel<KlachtInput>
{
    public List<SelectListItem> Contracten { get; private set; } = [];
    public List<SelectListItem> Clienten { get; private set; } = [];
    public static IEnumerable<SelectListItem> Wijzen => Klacht.Wijzen.Select(w => new SelectListItem(w.Value, w.Key.ToString()));

    protected override bool Mag => service.MagRegistreren;
    protected override string Melding => "Klacht geregistreerd.";
    protected override KlachtInput NieuweInvoer() => new() { OntvangenDatum = service.Vandaag };
    protected override Task<SaveResult> RegistreerAsync(CancellationToken ct) => service.RegisterAsync(Invoer, ct);
    protected override IActionResult AfterSave(SaveResult result) => Redirect($"/Klachten/Details/{result.Id}");

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        Contracten = [new("Kies een contract", ""), .. (await service.ContractenAsync(ct)).Select(c => new SelectListItem(c.Omschrijving, c.Id.ToString()))];
        Clienten = [new("(geen cliënt of onbekend)", ""), .. (await service.ClientenAsync(ct)).Select(c => new SelectListItem(c.Omschrijving, c.Id.ToString()))];
    }
}
