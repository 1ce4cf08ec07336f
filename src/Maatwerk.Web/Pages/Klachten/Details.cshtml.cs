using Maatwerk.Infrastructure.Klachten;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Klachten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Klachten;

/// <summary>One complaint: its terms, its timeline, and a form per step of its handling.</summary>
[Authorize(Policy = KlachtenModule.Policy)]
public sealed class DetailsModel(KlachtService service) : PageModel
{
    [BindProperty] public KlachtStapInput Invoer { get; set; } = new();
    public KlachtService.Detail Detail { get; private set; } = null!;
    public bool MagRegistreren => service.MagRegistreren;
    public bool MagTerugkoppelen => service.MagTerugkoppelen;
    public string? Fout { get; private set; }
    public string? Stap { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Invoer = new KlachtStapInput { Datum = service.Vandaag };
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string stap, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        Stap = stap;
        if (ModelState.IsValid)
        {
            var result = await service.ExecuteAsync(id, stap, Invoer, ct);
            var klaar = this.Handle(result, "Vastgelegd.", _ => Redirect($"/Klachten/Details/{id}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is not { } detail)
            return false;
        Detail = detail;
        return true;
    }
}
