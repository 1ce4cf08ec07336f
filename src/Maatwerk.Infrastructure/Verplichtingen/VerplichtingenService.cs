using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>Obligations and events as the signed-in user may see and register them.</summary>
public sealed class VerplichtingenService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, UnitOfWork unitOfWork,
    ICurrentActor actor, TimeProvider clock)
{
    /// <param name="Gemeente">The gemeente of a subject without a client (an OCO melding); null otherwise.</param>
    public sealed record Row(VastgelegdeVerplichting Verplichting, string Contract, string? Client, string? ToewijzingNummer, string? Gemeente = null);

    public DateOnly Vandaag => Amsterdam.Today(clock);

    /// <summary>The orders of the list; the default puts what needs doing first: te laat (longest overdue first), then
    /// open by nearest deadline, then the rest (voldaan, vervallen) by deadline.</summary>
    public static readonly Sorting<VastgelegdeVerplichting> Sorteringen = new Sorting<VastgelegdeVerplichting>()
        .Add("urgentie", "te laat eerst, dan de dichtstbijzijnde deadline", q => q
            .OrderBy(v => v.Status == VerplichtingStatus.TeLaat ? 0 : v.Status == VerplichtingStatus.Open ? 1 : 2).ThenBy(v => v.Deadline).ThenBy(v => v.Id))
        .Add("deadline", "deadline, vroegste eerst", q => q.OrderBy(v => v.Deadline).ThenBy(v => v.Id))
        .Add("deadline-aflopend", "deadline, laatste eerst", q => q.OrderByDescending(v => v.Deadline).ThenBy(v => v.Id));

    public static readonly CsvExport<Row> Csv = new CsvExport<Row>()
        .Column("Deadline", r => r.Verplichting.Deadline)
        .Column("Status", r => r.Verplichting.Status switch
        {
            VerplichtingStatus.Open => "Open", VerplichtingStatus.Voldaan => "Voldaan", VerplichtingStatus.TeLaat => "Te laat", _ => "Vervallen",
        })
        .Column("Verplichting", r => r.Verplichting.Omschrijving)
        .Column("Bron", r => r.Verplichting.Bron)
        .Column("Wie", r => r.Verplichting.Actor)
        .Column("Soort", r => r.Verplichting.Soort)
        .Column("Contract", r => r.Contract)
        .Column("Cliënt", r => r.Client)
        .Column("Toewijzing", r => r.ToewijzingNummer);

    /// <summary>All obligations of one client or toewijzing (timelines), or of a filter, by deadline; at most 2,000.</summary>
    public async Task<List<Row>> ListAsync(VerplichtingQuery filter, CancellationToken ct = default) =>
        await Project(Filtered(filter, null).OrderBy(v => v.Deadline).ThenBy(v => v.Sleutel).Take(2000)).ToListAsync(ct);

    /// <summary>One page of the list: filters, search (client name or BSN, toewijzingnummer) and order on the server.</summary>
    /// <remarks>The urgency order is read segment by segment (te laat, open, the rest), each by deadline: one COUNT per
    /// status (a covering index) and then only the segments the page falls in, through the (Status, Deadline) index, so
    /// the database never sorts the whole list. The other orders sort in one query.</remarks>
    public async Task<ListPage<Row>> PageAsync(VerplichtingQuery filter, ListQuery query, CancellationToken ct = default)
    {
        var filtered = Filtered(filter, query.Zoek);
        if (query.Sortering != Sorteringen.Standaard)
            return await filtered.ToPageAsync(query, q => Sorteringen.Apply(q, query.Sortering), Project, ct);
        var perStatus = await filtered.GroupBy(v => v.Status).Select(g => new { g.Key, Aantal = g.Count() }).ToListAsync(ct);
        int Aantal(Func<VerplichtingStatus, bool> f) => perStatus.Where(p => f(p.Key)).Sum(p => p.Aantal);
        var segmenten = new (Func<VerplichtingStatus, bool> Past, int Aantal, Func<IQueryable<VastgelegdeVerplichting>, IQueryable<VastgelegdeVerplichting>> Waar)[]
        {
            (st => st == VerplichtingStatus.TeLaat, 0, q => q.Where(v => v.Status == VerplichtingStatus.TeLaat)),
            (st => st == VerplichtingStatus.Open, 0, q => q.Where(v => v.Status == VerplichtingStatus.Open)),
            (st => st is not (VerplichtingStatus.TeLaat or VerplichtingStatus.Open), 0,
                q => q.Where(v => v.Status != VerplichtingStatus.TeLaat && v.Status != VerplichtingStatus.Open)),
        };
        var totaal = perStatus.Sum(p => p.Aantal);
        var pagina = totaal > 0 && query.Overslaan >= totaal ? (totaal + query.Grootte - 1) / query.Grootte : query.Pagina;
        var overslaan = (pagina - 1) * query.Grootte;
        var items = new List<Row>();
        foreach (var segment in segmenten)
        {
            var aantal = Aantal(segment.Past);
            if (items.Count < query.Grootte && overslaan < aantal)
            {
                var ophalen = query.Grootte - items.Count;
                items.AddRange(await Project(segment.Waar(filtered).OrderBy(v => v.Deadline).ThenBy(v => v.Id).Skip(overslaan).Take(ophalen)).ToListAsync(ct));
            }
            overslaan = Math.Max(0, overslaan - aantal);
        }
        return new ListPage<Row>(items, totaal, pagina, query.Grootte);
    }

    /// <summary>What is still to do under a filter (a start page's work queue): the overdue and open obligations counted
    /// through the same query as the list page (so <c>/Verplichtingen?…&amp;status=TeLaat</c> shows the same number), and the
    /// first <paramref name="max"/> of them, overdue first, then by deadline.</summary>
    public async Task<Openstaand> OpenstaandAsync(VerplichtingQuery filter, int max, CancellationToken ct = default)
    {
        var filtered = Filtered(filter with { Status = null }, null)
            .Where(v => v.Status == VerplichtingStatus.TeLaat || v.Status == VerplichtingStatus.Open);
        var perStatus = await filtered.GroupBy(v => v.Status).Select(g => new { g.Key, Aantal = g.Count() }).ToListAsync(ct);
        var eerste = await Project(filtered.OrderBy(v => v.Status == VerplichtingStatus.TeLaat ? 0 : 1).ThenBy(v => v.Deadline).ThenBy(v => v.Id).Take(max))
            .ToListAsync(ct);
        return new Openstaand(perStatus.Where(p => p.Key == VerplichtingStatus.TeLaat).Sum(p => p.Aantal),
            perStatus.Where(p => p.Key == VerplichtingStatus.Open).Sum(p => p.Aantal), eerste);
    }

    public sealed record Openstaand(int TeLaat, int Open, List<Row> Eerste);

    public sealed record ContractTeLaat(Guid ContractId, string Contract, string Aanbieder, int TeLaat);

    /// <summary>The contracts in view ranked by overdue obligations, most first (the contract manager's start page).</summary>
    public async Task<List<ContractTeLaat>> TeLaatPerContractAsync(CancellationToken ct = default)
    {
        var perContract = await InView().Where(v => v.Status == VerplichtingStatus.TeLaat)
            .GroupBy(v => v.ContractId).Select(g => new { ContractId = g.Key, Aantal = g.Count() }).ToListAsync(ct);
        var ids = perContract.Select(p => p.ContractId).ToList();
        var contracten = await (from c in scope.Contracten().Where(c => ids.Contains(c.Id))
                                join o in db.Organisaties on c.AanbiederId equals o.Id
                                select new { c.Id, c.Naam, Aanbieder = o.Naam }).ToListAsync(ct);
        return perContract.Join(contracten, p => p.ContractId, c => c.Id, (p, c) => new ContractTeLaat(c.Id, c.Naam, c.Aanbieder, p.Aantal))
            .OrderByDescending(c => c.TeLaat).ThenBy(c => c.Aanbieder, StringComparer.Ordinal).ThenBy(c => c.Contract, StringComparer.Ordinal).ToList();
    }

    public sealed record Maandstand(DateOnly Maand, int Voldaan, int TeLaat);

    /// <summary>Per month of deadline, the last <paramref name="maanden"/> months up to this one: obligations met on time and
    /// those overdue (late or still open after the deadline) — the trend on the contract manager's start page.</summary>
    public async Task<List<Maandstand>> TrendAsync(int maanden, CancellationToken ct = default)
    {
        var vandaag = Vandaag;
        var eerste = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(1 - maanden);
        var laatste = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(1).AddDays(-1);
        var rijen = await InView().Where(v => v.Deadline >= eerste && v.Deadline <= laatste
                && (v.Status == VerplichtingStatus.Voldaan || v.Status == VerplichtingStatus.TeLaat))
            .GroupBy(v => new { v.Deadline.Year, v.Deadline.Month, v.Status }).Select(g => new { g.Key.Year, g.Key.Month, g.Key.Status, Aantal = g.Count() })
            .ToListAsync(ct);
        return Enumerable.Range(0, maanden).Select(i => eerste.AddMonths(i)).Select(m => new Maandstand(m,
            rijen.Where(r => r.Year == m.Year && r.Month == m.Month && r.Status == VerplichtingStatus.Voldaan).Sum(r => r.Aantal),
            rijen.Where(r => r.Year == m.Year && r.Month == m.Month && r.Status == VerplichtingStatus.TeLaat).Sum(r => r.Aantal))).ToList();
    }

    /// <summary>The whole filtered list for a CSV export, after an audit line (it names clients).</summary>
    public async Task<IAsyncEnumerable<Row>> ExportAsync(VerplichtingQuery filter, ListQuery query, CancellationToken ct = default)
    {
        await db.AuditExportAsync("Verplichtingen", query.Beschrijf(("contract", filter.ContractId), ("client", filter.ClientId),
            ("toewijzing", filter.ToewijzingId), ("soort", filter.Soort), ("status", filter.Status)), ct);
        return Filtered(filter, query.Zoek).Stream(q => Sorteringen.Apply(q, query.Sortering), Project);
    }

    private IQueryable<VastgelegdeVerplichting> Filtered(VerplichtingQuery filter, string? zoek)
    {
        var query = InView();
        if (filter.ContractId is { } contract) query = query.Where(v => v.ContractId == contract);
        if (filter.ClientId is { } client) query = query.Where(v => v.ClientId == client);
        if (filter.ToewijzingId is { } toewijzing) query = query.Where(v => v.ToewijzingId == toewijzing);
        if (!string.IsNullOrWhiteSpace(filter.Soort)) query = query.Where(v => v.Soort == filter.Soort);
        if (filter.Status is { } status) query = query.Where(v => v.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Actor)) query = query.Where(v => v.Actor == filter.Actor || v.Actor.Contains(filter.Actor + "+") || v.Actor.Contains("+" + filter.Actor));
        if (!string.IsNullOrWhiteSpace(filter.Onderwerp)) query = query.Where(v => v.OnderwerpSoort == filter.Onderwerp);
        if (!string.IsNullOrWhiteSpace(zoek))
        {
            var clienten = db.Clienten.Matching(zoek).Select(c => (Guid?)c.Id);
            var nummer = zoek.Trim();
            var toewijzingen = db.Toewijzingen.Where(t => t.ToewijzingNummer == nummer).Select(t => (Guid?)t.Id);
            query = query.Where(v => clienten.Contains(v.ClientId) || toewijzingen.Contains(v.ToewijzingId));
        }
        return query;
    }

    private IQueryable<Row> Project(IQueryable<VastgelegdeVerplichting> query) =>
        from v in query
        join c in db.Contracten on v.ContractId equals c.Id
        join cl in db.Clienten on v.ClientId equals cl.Id into clients
        from cl in clients.DefaultIfEmpty()
        join t in db.Toewijzingen on v.ToewijzingId equals t.Id into toewijzingen
        from t in toewijzingen.DefaultIfEmpty()
        join g in db.Organisaties on v.GemeenteId equals (Guid?)g.Id into gemeenten
        from g in gemeenten.DefaultIfEmpty()
        select new Row(v, c.Naam, cl == null ? null : cl.VolledigeNaam, t == null ? null : t.ToewijzingNummer, cl == null && g != null ? g.Naam : null);

    /// <summary>The kinds of obligation the contracts in view can produce (from their profiles, not a scan of the table).</summary>
    public async Task<List<string>> TypesAsync(CancellationToken ct = default) =>
        (await scope.Contracten().Select(c => new { c.ProfielId, c.ProfielVersie }).Distinct().ToListAsync(ct))
            .SelectMany(c => catalogus.Find(c.ProfielId, c.ProfielVersie)?.Regels.Select(r => r.Soort) ?? [])
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The counters of the start and list pages: one grouped count over the obligations in view, and the open
    /// ones due this week through the (Status, Deadline) index.</summary>
    public async Task<VerplichtingenSummary> SummaryAsync(CancellationToken ct = default)
    {
        var vandaag = Vandaag;
        var maandag = vandaag.AddDays(-(((int)vandaag.DayOfWeek + 6) % 7));
        var zondag = maandag.AddDays(6);
        var query = InView();
        var perStatus = (await query.GroupBy(v => v.Status).Select(g => new { g.Key, Aantal = g.Count() }).ToListAsync(ct))
            .ToDictionary(p => p.Key, p => p.Aantal);
        return new VerplichtingenSummary(
            perStatus.GetValueOrDefault(VerplichtingStatus.Open),
            perStatus.GetValueOrDefault(VerplichtingStatus.TeLaat),
            await query.CountAsync(v => v.Status == VerplichtingStatus.Open && v.Deadline >= maandag && v.Deadline <= zondag, ct),
            perStatus.GetValueOrDefault(VerplichtingStatus.Voldaan));
    }

    public Task<List<ContractGebeurtenis>> GebeurtenissenAsync(Guid toewijzingId, CancellationToken ct = default)
    {
        var contracten = scope.Contracten().Select(c => c.Id);
        return db.Gebeurtenissen.Where(g => g.ToewijzingId == toewijzingId && contracten.Contains(g.ContractId))
            .OrderBy(g => g.Moment).ToListAsync(ct);
    }

    /// <summary>The readable name of each event type under a contract in view (the profile's omschrijving), for timelines.</summary>
    public async Task<IReadOnlyDictionary<string, string>> GebeurtenisNamesAsync(Guid contractId, CancellationToken ct = default) =>
        await scope.Contracten().FirstOrDefaultAsync(c => c.Id == contractId, ct) is { } contract
            ? GebeurtenisTypes(contract).GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.Last().Omschrijving.Split(';')[0])
            : new Dictionary<string, string>();

    /// <summary>The event types a user can register under a contract: those its profile knows.</summary>
    public IReadOnlyList<GebeurtenisDefinition> GebeurtenisTypes(Domain.Contracten.Contract contract) =>
        catalogus.Find(contract.ProfielId, contract.ProfielVersie)?.Gebeurtenissen ?? [];

    /// <summary>The event types a user may type by hand under a contract: those its profile knows that no register or
    /// chain step owns (<see cref="GebeurtenisEigenaar"/>).</summary>
    public IReadOnlyList<GebeurtenisDefinition> HandmatigeGebeurtenisTypes(Domain.Contracten.Contract contract) =>
        catalogus.Find(contract.ProfielId, contract.ProfielVersie) is { } profiel ? GebeurtenisEigenaar.HandmatigeSoorten(profiel) : [];

    public async Task<SaveResult> RegisterAsync(GebeurtenisInput invoer, CancellationToken ct = default)
    {
        var contract = await scope.Contracten().FirstOrDefaultAsync(c => c.Id == invoer.ContractId, ct);
        if (contract is null)
            return SaveResult.Invalid(nameof(GebeurtenisInput.ContractId), "Kies een contract van uw organisatie.");
        var errors = new Validator();
        var soorten = GebeurtenisTypes(contract);
        errors.Check(nameof(GebeurtenisInput.Soort), soorten.Any(s => s.Id == invoer.Soort),
            $"Het contractprofiel {contract.ProfielId} kent de gebeurtenis '{invoer.Soort}' niet.");
        var eigenaar = GebeurtenisEigenaar.Van(invoer.Soort, catalogus.Find(contract.ProfielId, contract.ProfielVersie));
        errors.Check(nameof(GebeurtenisInput.Soort), eigenaar is null, $"'{invoer.Soort}' registreert u niet met de hand. {eigenaar?.Melding}");
        errors.Check(nameof(GebeurtenisInput.Datum), invoer.Datum != default, "Datum is verplicht.");
        errors.Check(nameof(GebeurtenisInput.Datum), invoer.Datum <= Vandaag, "Een gebeurtenis kan niet in de toekomst liggen.");
        errors.Optional(nameof(GebeurtenisInput.Toelichting), "Toelichting", invoer.Toelichting, 500);
        Guid? clientId = null;
        string? productCode = null;
        if (invoer.ToewijzingId is { } toewijzingId)
        {
            var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId && t.ContractId == contract.Id, ct);
            errors.Check(nameof(GebeurtenisInput.ToewijzingId), toewijzing is not null, "Deze toewijzing hoort niet bij het gekozen contract.");
            clientId = toewijzing?.ClientId;
            productCode = toewijzing?.Productcode;
        }
        if (!errors.IsValid)
            return SaveResult.Invalid(errors.Errors);

        var moment = Amsterdam.ToUtc(invoer.Datum.ToDateTime(invoer.Tijd ?? TimeOnly.MinValue));
        var gebeurtenis = new ContractGebeurtenis
        {
            ContractId = contract.Id, ClientId = clientId, ToewijzingId = invoer.ToewijzingId, Soort = invoer.Soort, Moment = moment, AlleenDatum = invoer.Tijd is null,
            Spoed = invoer.Spoed, ProductCode = productCode, Toelichting = invoer.Toelichting, GeregistreerdDoor = actor.Email,
        };
        return await unitOfWork.ExecuteAsync(() =>
        {
            db.Gebeurtenissen.Add(gebeurtenis);
            return Task.FromResult(SaveResult.Ok(gebeurtenis.Id));
        }, ct);
    }

    /// <summary>Obligations under contracts in view; a gemeente sees client obligations only for its own residents (the
    /// client's gemeente is stored on each obligation, see <see cref="VastgelegdeVerplichting.GemeenteId"/>).</summary>
    private IQueryable<VastgelegdeVerplichting> InView()
    {
        var contracten = scope.Contracten().Select(c => c.Id);
        var query = db.Verplichtingen.Where(v => contracten.Contains(v.ContractId));
        if (scope.IsAanbieder)
            return query;
        var gemeenten = scope.GemeenteIds;
        return query.Where(v => v.GemeenteId == null || gemeenten.Contains(v.GemeenteId.Value));
    }
}
