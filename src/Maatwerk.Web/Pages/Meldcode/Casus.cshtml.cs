using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Meldcode;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Meldcode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Meldcode;

/// <summary>Registering a Meldcode case (no id) or recording its next steps (IB-52a/c): signals, per step date and note, the
/// Veilig Thuis decision with its date, closure. A step dated before the previous one is refused at its field.</summary>
[Authorize(Policy = MeldcodeModule.Policy)]
public sealed class CasusModel(MeldcodeCasusService service) : EditPage<MeldcodeCasusInput>
{
    public List<SelectListItem> Clienten { get; private set; } = [];
    public static IEnumerable<SelectListItem> Besluiten => [new("Nog niet besloten", ""), new("Ja, melden bij Veilig Thuis", "true"), new("Nee, niet melden", "false")];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!service.MagBeheren)
            return NotFound();
        Id = id;
        if (id is { } bestaand)
        {
            if (await service.GetAsync(bestaand, ct) is not { } casus)
                return NotFound();
            Invoer = MeldcodeCasusInput.From(casus);
        }
        else
            Invoer = new MeldcodeCasusInput { Stap1Datum = service.Vandaag };
        await LoadChoicesAsync(ct);
        return Page();
    }

    protected override string Melding => "De casus is opgeslagen.";

    protected override Task<SaveResult> SaveAsync(Guid? id, CancellationToken ct) =>
        id is { } bestaand ? service.UpdateAsync(bestaand, Invoer, ct) : service.RegisterAsync(Invoer, ct);

    protected override IActionResult AfterSave(SaveResult result) => Redirect("/Meldcode");

    protected override async Task LoadChoicesAsync(CancellationToken ct) =>
        Clienten = [new("Geen cliënt van ons (of onbekend)", ""), .. (await service.ClientKeuzesAsync(ct)).Select(c => new SelectListItem(c.Omschrijving, c.Id.ToString()))];
}
