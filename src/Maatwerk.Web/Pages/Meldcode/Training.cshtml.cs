using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Meldcode;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Meldcode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Meldcode;

/// <summary>Registering a Meldcode training of a staff member (IB-52a), with the trainings registered so far.</summary>
[Authorize(Policy = MeldcodeModule.Policy)]
public sealed class TrainingModel(MeldcodeTrainingService service) : RegistratieModel<MeldcodeTrainingInput>
{
    public List<SelectListItem> Medewerkers { get; private set; } = [];
    public List<MeldcodeTrainingService.TrainingRow> Trainingen { get; private set; } = [];

    protected override bool Mag => service.MagBeheren;
    protected override string Melding => "Meldcode-training geregistreerd (IB-52a).";
    protected override MeldcodeTrainingInput NieuweInvoer() => new() { Datum = service.Vandaag };
    protected override Task<SaveResult> RegistreerAsync(CancellationToken ct) => service.RegisterAsync(Invoer, ct);
    protected override IActionResult AfterSave(SaveResult result) => Redirect("/Meldcode/Training");

    protected override async Task LoadChoicesAsync(CancellationToken ct)
    {
        Medewerkers = [new("Kies een medewerker", ""), .. (await service.MedewerkerKeuzesAsync(ct)).Select(m => new SelectListItem(m.Omschrijving, m.Id.ToString()))];
        Trainingen = await service.ListAsync(ct);
    }
}
