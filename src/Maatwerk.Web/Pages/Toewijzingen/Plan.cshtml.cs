using Maatwerk.Infrastructure.Common;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Toewijzingen;

[Authorize(Policy = Policies.Toewijzingen)]
public sealed class PlanModel(ZorgketenService keten, Klok klok) : PageModel
{
    [BindProperty] public Ondersteuningsplan Invoer { get; set; } = new();
    [BindProperty] public Guid? PlanVersie { get; set; }
    public Guid Id { get; private set; }
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!keten.MagUitvoeren)
            return NotFound();
        Id = id;
        if (await keten.PlanAsync(id, ct) is { } plan)
        {
            Invoer = plan;
            PlanVersie = plan.Versie;
        }
        else
        {
            Invoer.OvereengekomenOp = klok.Vandaag;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        ModelState.ReplaceBindingErrors();
        if (!ModelState.IsValid)
            return Page();
        var result = await keten.PlanVastleggenAsync(id, Invoer, PlanVersie, ct);
        var klaar = this.Verwerk(result, "Het ondersteuningsplan is vastgelegd.", _ => Redirect($"/Toewijzingen/Details/{id}"), out var fout);
        Fout = fout;
        return klaar ?? Page();
    }
}
