using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Startpagina;

namespace Maatwerk.Infrastructure.Incidenten;

/// <summary>Incidents: for the toezichthouder the reports addressed to it (its own terms first, e.g. DEV-B8-Ack); for the
/// aanbieder the incidents with a report still due (AMB-32, IB-53, DEV-Art9, AVG art. 33).</summary>
public sealed class IncidentenWerkbron(IncidentService incidenten) : IWerkvoorraadBron
{
    public async Task<IReadOnlyList<Werkbak>> LeesAsync(CancellationToken ct = default)
    {
        if (!incidenten.IsToezichthouder && !incidenten.MagRegistreren)
            return [];
        var rijen = await incidenten.ListAsync(ct);
        var items = rijen.Select(r => new Werkitem
        {
            Titel = r.Incident.Titel, Betreft = $"{r.Incident.Soort}, {r.Contract}", Link = $"/Incidenten/Details/{r.Incident.Id}",
            Sinds = DateOnly.FromDateTime(Amsterdam.Local(r.Incident.Ontdekt)),
        }.MetTermijn(r.Termijnen.Select(t => t.Verplichting).Where(v => !incidenten.IsToezichthouder || v.Actor == "toezichthouder")));
        if (incidenten.IsToezichthouder)
            return [Urgentie.Bak("meldingen-aan-toezicht", "Meldingen aan de toezichthouder", items, WerkvoorraadService.Getoond,
                "Er zijn geen meldingen aan u gericht.", "/Incidenten", volgorde: 10)];
        return [Urgentie.Bak("incidenten", "Incidenten te melden", items.Where(i => i.Deadline is not null), WerkvoorraadService.Getoond,
            "Geen incidenten met een openstaande melding.", "/Incidenten", volgorde: 75)];
    }
}
