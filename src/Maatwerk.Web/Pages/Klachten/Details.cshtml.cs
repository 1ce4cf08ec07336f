using Maatwerk.Infrastructure.Klachten;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Klachten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Klachten;

/// <summary>One complaint: its terms, its timeline, and a form per step of its handling.</summary>
[Authorize(Policy = KlachtenModule.Policy)]
public sealed class DetailsModel(KlachtService service) : DetailsPage<KlachtService.Detail>
{
    [BindProperty] public KlachtStapInput Invoer { get; set; } = new();
    public bool MagRegistreren => service.MagRegistreren;
    public bool MagTerugkoppelen => service.MagTerugkoppelen;
    public string? Stap { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Invoer = new KlachtStapInput { Datum = service.Vandaag };
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string stap, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        Stap = stap;
        return ModelState.IsValid ? await AfterAsync(id, await service.ExecuteAsync(id, stap, Invoer, ct), "Vastgelegd.", ct) : await ShowAsync(id, ct);
    }

    protected override Task<KlachtService.Detail?> FindAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);
    protected override string Pad(Guid id) => $"/Klachten/Details/{id}";
}
