using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Web.Clientondersteuning;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Clientondersteuning;

/// <summary>Registers a resident's question (melding): minimal data, anonymous possible; starts OCO-3.15 and OCO-2.7.</summary>
[Authorize(Policy = ClientondersteuningModule.Policy)]
public sealed class NieuwModel(MeldingService service, TimeProvider clock) : PageModel
{
    [BindProperty] public MeldingInput Invoer { get; set; } = new();

    public List<SelectListItem> Gemeenten { get; private set; } = [];
    public string? Fout { get; private set; }

    public static IEnumerable<SelectListItem> Kanalen => Melding.Kanalen.Select(k => new SelectListItem(k.Value, k.Key.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return Forbid();
        var nu = Infrastructure.Common.Amsterdam.Local(clock.GetUtcNow());
        Invoer = new MeldingInput { OntvangenDatum = DateOnly.FromDateTime(nu), OntvangenTijd = new TimeOnly(nu.Hour, nu.Minute) };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return Forbid();
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await service.RegisterAsync(Invoer, ct);
            var klaar = this.Handle(result, "Melding geregistreerd. Neem binnen 2 werkdagen contact op met de inwoner (OCO-3.15).",
                r => Redirect($"/Clientondersteuning/Melding?id={r.Id}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Gemeenten = [new SelectListItem("Kies de gemeente", ""), .. (await service.KeuzesAsync(ct)).Gemeenten.Select(g => new SelectListItem(g.Naam, g.Id.ToString()))];
}
