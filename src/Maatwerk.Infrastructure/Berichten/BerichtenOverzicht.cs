using Maatwerk.Domain.Berichten;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Berichten;

/// <summary>An organisation's inbox and outbox. A regio also sees the messages of its member gemeenten.</summary>
public sealed class BerichtenOverzicht(MaatwerkDbContext db, DataScope scope)
{
    public sealed record Regel(Bericht Bericht, string? Afzender, string? Ontvanger);

    private List<Guid> EigenOrganisaties() => [scope.Organisatie.Id, .. scope.GemeenteIds];

    public async Task<List<Regel>> ListAsync(bool inbox, Guid? toewijzingId = null, CancellationToken ct = default)
    {
        var eigen = EigenOrganisaties();
        var query = inbox
            ? db.Berichten.Where(b => b.OntvangerOrganisatieId != null && eigen.Contains(b.OntvangerOrganisatieId.Value))
            : db.Berichten.Where(b => b.AfzenderOrganisatieId != null && eigen.Contains(b.AfzenderOrganisatieId.Value));
        if (toewijzingId is { } t)
            query = query.Where(b => b.ToewijzingId == t);
        var rijen = await (from b in query
                           join a in db.Organisaties on b.AfzenderOrganisatieId equals a.Id into afzenders
                           from a in afzenders.DefaultIfEmpty()
                           join o in db.Organisaties on b.OntvangerOrganisatieId equals o.Id into ontvangers
                           from o in ontvangers.DefaultIfEmpty()
                           orderby b.Ontvangen descending
                           select new { b, Afzender = a == null ? null : a.Naam, Ontvanger = o == null ? null : o.Naam }).Take(1000).ToListAsync(ct);
        return rijen.Select(r => new Regel(r.b, r.Afzender, r.Ontvanger)).ToList();
    }

    /// <summary>All messages of one toewijzing that this organisation sent or received.</summary>
    public async Task<List<Regel>> VanToewijzingAsync(Guid toewijzingId, CancellationToken ct = default) =>
        [.. (await ListAsync(true, toewijzingId, ct)).Concat(await ListAsync(false, toewijzingId, ct)).OrderBy(r => r.Bericht.Ontvangen)];

    public async Task<Regel?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var eigen = EigenOrganisaties();
        var b = await db.Berichten.FirstOrDefaultAsync(b => b.Id == id
            && ((b.OntvangerOrganisatieId != null && eigen.Contains(b.OntvangerOrganisatieId.Value))
                || (b.AfzenderOrganisatieId != null && eigen.Contains(b.AfzenderOrganisatieId.Value))), ct);
        if (b is null)
            return null;
        if (b.ClientId is { } clientId)
            db.LogRead("Client", clientId); // a message carries the client's personal data
        db.LogRead(nameof(Bericht), b.Id);
        await db.SaveChangesAsync(ct);
        var namen = await db.Organisaties.Where(o => o.Id == b.AfzenderOrganisatieId || o.Id == b.OntvangerOrganisatieId).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        return new Regel(b, b.AfzenderOrganisatieId is { } a ? namen.GetValueOrDefault(a) : null, b.OntvangerOrganisatieId is { } o ? namen.GetValueOrDefault(o) : null);
    }
}
