using Maatwerk.Domain.Ervaringsonderzoek;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Ervaringsonderzoek;
using Maatwerk.Web.Ervaringsonderzoek;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Ervaringsonderzoek;

/// <summary>Registering a client's answers to the IB-47a questions, from paper or digital (IB-47b).</summary>
[Authorize(Policy = ErvaringsonderzoekModule.Policy)]
public sealed class NieuwModel(ErvaringService service) : RegistratieModel<ClientervaringInput>
{
    public List<SelectListItem> Clienten { get; private set; } = [];
    public static IEnumerable<SelectListItem> Kanalen => Clientervaring.Kanalen.Select(k => new SelectListItem(k.Value, k.Key.ToString()));
    public static IEnumerable<SelectListItem> JaNee => [new("Kies ja of nee", ""), new("Ja", "true"), new("Nee", "false")];

    protected override bool Mag => service.MagRegistreren;
    protected override string Melding => "Reactie geregistreerd (IB-47a).";
    protected override ClientervaringInput NieuweInvoer() => new() { Datum = service.Vandaag };
    protected override Task<SaveResult> RegistreerAsync(CancellationToken ct) => service.RegisterAsync(Invoer, ct);
    protected override IActionResult AfterSave(SaveResult result) => Redirect($"/Ervaringsonderzoek?Invoer.Jaar={Invoer.Datum.Year}");

    protected override async Task LoadChoicesAsync(CancellationToken ct) =>
        Clienten = [new("Kies een cliënt", ""), .. (await service.ClientenAsync(ct)).Select(c => new SelectListItem(c.Omschrijving, c.Id.ToString()))];
}
