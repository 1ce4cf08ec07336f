using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Web.Declaratiebeoordeling;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Declaratiebeoordeling;

/// <summary>The gemeente's decisions about aanbieders' money: the penalty ledger (DEV-Art8.8c), suspensions (DEV-Art8.9)
/// and set-offs (DEV-Art8.11), per aanbieder with what is still open.</summary>
[Authorize(Policy = DeclaratiebeoordelingModule.Policy)]
public sealed class BesluitenModel(DeclaratiebesluitService service, SteekproefService steekproeven) : PageModel
{
    public List<DeclaratiebesluitService.LedgerRow> Rijen { get; private set; } = [];
    public List<(Guid Id, string Naam)> Aanbieders { get; private set; } = [];

    public List<Domain.Declaratiebeoordeling.Jaarafsluiting> Gesloten { get; private set; } = [];

    [BindProperty] public DeclaratiebesluitService.BesluitInput Invoer { get; set; } = new();
    [BindProperty] public DeclaratiebesluitService.AfsluitingInput Afsluiting { get; set; } = new();
    [BindProperty] public DeclaratiebesluitService.CorrectietoestemmingInput Toestemming { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagBesluiten)
            return Forbid();
        Rijen = await service.ListAsync(ct);
        Aanbieders = await steekproeven.AanbiedersAsync(ct);
        Gesloten = await service.ClosedYearsAsync(ct);
        return Page();
    }

    /// <summary>Records a suspension (DEV-Art8.9) or a set-off (DEV-Art8.11).</summary>
    public async Task<IActionResult> OnPostBesluitAsync(CancellationToken ct)
    {
        if (!service.MagBesluiten)
            return Forbid();
        var result = await service.RecordAsync(Invoer, ct);
        return this.Handle(result, "Het besluit is vastgelegd.", _ => Redirect("/Declaratiebeoordeling/Besluiten"), out _) ?? await OnGetAsync(ct);
    }

    /// <summary>Closes a financial year after verification (DEV-Art8.8a).</summary>
    public async Task<IActionResult> OnPostAfsluitenAsync(CancellationToken ct)
    {
        if (!service.MagBesluiten)
            return Forbid();
        var result = await service.CloseYearAsync(Afsluiting, ct);
        return this.Handle(result, $"Boekjaar {Afsluiting.Jaar} is afgesloten.", _ => Redirect("/Declaratiebeoordeling/Besluiten"), out _) ?? await OnGetAsync(ct);
    }

    /// <summary>Allows an aanbieder's corrections for a closed year after the last window (DEV-Art8.8b "tenzij").</summary>
    public async Task<IActionResult> OnPostToestaanAsync(CancellationToken ct)
    {
        if (!service.MagBesluiten)
            return Forbid();
        var result = await service.AllowCorrectionsAsync(Toestemming, ct);
        return this.Handle(result, $"Correcties op boekjaar {Toestemming.Jaar} zijn toegestaan.", _ => Redirect("/Declaratiebeoordeling/Besluiten"), out _) ?? await OnGetAsync(ct);
    }

    public async Task<IActionResult> OnPostOpheffenAsync(Guid id, CancellationToken ct)
    {
        if (!service.MagBesluiten)
            return Forbid();
        var result = await service.LiftAsync(id, ct);
        return this.Handle(result, "De opschorting is opgeheven.", _ => Redirect("/Declaratiebeoordeling/Besluiten"), out _) ?? await OnGetAsync(ct);
    }
}
