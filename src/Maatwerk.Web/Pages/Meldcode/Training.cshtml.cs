using Maatwerk.Infrastructure.Meldcode;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Meldcode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Meldcode;

/// <summary>Registering a Meldcode training of a staff member (IB-52a), with the trainings registered so far.</summary>
[Authorize(Policy = MeldcodeModule.Policy)]
public sealed class TrainingModel(MeldcodeTrainingService service) : PageModel
{
    [BindProperty] public MeldcodeTrainingInput Invoer { get; set; } = new();
    public List<SelectListItem> Medewerkers { get; private set; } = [];
    public List<MeldcodeTrainingService.TrainingRow> Trainingen { get; private set; } = [];
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagBeheren)
            return NotFound();
        Invoer = new MeldcodeTrainingInput { Datum = service.Vandaag };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!service.MagBeheren)
            return NotFound();
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var klaar = this.Handle(await service.RegisterAsync(Invoer, ct), "Meldcode-training geregistreerd (IB-52a).", _ => Redirect("/Meldcode/Training"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Medewerkers = [new("Kies een medewerker", ""), .. (await service.MedewerkerKeuzesAsync(ct)).Select(m => new SelectListItem(m.Omschrijving, m.Id.ToString()))];
        Trainingen = await service.ListAsync(ct);
    }
}
