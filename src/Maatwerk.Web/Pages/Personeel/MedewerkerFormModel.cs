using Maatwerk.Domain.Personeel;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Personeel;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Personeel;

/// <summary>What the new and edit pages of a person share: the form, its choices and the save ending.</summary>
public abstract class MedewerkerFormModel(PersoneelService service) : PageModel
{
    [BindProperty] public MedewerkerInput Invoer { get; set; } = new();
    public List<SelectListItem> Gebruikers { get; private set; } = [];
    public string ProductenHint { get; private set; } = "";
    public IEnumerable<SelectListItem> Niveaus => Medewerker.Niveaus.Select(n => new SelectListItem(n.Value, n.Key.ToString()));
    public string? Fout { get; private set; }

    protected PersoneelService Service => service;

    protected async Task<IActionResult> SaveAsync(Func<Task<SaveResult>> opslaan, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await opslaan();
            var klaar = this.Handle(result, "Medewerker opgeslagen.", r => Redirect($"/Personeel/Details/{r.Id}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        await LoadAsync(ct);
        return Page();
    }

    protected async Task LoadAsync(CancellationToken ct)
    {
        Gebruikers = [new("(geen)", ""), .. (await service.GebruikersAsync(ct)).Select(g => new SelectListItem(g.Omschrijving, g.Id.ToString()))];
        ProductenHint = "Producten uit uw contracten: " + string.Join("; ", (await service.ProductenAsync(ct)).Select(p => p.Omschrijving));
    }
}
