using Maatwerk.Domain.Startpagina;
using Maatwerk.Domain.Verzoeken;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Startpagina;

namespace Maatwerk.Infrastructure.Verzoeken;

/// <summary>The consulent's queue of verzoeken (WMO315/317) still to answer: ingediend or in onderzoek, read through the
/// query of the Verzoeken page. No rule sets a term here, so the oldest waits first.</summary>
public sealed class VerzoekenWerkbron(VerzoekService verzoeken) : IWerkvoorraadBron
{
    public async Task<IReadOnlyList<Werkbak>> LeesAsync(CancellationToken ct = default)
    {
        if (!verzoeken.MagBeantwoorden)
            return [];
        var items = new List<Werkitem>();
        var aantal = 0;
        foreach (var status in new[] { VerzoekStatus.Ingediend, VerzoekStatus.InOnderzoek })
        {
            var pagina = await verzoeken.PageAsync(new VerzoekService.Filter(status), new ListQuery(1, 50, null, "urgentie"), ct);
            aantal += pagina.Totaal;
            items.AddRange(pagina.Items.Select(v => new Werkitem
            {
                Titel = $"{v.Voornamen} {(v.Tussenvoegsel is { } t ? t + " " : "")}{v.Achternaam}",
                Betreft = $"{(v.Soort == "WMO317" ? "Verzoek om wijziging" : "Verzoek om toewijzing")} {v.Productcode}"
                    + (status == VerzoekStatus.InOnderzoek ? " (in onderzoek)" : ""),
                Link = $"/Verzoeken/Details/{v.Id}", Sinds = v.Ingediend,
            }));
        }
        var bak = Urgentie.Bak("verzoeken", "Verzoeken beantwoorden", items, WerkvoorraadService.Getoond, "Geen verzoeken die op antwoord wachten.",
            "/Verzoeken?status=Ingediend", volgorde: 10);
        return [bak with { Aantal = aantal }];
    }
}
