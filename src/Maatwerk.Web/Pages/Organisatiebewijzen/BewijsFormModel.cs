using Maatwerk.Domain.Organisatiebewijzen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Organisatiebewijzen;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.Organisatiebewijzen;

/// <summary>What the new and edit pages of an evidence record share: the form, its choices and the save ending.</summary>
public abstract class BewijsFormModel(OrganisatiebewijsService service) : PageModel
{
    [BindProperty] public OrganisatiebewijsInput Invoer { get; set; } = new();
    public IEnumerable<SelectListItem> Soorten => BewijssoortInfo.Alle.Select(s => new SelectListItem(s.DisplayName(), s.ToString()));
    public string? Fout { get; private set; }

    protected OrganisatiebewijsService Service => service;

    protected async Task<IActionResult> SaveAsync(Func<Task<SaveResult>> opslaan)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var klaar = this.Handle(await opslaan(), "Bewijs opgeslagen.", _ => Redirect("/Organisatiebewijzen"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout;
        }
        return Page();
    }
}
