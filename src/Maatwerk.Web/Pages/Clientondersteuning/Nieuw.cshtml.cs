using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Web.Clientondersteuning;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Clientondersteuning;

/// <summary>Registers a resident's question (melding): minimal data, anonymous possible; starts OCO-3.15 and OCO-2.7.</summary>
[Authorize(Policy = ClientondersteuningModule.Policy)]
public sealed class NieuwModel(MeldingService service, TimeProvider clock) : RegistratieModel<MeldingInput>
{
    public List<SelectListItem> Gemeenten { get; private set; } = [];

    public static IEnumerable<SelectListItem> Kanalen => Domain.Clientondersteuning.Melding.Kanalen.Select(k => new SelectListItem(k.Value, k.Key.ToString()));

    protected override bool Mag => service.MagRegistreren;
    protected override IActionResult Geweigerd() => Forbid();
    protected override string Melding => "Melding geregistreerd. Neem binnen 2 werkdagen contact op met de inwoner (OCO-3.15).";

    protected override MeldingInput NieuweInvoer()
    {
        var nu = Amsterdam.Local(clock.GetUtcNow());
        return new MeldingInput { OntvangenDatum = DateOnly.FromDateTime(nu), OntvangenTijd = new TimeOnly(nu.Hour, nu.Minute) };
    }

    protected override Task<SaveResult> RegistreerAsync(CancellationToken ct) => service.RegisterAsync(Invoer, ct);
    protected override IActionResult AfterSave(SaveResult result) => Redirect($"/Clientondersteuning/Melding?id={result.Id}");

    protected override async Task LoadChoicesAsync(CancellationToken ct) =>
        Gemeenten = [new SelectListItem("Kies de gemeente", ""), .. (await service.KeuzesAsync(ct)).Gemeenten.Select(g => new SelectListItem(g.Naam, g.Id.ToString()))];
}
