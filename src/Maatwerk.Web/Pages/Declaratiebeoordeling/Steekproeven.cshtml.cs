using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Web.Declaratiebeoordeling;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Declaratiebeoordeling;

/// <summary>The material check (DEV-Eis9-MI-R3-4, BSD-104): draw a reproducible sample of an aanbieder's approved lines of
/// a period; with ?id= one sample with the outcome per line.</summary>
[Authorize(Policy = DeclaratiebeoordelingModule.Policy)]
public sealed class SteekproevenModel(SteekproefService service) : PageModel
{
    public List<SteekproefService.Row> Rijen { get; private set; } = [];
    public List<(Guid Id, string Naam)> Aanbieders { get; private set; } = [];
    public SteekproefService.Details? Steekproef { get; private set; }

    [BindProperty] public SteekproefService.SteekproefInput Invoer { get; set; } = new();
    [BindProperty] public Guid RegelId { get; set; }
    [BindProperty] public SteekproefService.UitkomstInput Uitkomst { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!service.MagBeoordelen)
            return Forbid();
        if (id is { } i && (Steekproef = await service.GetAsync(i, ct)) is null)
            return NotFound();
        Rijen = await service.ListAsync(ct);
        Aanbieders = await service.AanbiedersAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTrekkenAsync(CancellationToken ct)
    {
        if (!service.MagBeoordelen)
            return Forbid();
        var result = await service.DrawAsync(Invoer, ct);
        return this.Handle(result, "De steekproef is getrokken.", r => Redirect($"/Declaratiebeoordeling/Steekproeven?id={r.Id}"), out _) ?? await OnGetAsync(null, ct);
    }

    public async Task<IActionResult> OnPostUitkomstAsync(Guid id, CancellationToken ct)
    {
        if (!service.MagBeoordelen)
            return Forbid();
        var result = await service.RecordAsync(id, RegelId, Uitkomst, ct);
        var melding = Uitkomst.InOrde ? "De regel is in orde." : "De regel is niet in orde; de terugvordering is vastgelegd (DEV-Art8.11).";
        return this.Handle(result, melding, _ => Redirect($"/Declaratiebeoordeling/Steekproeven?id={id}"), out _) ?? await OnGetAsync(id, ct);
    }
}
