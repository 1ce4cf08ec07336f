using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Verantwoording;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Verantwoording;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Verantwoording;

/// <summary>The production statements in view: the aanbieder generates one per contract and year; the gemeente sees the
/// submitted ones.</summary>
[Authorize(Policy = VerantwoordingModule.Policy)]
public sealed class IndexModel(VerantwoordingService service, TimeProvider clock) : PageModel
{
    public List<VerantwoordingService.Row> Rijen { get; private set; } = [];
    public List<Contract> Contracten { get; private set; } = [];
    public bool MagOpstellen => service.MagOpstellen;
    public string? Fout { get; private set; }

    [BindProperty] public VerantwoordingService.GenerateInput Invoer { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Invoer = new() { Jaar = Amsterdam.Today(clock).Year - 1 };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!service.MagOpstellen)
            return Forbid();
        var result = await service.GenerateAsync(Invoer, ct);
        if (this.Handle(result, $"Productieverantwoording {Invoer.Jaar} opgesteld.", r => Redirect($"/Verantwoording/Details/{r.Id}"), out var fout) is { } klaar)
            return klaar;
        Fout = fout;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rijen = await service.ListAsync(ct);
        if (service.MagOpstellen)
            Contracten = await service.ContractenAsync(ct);
    }
}
