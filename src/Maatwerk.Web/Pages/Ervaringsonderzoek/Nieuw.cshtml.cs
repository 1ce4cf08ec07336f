using Maatwerk.Domain.Ervaringsonderzoek;
using Maatwerk.Infrastructure.Ervaringsonderzoek;
using Maatwerk.Web.Ervaringsonderzoek;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Ervaringsonderzoek;

/// <summary>Registering a client's answers to the IB-47a questions, from paper or digital (IB-47b).</summary>
[Authorize(Policy = ErvaringsonderzoekModule.Policy)]
public sealed class NieuwModel(ErvaringService service) : PageModel
{
    [BindProperty] public ClientervaringInput Invoer { get; set; } = new();
    public List<SelectListItem> Clienten { get; private set; } = [];
    public static IEnumerable<SelectListItem> Kanalen => Clientervaring.Kanalen.Select(k => new SelectListItem(k.Value, k.Key.ToString()));
    public static IEnumerable<SelectListItem> JaNee => [new("Kies ja of nee", ""), new("Ja", "true"), new("Nee", "false")];
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.MagRegistreren)
            return NotFound();
        Invoer = new ClientervaringInput { Datum = service.Vandaag };
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
            var klaar = this.Handle(result, "Reactie geregistreerd (IB-47a).", _ => Redirect($"/Ervaringsonderzoek?Invoer.Jaar={Invoer.Datum.Year}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Clienten = [new("Kies een cliënt", ""), .. (await service.ClientenAsync(ct)).Select(c => new SelectListItem(c.Omschrijving, c.Id.ToString()))];
}
