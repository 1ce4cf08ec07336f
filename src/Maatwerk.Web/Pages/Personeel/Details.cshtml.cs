using Maatwerk.Infrastructure.Personeel;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Personeel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Personeel;

/// <summary>One person: employment, qualification with its evidence, VOG status per contract with the clause, their VOGs
/// (add one; record the gemeente's assessment, IB-8b) and the clients they are fixed worker or deputy of.</summary>
[Authorize(Policy = PersoneelModule.Policy)]
public sealed class DetailsModel(PersoneelService service, VogService vogs) : PageModel
{
    [BindProperty] public VogInput Vog { get; set; } = new();
    [BindProperty] public VogBeoordelingInput Beoordeling { get; set; } = new();
    [BindProperty] public Guid? BeoordeelVogId { get; set; }
    public PersoneelService.Detail Detail { get; private set; } = null!;
    public List<SelectListItem> TeBeoordelen { get; private set; } = [];
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Vog = new VogInput { Screeningsprofiel = "45" };
        Beoordeling = new VogBeoordelingInput { Datum = service.Vandaag };
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostVogAsync(Guid id, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await vogs.AddAsync(id, Vog, ct);
            var klaar = Handle(id, result, "VOG vastgelegd.", "Vog");
            if (klaar is not null)
                return klaar;
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostBeoordelingAsync(Guid id, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = BeoordeelVogId is { } vogId ? await vogs.RecordBeoordelingAsync(vogId, Beoordeling, ct)
                : Infrastructure.Common.SaveResult.Invalid(nameof(BeoordeelVogId), "Kies de VOG die de gemeente heeft beoordeeld.");
            var klaar = Handle(id, result, "Beoordeling door de gemeente vastgelegd.", "Beoordeling");
            if (klaar is not null)
                return klaar;
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private IActionResult? Handle(Guid id, Infrastructure.Common.SaveResult result, string melding, string prefix)
    {
        if (result.Status == Infrastructure.Common.SaveStatus.Invalid)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Field == nameof(BeoordeelVogId) ? e.Field : $"{prefix}.{e.Field}", e.Message);
            return null;
        }
        var klaar = this.Handle(result, melding, _ => Redirect($"/Personeel/Details/{id}"), out var fout);
        Fout = fout;
        return klaar;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is not { } detail)
            return false;
        Detail = detail;
        TeBeoordelen = [new("Kies een VOG", ""), .. detail.Vogs.Where(v => v.BeoordeeldDoorGemeenteOp is null)
            .Select(v => new SelectListItem($"Afgegeven {v.Afgiftedatum:dd-MM-yyyy}{(v.Nummer is { } n ? ", nummer " + n : "")}", v.Id.ToString()))];
        return true;
    }
}
