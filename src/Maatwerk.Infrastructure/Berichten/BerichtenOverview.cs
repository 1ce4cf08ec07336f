using Maatwerk.Domain.Berichten;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Berichten;

/// <summary>An organisation's inbox and outbox. A regio also sees the messages of its member gemeenten.</summary>
public sealed class BerichtenOverview(MaatwerkDbContext db, DataScope scope)
{
    public sealed record Row(Bericht Bericht, string? Afzender, string? Ontvanger);

    private List<Guid> OwnOrganisaties() => [scope.Organisatie.Id, .. scope.GemeenteIds];

    /// <summary>The filters as the list page and API name them: map (in or uit, default in) and soort (e.g. WMO301).</summary>
    public sealed record Filter(bool Inbox = true, string? Soort = null)
    {
        public static Filter Read(QueryReader q) => new(q.Choice("map", "in", "uit") != "uit", q.Text("soort", 10));
    }

    public static readonly Sorting<Bericht> Sorteringen = new Sorting<Bericht>()
        .Add("nieuwste", "nieuwste eerst", q => q.OrderByDescending(b => b.Ontvangen).ThenBy(b => b.Id))
        .Add("oudste", "oudste eerst", q => q.OrderBy(b => b.Ontvangen).ThenBy(b => b.Id));

    public static readonly CsvExport<Row> Csv = new CsvExport<Row>()
        .Column("Ontvangen", r => r.Bericht.Ontvangen)
        .Column("Bericht", r => r.Bericht.Soort)
        .Column("Dagtekening", r => r.Bericht.Dagtekening)
        .Column("Van", r => r.Afzender ?? r.Bericht.Afzender)
        .Column("Aan", r => r.Ontvanger ?? r.Bericht.Ontvanger)
        .Column("Identificatie", r => r.Bericht.Identificatie)
        .Column("Uitkomst", r => r.Bericht.Geldig ? "Geaccepteerd" : "Afgekeurd")
        .Column("Retourbericht", r => r.Bericht.RetourSoort);

    /// <summary>The inbox or outbox (or the messages of one toewijzing), newest first; at most 1,000.</summary>
    public async Task<List<Row>> ListAsync(bool inbox, Guid? toewijzingId = null, CancellationToken ct = default)
    {
        var query = Filtered(new Filter(inbox), null);
        if (toewijzingId is { } t)
            query = query.Where(b => b.ToewijzingId == t);
        return await Project(query.OrderByDescending(b => b.Ontvangen).Take(1000)).ToListAsync(ct);
    }

    /// <summary>One page of the inbox or outbox: search by identificatie, toewijzingnummer or client (name or BSN).</summary>
    public Task<ListPage<Row>> PageAsync(Filter filter, ListQuery query, CancellationToken ct = default) =>
        Filtered(filter, query.Zoek).ToPageAsync(query, q => Sorteringen.Apply(q, query.Sortering), Project, ct);

    /// <summary>The whole filtered list for a CSV export, after an audit line.</summary>
    public async Task<IAsyncEnumerable<Row>> ExportAsync(Filter filter, ListQuery query, CancellationToken ct = default)
    {
        await db.AuditExportAsync("Berichten", query.Beschrijf(("map", filter.Inbox ? "in" : "uit"), ("soort", filter.Soort)), ct);
        return Filtered(filter, query.Zoek).Stream(q => Sorteringen.Apply(q, query.Sortering), q => Project(q.AsNoTracking()));
    }

    private IQueryable<Bericht> Filtered(Filter filter, string? zoek)
    {
        var eigen = OwnOrganisaties();
        var query = filter.Inbox
            ? db.Berichten.Where(b => b.OntvangerOrganisatieId != null && eigen.Contains(b.OntvangerOrganisatieId.Value))
            : db.Berichten.Where(b => b.AfzenderOrganisatieId != null && eigen.Contains(b.AfzenderOrganisatieId.Value));
        if (filter.Soort is { } soort)
            query = query.Where(b => b.Soort == soort);
        if (!string.IsNullOrWhiteSpace(zoek))
        {
            var z = zoek.Trim();
            var clienten = db.Clienten.Matching(z).Select(c => (Guid?)c.Id);
            var toewijzingen = db.Toewijzingen.Where(t => t.ToewijzingNummer == z).Select(t => (Guid?)t.Id);
            query = query.Where(b => b.Identificatie == z || clienten.Contains(b.ClientId) || toewijzingen.Contains(b.ToewijzingId));
        }
        return query;
    }

    private IQueryable<Row> Project(IQueryable<Bericht> query) =>
        from b in query
        join a in db.Organisaties on b.AfzenderOrganisatieId equals a.Id into afzenders
        from a in afzenders.DefaultIfEmpty()
        join o in db.Organisaties on b.OntvangerOrganisatieId equals o.Id into ontvangers
        from o in ontvangers.DefaultIfEmpty()
        select new Row(b, a == null ? null : a.Naam, o == null ? null : o.Naam);

    /// <summary>All messages of one toewijzing that this organisation sent or received.</summary>
    public async Task<List<Row>> ForToewijzingAsync(Guid toewijzingId, CancellationToken ct = default) =>
        [.. (await ListAsync(true, toewijzingId, ct)).Concat(await ListAsync(false, toewijzingId, ct)).OrderBy(r => r.Bericht.Ontvangen)];

    public async Task<Row?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var eigen = OwnOrganisaties();
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
        return new Row(b, b.AfzenderOrganisatieId is { } a ? namen.GetValueOrDefault(a) : null, b.OntvangerOrganisatieId is { } o ? namen.GetValueOrDefault(o) : null);
    }
}
