using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Audit;

/// <summary>The audit trail as a beheerder may see it: everything done by users of its own organisation, and every
/// read or change of the clients in its scope by anyone.</summary>
public sealed class AuditService(MaatwerkDbContext db, DataScope scope)
{
    public bool MagInzien => scope.Rol == Rol.Beheerder;

    /// <summary>The filters as the list page and API name them: actie (e.g. lezen, exporteren) and gegeven (e.g. Client).</summary>
    public sealed record Filter(string? Actie = null, string? Entiteit = null)
    {
        public static Filter Read(QueryReader q) => new(q.Text("actie", 30), q.Text("gegeven", 50));
    }

    public static readonly Sorting<AuditEntry> Sorteringen = new Sorting<AuditEntry>()
        .Add("nieuwste", "nieuwste eerst", q => q.OrderByDescending(a => a.Moment).ThenBy(a => a.Id))
        .Add("oudste", "oudste eerst", q => q.OrderBy(a => a.Moment).ThenBy(a => a.Id));

    public static readonly CsvExport<AuditEntry> Csv = new CsvExport<AuditEntry>()
        .Column("Moment", a => a.Moment)
        .Column("Gebruiker", a => a.Gebruiker)
        .Column("Handeling", a => AuditAction.DisplayName(a.Actie))
        .Column("Gegeven", a => a.Entiteit)
        .Column("Id", a => a.EntiteitId);

    /// <summary>The newest lines, at most <paramref name="maximum"/>.</summary>
    public async Task<List<AuditEntry>> ListAsync(int maximum = 500, CancellationToken ct = default) =>
        await (await FilteredAsync(new Filter(), null, ct)).OrderByDescending(a => a.Moment).Take(maximum).ToListAsync(ct);

    /// <summary>One page: search by user (part of the e-mail address) or by the id of the record (exact).</summary>
    public async Task<ListPage<AuditEntry>> PageAsync(Filter filter, ListQuery query, CancellationToken ct = default) =>
        await (await FilteredAsync(filter, query.Zoek, ct)).ToPageAsync(query, q => Sorteringen.Apply(q, query.Sortering), q => q, ct);

    /// <summary>The whole filtered trail as CSV; the export itself is written to the trail first.</summary>
    public async Task<IAsyncEnumerable<AuditEntry>> ExportAsync(Filter filter, ListQuery query, CancellationToken ct = default)
    {
        if (MagInzien)
            await db.AuditExportAsync("Auditlog", query.Beschrijf(("actie", filter.Actie), ("gegeven", filter.Entiteit)), ct);
        return (await FilteredAsync(filter, query.Zoek, ct)).Stream(q => Sorteringen.Apply(q, query.Sortering), q => q.AsNoTracking());
    }

    private async Task<IQueryable<AuditEntry>> FilteredAsync(Filter filter, string? zoek, CancellationToken ct)
    {
        if (!MagInzien)
            return db.AuditRegels.Where(_ => false);
        var clientIds = (await scope.Clienten().Select(c => c.Id).ToListAsync(ct)).Select(id => id.ToString()).ToList();
        var org = scope.Organisatie.Id;
        var query = db.AuditRegels.Where(a => a.OrganisatieId == org || (a.Entiteit == "Client" && clientIds.Contains(a.EntiteitId)));
        if (filter.Actie is { } actie)
            query = query.Where(a => a.Actie == actie);
        if (filter.Entiteit is { } entiteit)
            query = query.Where(a => a.Entiteit == entiteit);
        if (!string.IsNullOrWhiteSpace(zoek))
        {
            var z = zoek.Trim();
            var klein = z.ToLowerInvariant();
            query = query.Where(a => a.EntiteitId == z || a.Gebruiker.ToLower().Contains(klein));
        }
        return query;
    }
}
