using Maatwerk.Domain.Ervaringsonderzoek;
using Maatwerk.Infrastructure.Ervaringsonderzoek;
using Maatwerk.Web.Ervaringsonderzoek;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Ervaringsonderzoek;

/// <summary>Registering a survey round: period, method, respondents, results, the day shared with the gemeente (OCO-2.21;
/// BSD-63f for clients and employees).</summary>
[Authorize(Policy = ErvaringsonderzoekModule.Policy)]
public sealed class RondeModel(ErvaringService service) : PageModel
{
    [BindProperty] public ErvaringsrondeInput Invoer { get; set; } = new();
    public List<SelectListItem> Contracten { get; private set; } = [];
    public static IEnumerable<SelectListItem> Doelgroepen => Ervaringsronde.Doelgroepen.Select(d => new SelectListItem(d.Value, d.Key.ToString()));
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return NotFound();
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
            var result = await service.RegisterRondeAsync(Invoer, ct);
            var klaar = this.Handle(result, "Onderzoeksronde geregistreerd; de verplichtingen zijn bijgewerkt.", _ => Redirect($"/Ervaringsonderzoek?Invoer.Jaar={Invoer.Tot.Year}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Contracten = [new("Kies een contract", ""), .. (await service.ContractenAsync(ct)).Select(c => new SelectListItem(c.Omschrijving, c.Id.ToString()))];
}
