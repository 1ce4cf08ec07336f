using Maatwerk.Domain.Klachten;
using Maatwerk.Infrastructure.Klachten;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Klachten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Klachten;

/// <summary>Registering a complaint (IB-48b): also one resolved on the spot.</summary>
[Authorize(Policy = KlachtenModule.Policy)]
public sealed class NieuwModel(KlachtService service) : PageModel
{
    [BindProperty] public KlachtInput Invoer { get; set; } = new();
    public List<SelectListItem> Contracten { get; private set; } = [];
    public List<SelectListItem> Clienten { get; private set; } = [];
    public static IEnumerable<SelectListItem> Wijzen => Klacht.Wijzen.Select(w => new SelectListItem(w.Value, w.Key.ToString()));
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return NotFound();
        Invoer = new KlachtInput { OntvangenDatum = service.Vandaag };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return NotFound();
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await service.RegisterAsync(Invoer, ct);
            var klaar = this.Handle(result, "Klacht geregistreerd.", r => Redirect($"/Klachten/Details/{r.Id}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Contracten = [new("Kies een contract", ""), .. (await service.ContractenAsync(ct)).Select(c => new SelectListItem(c.Omschrijving, c.Id.ToString()))];
        Clienten = [new("(geen cliënt of onbekend)", ""), .. (await service.ClientenAsync(ct)).Select(c => new SelectListItem(c.Omschrijving, c.Id.ToString()))];
    }
}
