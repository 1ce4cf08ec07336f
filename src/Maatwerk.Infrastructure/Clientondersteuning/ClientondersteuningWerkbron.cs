using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Autorisatie;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>OCO: every open or overdue term of the meldingen in view (OCO-3.15 contact, OCO-3.16 afspraak …) from the
/// stored obligations; the coordinator (administratie) sees all, an OCO worker (begeleider) the own caseload.</summary>
public sealed class ClientondersteuningWerkbron(MeldingService meldingen, DataScope scope, ICurrentActor actor) : IWerkvoorraadBron
{
    public async Task<IReadOnlyList<Werkbak>> LeesAsync(CancellationToken ct = default)
    {
        if (!meldingen.MagRegistreren || !await scope.OcoContracten().AnyAsync(ct))
            return [];
        var due = await meldingen.DueAsync(ct);
        if (scope.Rol == Rol.Begeleider)
            due = due.Where(d => string.Equals(d.Melding.Medewerker, actor.Email, StringComparison.OrdinalIgnoreCase)).ToList();
        var items = due.Select(d => new Werkitem
        {
            Titel = d.Melding.Anoniem ? "Anonieme melding" : d.Melding.Inwoner ?? "Melding", Betreft = d.Verplichting.Omschrijving,
            Link = $"/Clientondersteuning/Melding?id={d.Melding.Id}", Deadline = d.Verplichting.Deadline, DeadlineMoment = d.Verplichting.DeadlineMoment,
            TeLaat = d.Verplichting.Status == Domain.Verplichtingen.VerplichtingStatus.TeLaat, Bron = d.Verplichting.Bron,
        });
        return [Urgentie.Bak("clientondersteuning", "Cliëntondersteuning: termijnen van meldingen", items, WerkvoorraadService.Getoond,
            "Geen termijnen van meldingen open.", "/Clientondersteuning", volgorde: 15)];
    }
}
