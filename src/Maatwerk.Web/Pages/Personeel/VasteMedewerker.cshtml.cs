using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Personeel;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Personeel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Personeel;

/// <summary>Setting or changing the fixed worker and deputy of one toewijzing; a person the contract does not allow is
/// refused with the clause at the field.</summary>
[Authorize(Policy = PersoneelModule.Policy)]
public sealed class VasteMedewerkerModel(PersoneelService service, ContinuiteitService continuiteit) : PageModel
{
    [BindProperty] public VasteMedewerkerInput Invoer { get; set; } = new();
    [BindProperty] public VervolgstapInput Stap { get; set; } = new();
    /// <summary>The follow-up steps the contract asks for after a change of the fixed worker (BSD-44b–d, IB-15c).</summary>
    public List<SelectListItem> Vervolgstappen { get; private set; } = [];
    public string? StapFout { get; private set; }
    public PersoneelOverview.Toewijzingregel Toewijzing { get; private set; } = null!;
    public List<SelectListItem> Medewerkers { get; private set; } = [];
    public List<SelectListItem> Vervangers { get; private set; } = [];
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Invoer = new VasteMedewerkerInput { Vanaf = service.Vandaag, MedewerkerId = Toewijzing.Huidig?.MedewerkerId ?? Guid.Empty, VervangerId = Toewijzing.Huidig?.VervangerId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await service.AssignAsync(id, Invoer, ct);
            var waarschuwingen = result.Status == SaveStatus.Ok ? await service.AssignWarningsAsync(id, Invoer, ct) : [];
            var klaar = this.Handle(result, string.Join(" ", ["Vaste medewerker vastgelegd.", .. waarschuwingen]), _ => Redirect("/Personeel/VasteMedewerkers"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>Records a follow-up step of a change (the client phoned, the letter sent …), which meets its obligation.</summary>
    public async Task<IActionResult> OnPostVervolgstapAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await continuiteit.RecordStapAsync(id, Stap, ct);
        switch (result.Status)
        {
            case SaveStatus.Ok:
                TempData["Melding"] = "Vervolgstap vastgelegd.";
                return Redirect($"/Personeel/VasteMedewerker/{id}");
            case SaveStatus.NotFound:
                return NotFound();
            default:
                ModelState.AddSaveErrors(result, nameof(Stap));
                StapFout = "De vervolgstap is niet vastgelegd.";
                return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.ToewijzingAsync(id, ct) is not { } toewijzing)
            return false;
        Toewijzing = toewijzing;
        var keuzes = (await service.MedewerkerKeuzesAsync(ct)).Select(k => new SelectListItem(k.Omschrijving, k.Id.ToString())).ToList();
        Medewerkers = [new("Kies een medewerker", ""), .. keuzes];
        Vervangers = [new("(geen vervanger)", ""), .. keuzes];
        Vervolgstappen = [new("Kies een vervolgstap", ""), .. (await continuiteit.VervolgstappenAsync(id, ct)).Select(s => new SelectListItem(s.ToString(), s.Soort))];
        if (Stap.Datum == default)
            Stap = Stap with { Datum = service.Vandaag };
        return true;
    }
}
