using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Incidenten;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Incidenten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Incidenten;

/// <summary>Registering an incident, calamity or data breach with both moments (AMB-32); the kinds and the required fields
/// come from the contract.</summary>
[Authorize(Policy = IncidentenModule.Policy)]
public sealed class NieuwModel(IncidentService service) : RegistratieModel<IncidentInput>
{
    public List<SelectListItem> Contracten { get; private set; } = [];
    public List<SelectListItem> Soorten { get; private set; } = [];
    public List<SelectListItem> Clienten { get; private set; } = [];

    protected override bool Mag => service.MagRegistreren;
    protected override string Melding => "Melding geregistreerd; de termijnen staan hieronder.";
    protected override IncidentInput NieuweInvoer() => new() { VoorgevallenDatum = service.Vandaag, OntdektDatum = service.Vandaag };
    protected override Task<SaveResult> RegistreerAsync(CancellationToken ct) => service.RegisterAsync(Invoer, ct);
    protected override IActionResult AfterSave(SaveResult result) => Redirect($"/Incidenten/Details/{result.Id}");

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        var contracten = await service.ContractenAsync(ct);
        Contracten = [new("Kies een contract", ""), .. contracten.Select(c => new SelectListItem(c.Contract.Omschrijving, c.Contract.Id.ToString()))];
        Soorten = [new("Kies de soort", ""), .. contracten.SelectMany(c => c.Soorten).Distinct().Order().Select(s => new SelectListItem(s, s))];
        Clienten = [new("(geen cliënt betrokken)", ""), .. (await service.ClientenAsync(ct)).Select(c => new SelectListItem(c.Omschrijving, c.Id.ToString()))];
    }
}
