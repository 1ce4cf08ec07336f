using System.Text;
using System.Xml;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.IWmo.Berichten.Readable;
using Maatwerk.Web.Berichten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Berichten;

[Authorize(Policy = BerichtenModule.Policy)]
public sealed class DetailsModel(BerichtenOverview overzicht) : PageModel
{
    public BerichtenOverview.Row Regel { get; private set; } = null!;

    /// <summary>The message in Dutch sections (issue 13); null when the stored text is not XML (a rejected upload).</summary>
    public ReadableBericht? Inhoud { get; private set; }
    public ReadableBericht? Retour { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await overzicht.GetAsync(id, ct) is not { } regel)
            return NotFound();
        Regel = regel;
        var b = regel.Bericht;
        var namen = new Dictionary<string, string>();
        if (regel.Afzender is { } afzender) namen.TryAdd(b.Afzender, afzender);
        if (regel.Ontvanger is { } ontvanger) namen.TryAdd(b.Ontvanger, ontvanger);
        Inhoud = Render(b.Xml, namen);
        Retour = b.RetourXml is { } retour ? Render(retour, namen) : null;
        return Page();
    }

    private static ReadableBericht? Render(string xml, IReadOnlyDictionary<string, string> namen)
    {
        try
        {
            return BerichtRenderer.Render(xml, namen);
        }
        catch (XmlException)
        {
            return null;
        }
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
