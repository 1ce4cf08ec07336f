using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>Toewijzingen in view, with the client name and contract for lists, and per toewijzing the next open
/// contract deadline and the number of overdue obligations (the engine's stored evaluation).</summary>
public sealed class ToewijzingService(MaatwerkDbContext db, DataScope scope)
{
    /// <param name="Termijn">The earliest open obligation: its deadline, clause and who must act; null when none is open.</param>
    public sealed record Row(Toewijzing Toewijzing, string Client, string Contract, Termijn? Termijn = null, int TeLaat = 0);

    public sealed record Termijn(DateOnly Deadline, string Bron, string Omschrijving, string Actor);

    /// <summary>The filters as the list page and API name them: status, client, contract.</summary>
    public sealed record Filter(ToewijzingStatus? Status = null, Guid? ClientId = null, Guid? ContractId = null)
    {
        public static Filter Read(QueryReader q) => new(q.Enum<ToewijzingStatus>("status"), q.Guid("client"), q.Guid("contract"));
    }

    /// <summary>The orders of the list. The default puts what needs doing first: a toewijzing with an overdue obligation,
    /// then by its nearest open deadline, then the newest (<see cref="ToewijzingUrgentie"/>: two columns the re-evaluation
    /// keeps, so the order is cheap with 70,000 toewijzingen).</summary>
    public Sorting<Toewijzing> Sorteringen => new Sorting<Toewijzing>()
        .Add("urgentie", "te laat eerst, dan de eerstvolgende termijn, dan de nieuwste", ToewijzingUrgentie.Order)
        .Add("nieuwste", "nieuwste eerst (ingangsdatum)", q => q.OrderByDescending(t => t.Ingangsdatum).ThenBy(t => t.Id))
        .Add("nummer", "toewijzingnummer", q => q.OrderBy(t => t.ToewijzingNummer));

    /// <summary>The names of the orders, for reading the query before a service exists (API and pages).</summary>
    public static ISorting SorteringNamen => new ToewijzingService(null!, null!).Sorteringen;

    public sealed record ExportRegel(Toewijzing Toewijzing, string Client, string Bsn, string Contract, DateOnly? EersteDeadline, int TeLaat);

    public static readonly CsvExport<ExportRegel> Csv = new CsvExport<ExportRegel>()
        .Column("Toewijzingnummer", r => r.Toewijzing.ToewijzingNummer)
        .Column("Cliënt", r => r.Client)
        .Column("BSN", r => r.Bsn)
        .Column("Contract", r => r.Contract)
        .Column("Productcategorie", r => r.Toewijzing.Productcategorie)
        .Column("Productcode", r => r.Toewijzing.Productcode)
        .Column("Ingangsdatum", r => r.Toewijzing.Ingangsdatum)
        .Column("Einddatum", r => r.Toewijzing.Einddatum)
        .Column("Status", r => r.Toewijzing.Status.DisplayName())
        .Column("Eerstvolgende termijn", r => r.EersteDeadline)
        .Column("Verplichtingen te laat", r => r.TeLaat);

    /// <summary>All toewijzingen of one client (client page) or of a filter, newest first, with their next deadline.</summary>
    public async Task<List<Row>> ListAsync(ToewijzingStatus? status = null, Guid? clientId = null, CancellationToken ct = default) =>
        await MetTermijnenAsync(await Project(Filtered(new Filter(status, clientId), null).OrderByDescending(t => t.Ingangsdatum).Take(2000)).ToListAsync(ct), ct);

    /// <summary>One page of the list: filters, search (client name or BSN, toewijzingnummer) and order on the server;
    /// the next deadline and the overdue count are read for the rows of the page only.</summary>
    public async Task<ListPage<Row>> PageAsync(Filter filter, ListQuery query, CancellationToken ct = default)
    {
        var page = await Filtered(filter, query.Zoek).ToPageAsync(query, q => Sorteringen.Apply(q, query.Sortering), Project, ct);
        return page with { Items = await MetTermijnenAsync(page.Items.ToList(), ct) };
    }

    /// <summary>The whole filtered list for a CSV export, after an audit line (it names clients).</summary>
    public async Task<IAsyncEnumerable<ExportRegel>> ExportAsync(Filter filter, ListQuery query, CancellationToken ct = default)
    {
        await db.AuditExportAsync("Toewijzingen", query.Beschrijf(("status", filter.Status), ("client", filter.ClientId), ("contract", filter.ContractId)), ct);
        return Filtered(filter, query.Zoek).Stream(q => Sorteringen.Apply(q, query.Sortering), q =>
            from t in q
            join cl in db.Clienten on t.ClientId equals cl.Id
            join co in db.Contracten on t.ContractId equals co.Id
            select new ExportRegel(t, cl.VolledigeNaam, cl.Bsn, co.Naam,
                EF.Property<DateOnly?>(t, ToewijzingUrgentie.EersteDeadline), EF.Property<int>(t, ToewijzingUrgentie.TeLaat)));
    }

    private IQueryable<Toewijzing> Filtered(Filter filter, string? zoek)
    {
        var toewijzingen = scope.Toewijzingen();
        if (filter.Status is { } s)
            toewijzingen = toewijzingen.Where(t => t.Status == s);
        if (filter.ClientId is { } c)
            toewijzingen = toewijzingen.Where(t => t.ClientId == c);
        if (filter.ContractId is { } contract)
            toewijzingen = toewijzingen.Where(t => t.ContractId == contract);
        if (!string.IsNullOrWhiteSpace(zoek))
        {
            var nummer = zoek.Trim();
            var clienten = db.Clienten.Matching(zoek).Select(cl => cl.Id);
            toewijzingen = toewijzingen.Where(t => t.ToewijzingNummer == nummer || clienten.Contains(t.ClientId));
        }
        return toewijzingen;
    }

    private IQueryable<Row> Project(IQueryable<Toewijzing> toewijzingen) =>
        from t in toewijzingen
        join cl in db.Clienten on t.ClientId equals cl.Id into clients
        from cl in clients.DefaultIfEmpty()
        join co in db.Contracten on t.ContractId equals co.Id
        select new Row(t, cl == null ? "" : cl.VolledigeNaam, co.Naam, null, 0);

    /// <summary>The earliest open obligation and the overdue count of each row, in one query for all rows.</summary>
    private async Task<List<Row>> MetTermijnenAsync(List<Row> regels, CancellationToken ct)
    {
        if (regels.Count == 0)
            return regels;
        var ids = regels.Select(r => (Guid?)r.Toewijzing.Id).ToList();
        var lopend = (await db.Verplichtingen
                .Where(v => ids.Contains(v.ToewijzingId) && (v.Status == VerplichtingStatus.Open || v.Status == VerplichtingStatus.TeLaat))
                .Select(v => new { v.ToewijzingId, v.Status, v.Deadline, v.Bron, v.Omschrijving, v.Actor }).ToListAsync(ct))
            .ToLookup(v => v.ToewijzingId!.Value);
        return regels.Select(r =>
        {
            var eerste = lopend[r.Toewijzing.Id].Where(v => v.Status == VerplichtingStatus.Open).MinBy(v => v.Deadline);
            return r with
            {
                Termijn = eerste is null ? null : new Termijn(eerste.Deadline, eerste.Bron, eerste.Omschrijving, eerste.Actor),
                TeLaat = lopend[r.Toewijzing.Id].Count(v => v.Status == VerplichtingStatus.TeLaat),
            };
        }).ToList();
    }

    public Task<Toewijzing?> GetAsync(Guid id, CancellationToken ct = default) =>
        scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == id, ct);
}
