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
public sealed class VasteMedewerkerModel(PersoneelService service) : PageModel
{
    [BindProperty] public VasteMedewerkerInput Invoer { get; set; } = new();
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
            var klaar = this.Handle(result, "Vaste medewerker vastgelegd.", _ => Redirect("/Personeel/VasteMedewerkers"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.ToewijzingAsync(id, ct) is not { } toewijzing)
            return false;
        Toewijzing = toewijzing;
        var keuzes = (await service.MedewerkerKeuzesAsync(ct)).Select(k => new SelectListItem(k.Omschrijving, k.Id.ToString())).ToList();
        Medewerkers = [new("Kies een medewerker", ""), .. keuzes];
        Vervangers = [new("(geen vervanger)", ""), .. keuzes];
        return true;
    }
}
