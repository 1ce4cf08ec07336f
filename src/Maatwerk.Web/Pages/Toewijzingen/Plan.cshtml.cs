using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Toewijzingen;

namespace Maatwerk.Web.Pages.Toewijzingen;

[Authorize(Policy = ToewijzingenModule.Policy)]
public sealed class PlanModel(ZorgketenService keten, Clock klok) : PageModel
{
    [BindProperty] public PlanInput Invoer { get; set; } = new();
    public Guid Id { get; private set; }
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!keten.MagUitvoeren)
            return NotFound();
        Id = id;
        Invoer = await keten.PlanAsync(id, ct) is { } plan ? PlanInput.From(plan) : new() { OvereengekomenOp = klok.Vandaag };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        ModelState.ReplaceBindingErrors();
        if (!ModelState.IsValid)
            return Page();
        var result = await keten.RecordPlanAsync(id, Invoer, ct);
        var klaar = this.Handle(result, "Het ondersteuningsplan is vastgelegd.", _ => Redirect($"/Toewijzingen/Details/{id}"), out var fout);
        Fout = fout;
        return klaar ?? Page();
    }
}
