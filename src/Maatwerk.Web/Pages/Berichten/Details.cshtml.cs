using System.Text;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Berichten;

namespace Maatwerk.Web.Pages.Berichten;

[Authorize(Policy = BerichtenModule.Policy)]
public sealed class DetailsModel(BerichtenOverview overzicht) : PageModel
{
    public BerichtenOverview.Row Regel { get; private set; } = null!;
    public IReadOnlyList<BerichtView.Row> Inhoud { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await overzicht.GetAsync(id, ct) is not { } regel)
            return NotFound();
        Regel = regel;
        Inhoud = BerichtView.Overview(regel.Bericht.Xml);
        return Page();
    }

    /// <summary>Download the message (or its retourbericht) as XML.</summary>
    public async Task<IActionResult> OnGetXmlAsync(Guid id, bool retour, CancellationToken ct)
    {
        if (await overzicht.GetAsync(id, ct) is not { } regel || (retour && regel.Bericht.RetourXml is null))
            return NotFound();
        var b = regel.Bericht;
        var naam = retour ? $"{b.RetourSoort}-{b.Identificatie}.xml" : $"{b.Soort}-{b.Identificatie}.xml";
        return File(Encoding.UTF8.GetBytes(retour ? b.RetourXml! : b.Xml), "application/xml", naam);
    }
}
