using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Clienten;

/// <summary>The client-first dossier (issue 13): the header's gemeente and one timeline of a client across all toewijzingen
/// in view, or of one toewijzing — registered events read through the user's DataScope, named as the contract profile
/// names them and worded for the viewer (<see cref="Tijdlijn"/>).</summary>
public sealed class DossierService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, TimeProvider clock)
{
    /// <summary>The client's gemeente as the header shows it.</summary>
    public async Task<string> GemeenteAsync(Guid gemeenteId, CancellationToken ct = default) =>
        await db.Organisaties.Where(o => o.Id == gemeenteId).Select(o => o.Naam).FirstOrDefaultAsync(ct) ?? "—";

    /// <summary>The timeline of a client (all toewijzingen in view) or of one toewijzing. Callers load the client or
    /// toewijzing through the scope first; the events are limited to contracts in view as well.</summary>
    public async Task<TijdlijnStand> TijdlijnAsync(Guid? clientId, Guid? toewijzingId, CancellationToken ct = default)
    {
        var contracten = scope.Contracten();
        var query = from g in db.Gebeurtenissen
                    join c in contracten on g.ContractId equals c.Id
                    join t in db.Toewijzingen on g.ToewijzingId equals t.Id into ts
                    from t in ts.DefaultIfEmpty()
                    where (clientId == null || g.ClientId == clientId) && (toewijzingId == null || g.ToewijzingId == toewijzingId)
                    select new { g.Soort, g.Moment, g.AlleenDatum, g.Toelichting, g.GeregistreerdDoor, g.ToewijzingId, Nummer = t == null ? null : t.ToewijzingNummer, c.ProfielId, c.ProfielVersie };
        var rijen = await query.Take(1000).ToListAsync(ct);
        var gemeenteKijkt = !scope.IsAanbieder;
        var regels = rijen.Select(r =>
        {
            var definitie = catalogus.Find(r.ProfielId, r.ProfielVersie)?.Gebeurtenissen.LastOrDefault(d => d.Id == r.Soort);
            var lokaal = Amsterdam.Local(r.Moment);
            var naam = Tijdlijn.Naam(r.Soort, definitie?.Omschrijving.Split(';')[0] ?? r.Soort, gemeenteKijkt);
            return (lokaal, new TijdlijnRegel(DateOnly.FromDateTime(lokaal), Tijdlijn.EchteTijd(lokaal, r.AlleenDatum), naam, r.Toelichting, r.GeregistreerdDoor,
                toewijzingId is null ? r.Nummer : null, r.ToewijzingId), definitie?.Gepland ?? false);
        });
        return Tijdlijn.Splits(regels, Amsterdam.Local(clock.GetUtcNow()));
    }
}
