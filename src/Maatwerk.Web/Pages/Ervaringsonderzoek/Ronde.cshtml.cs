using Maatwerk.Domain.Ervaringsonderzoek;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Ervaringsonderzoek;
using Maatwerk.Web.Ervaringsonderzoek;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Ervaringsonderzoek;

/// <summary>Registering a survey round: period, method, respondents, results, the day shared with the gemeente (OCO-2.21;
/// BSD-63f for clients and employees).</summary>
[Authorize(Policy = ErvaringsonderzoekModule.Policy)]
public sealed class RondeModel(ErvaringService service) : RegistratieModel<ErvaringsrondeInput>
{
    public List<SelectListItem> Contracten { get; private set; } = [];
    public static IEnumerable<SelectListItem> Doelgroepen => Ervaringsronde.Doelgroepen.Select(d => new SelectListItem(d.Value, d.Key.ToString()));

    protected override bool Mag => service.MagRegistreren;
    protected override string Melding => "Onderzoeksronde geregistreerd; de verplichtingen zijn bijgewerkt.";
    protected override Task<SaveResult> RegistreerAsync(CancellationToken ct) => service.RegisterRondeAsync(Invoer, ct);
    protected override IActionResult AfterSave(SaveResult result) => Redirect($"/Ervaringsonderzoek?Invoer.Jaar={Invoer.Tot.Year}");

    protected override async Task LoadChoicesAsync(CancellationToken ct) =>
        Contracten = [new("Kies een contract", ""), .. (await service.ContractenAsync(ct)).Select(c => new SelectListItem(c.Omschrijving, c.Id.ToString()))];
}
