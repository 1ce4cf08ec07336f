using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Web.Declaratiebeoordeling;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Declaratiebeoordeling;

/// <summary>One received WMO323: every line with the outcome of each check, a decision per line (approve, or reject with
/// a retour code and a note), "alle schone regels goedkeuren", and sending the WMO325.</summary>
[Authorize(Policy = DeclaratiebeoordelingModule.Policy)]
public sealed class DetailsModel(BeoordelingService service, DeclaratiebesluitService besluiten) : PageModel
{
    public BeoordelingService.Details? Declaratie { get; private set; }
    public string? Fout { get; private set; }

    [BindProperty] public Guid RegelId { get; set; }
    [BindProperty] public BeoordelingService.BeslissingInput Beslissing { get; set; } = new();
    [BindProperty] public DeclaratiebesluitService.BoeteInput Boete { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!service.MagBeoordelen)
            return Forbid();
        Declaratie = await service.GetAsync(id, ct);
        return Declaratie is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnPostBeslissingAsync(Guid id, CancellationToken ct) =>
        HandleAsync(id, service.DecideAsync(id, RegelId, Beslissing, ct), Beslissing.Goedkeuren ? "De regel is goedgekeurd." : "De regel is afgewezen.", ct);

    public Task<IActionResult> OnPostSchoonAsync(Guid id, CancellationToken ct) =>
        HandleAsync(id, service.ApproveCleanAsync(id, ct), "Alle schone regels zijn goedgekeurd.", ct);

    /// <summary>The € 15 penalty per line of this late re-declaration (DEV-Art8.8c), with the gemeente's reason (AMB-19).</summary>
    public Task<IActionResult> OnPostBoeteAsync(Guid id, CancellationToken ct) =>
        HandleAsync(id, besluiten.RecordBoeteAsync(id, Boete, ct), "De boete is vastgelegd in het boeteregister (DEV-Art8.8c).", ct);

    public Task<IActionResult> OnPostAntwoordAsync(Guid id, CancellationToken ct) =>
        HandleAsync(id, service.SendAsync(id, ct), "Het declaratie-antwoord (WMO325) is verzonden naar de aanbieder.", ct);

    private async Task<IActionResult> HandleAsync(Guid id, Task<Infrastructure.Common.SaveResult> werk, string melding, CancellationToken ct)
    {
        if (!service.MagBeoordelen)
            return Forbid();
        var result = await werk;
        var klaar = this.Handle(result, melding, _ => Redirect($"/Declaratiebeoordeling/Details/{id}"), out var fout);
        if (klaar is not null)
            return klaar;
        Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        ModelState.Clear();
        Declaratie = await service.GetAsync(id, ct);
        return Declaratie is null ? NotFound() : Page();
    }
}
