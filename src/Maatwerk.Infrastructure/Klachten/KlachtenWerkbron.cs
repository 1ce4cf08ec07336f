using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Startpagina;

namespace Maatwerk.Infrastructure.Klachten;

/// <summary>Complaints not yet settled, each with its nearest complaint term (IB-49/50, DEV-Eis16) from the stored
/// obligations: for the aanbieder's kwaliteit and administratie, and the gemeente's contract manager.</summary>
public sealed class KlachtenWerkbron(KlachtService klachten) : IWerkvoorraadBron
{
    public async Task<IReadOnlyList<Werkbak>> LeesAsync(CancellationToken ct = default)
    {
        if (!klachten.MagLezen)
            return [];
        var rijen = await klachten.ListAsync(alleenOpen: true, ct);
        var items = rijen.Select(r => new Werkitem
        {
            Titel = r.Client ?? r.Klacht.Indiener, Betreft = $"Klacht van {DateOnly.FromDateTime(Amsterdam.Local(r.Klacht.Ontvangen)):dd-MM-yyyy}",
            Link = $"/Klachten/Details/{r.Klacht.Id}", Sinds = DateOnly.FromDateTime(Amsterdam.Local(r.Klacht.Ontvangen)),
        }.MetTermijn(r.Open));
        return [Urgentie.Bak("klachten", "Klachten in behandeling", items, WerkvoorraadService.Getoond, "Geen klachten in behandeling.", "/Klachten", volgorde: 70)];
    }
}
