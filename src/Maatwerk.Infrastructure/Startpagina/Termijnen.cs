using Maatwerk.Domain.Startpagina;
using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Infrastructure.Startpagina;

/// <summary>Puts the most urgent still-open stored obligation of a record (a klacht, an incident, a melding) on its work
/// item: overdue before open, then the nearest deadline. The deadline is the engine's, read from the stored obligation.</summary>
public static class Termijnen
{
    public static Werkitem MetTermijn(this Werkitem item, IEnumerable<VastgelegdeVerplichting> verplichtingen)
    {
        var eerste = verplichtingen.Where(v => v.Status is VerplichtingStatus.Open or VerplichtingStatus.TeLaat)
            .OrderBy(v => v.Status == VerplichtingStatus.TeLaat ? 0 : 1).ThenBy(v => v.Deadline).ThenBy(v => v.DeadlineMoment).FirstOrDefault();
        return eerste is null ? item : item with
        {
            Deadline = eerste.Deadline, DeadlineMoment = eerste.DeadlineMoment, TeLaat = eerste.Status == VerplichtingStatus.TeLaat, Bron = eerste.Bron,
            Betreft = item.Betreft is null ? eerste.Omschrijving : $"{item.Betreft} — {eerste.Omschrijving}",
        };
    }
}
