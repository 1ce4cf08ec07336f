using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Incidenten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Incidenten;

/// <summary>Incidents, calamities, violence incidents and data breaches. Kwaliteit and administratie at the aanbieder
/// register them with both moments (AMB-32) and record each report; the contract routes them (profile <c>meldingen</c>)
/// and its rules make the deadlines (IB-53a/b, IB-58, BSD-88, DEV-B8-Report, DEV-Art9.1, DEV-Art19.4, DEV-AIV7A.4,
/// AVG art. 33). The gemeente's contractmanager sees what was reported to the gemeente; the toezichthouder (GGD) sees
/// only what was reported to the toezichthouder, and nothing else.</summary>
public sealed class IncidentService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    public DateOnly Vandaag => Amsterdam.Today(clock);

    public bool MagRegistreren => scope.IsAanbieder && scope.Rol is Rol.Kwaliteit or Rol.Administratie;
    public bool IsToezichthouder => !scope.IsAanbieder && scope.Rol == Rol.Toezichthouder;
    public bool MagLezen => MagRegistreren || IsToezichthouder || (!scope.IsAanbieder && scope.Rol == Rol.Contractmanager);

    private IQueryable<Incident> InView()
    {
        if (!MagLezen)
            return db.Set<Incident>().Where(_ => false);
        var contracten = scope.Contracten().Select(c => c.Id);
        var query = db.Set<Incident>().Where(i => contracten.Contains(i.ContractId));
        if (scope.IsAanbieder)
            return query.Where(i => i.AanbiederId == scope.Organisatie.Id);
        IReadOnlyList<string> aan = IsToezichthouder ? [IncidentGebeurtenis.GemeldToezichthouder] : IncidentGebeurtenis.AanGemeente;
        var gemeld = db.Gebeurtenissen.Where(g => g.OnderwerpSoort == IncidentGebeurtenis.Onderwerp && aan.Contains(g.Soort)).Select(g => g.OnderwerpId);
        return query.Where(i => gemeld.Contains(i.Id));
    }

    /// <summary>An obligation of the incident; <see cref="AlTeLaatBijOntdekking"/>: its deadline had passed before the
    /// aanbieder discovered the incident (AMB-32: the GGD clock runs from the event itself).</summary>
    public sealed record Termijn(VastgelegdeVerplichting Verplichting, bool AlTeLaatBijOntdekking);

    public sealed record Row(Incident Incident, string Contract, string? Client, IReadOnlyList<Termijn> Termijnen, IReadOnlyList<string> GemeldAan)
    {
        public bool AlTeLaatBijOntdekking => Termijnen.Any(t => t.AlTeLaatBijOntdekking);
    }

    public sealed record Detail(Row Row, IReadOnlyList<MeldingBeleid> Routes, IReadOnlyList<ContractGebeurtenis> Gebeurtenissen,
        IReadOnlyDictionary<string, string> Namen, IReadOnlyList<(string Soort, string Label)> Stappen, string Aanbieder);

    public async Task<List<Row>> ListAsync(CancellationToken ct = default) =>
        await RowsAsync(await InView().OrderByDescending(i => i.Ontdekt).Take(500).ToListAsync(ct), ct);

    private async Task<List<Row>> RowsAsync(List<Incident> incidenten, CancellationToken ct)
    {
        var contractIds = incidenten.Select(k => k.ContractId).Distinct().ToList();
        var contracten = await db.Contracten.Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Naam, ct);
        // The toezichthouder sees a report, not the client's identity: no client names for that role.
        var clientIds = IsToezichthouder ? [] : incidenten.Where(k => k.ClientId is not null).Select(k => k.ClientId!.Value).Distinct().ToList();
        var clienten = await db.Clienten.Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.VolledigeNaam, ct);
        var ids = incidenten.Select(k => (Guid?)k.Id).ToList();
        var verplichtingen = (await db.Verplichtingen.Where(v => v.OnderwerpSoort == IncidentGebeurtenis.Onderwerp && ids.Contains(v.OnderwerpId)).ToListAsync(ct))
            .ToLookup(v => v.OnderwerpId!.Value);
        var meldingen = (await db.Gebeurtenissen.Where(g => g.OnderwerpSoort == IncidentGebeurtenis.Onderwerp && ids.Contains(g.OnderwerpId)
                && (g.Soort == IncidentGebeurtenis.GemeldToezichthouder || IncidentGebeurtenis.AanGemeente.Contains(g.Soort) || g.Soort == IncidentGebeurtenis.DatalekGemeldAp))
            .Select(g => new { g.OnderwerpId, g.Soort }).ToListAsync(ct)).ToLookup(g => g.OnderwerpId!.Value, g => g.Soort);
        return incidenten.Select(i => new Row(i, contracten.GetValueOrDefault(i.ContractId, ""), i.ClientId is { } c ? clienten.GetValueOrDefault(c) : null,
            verplichtingen[i.Id].OrderBy(v => v.DeadlineMoment ?? Amsterdam.StartOf(v.Deadline)).ThenBy(v => v.RegelId)
                .Select(v => new Termijn(v, LateAtDiscovery(v, i))).ToList(),
            meldingen[i.Id].Distinct().ToList())).ToList();
    }

    /// <summary>AMB-32: the deadline lay before the discovery (for a day deadline: the whole day before the day of discovery).</summary>
    public static bool LateAtDiscovery(VastgelegdeVerplichting v, Incident incident) =>
        !v.Onverwijld && (v.DeadlineMoment is { } moment ? moment < incident.Ontdekt : v.Deadline < DateOnly.FromDateTime(Amsterdam.Local(incident.Ontdekt)));

    public async Task<Detail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await InView().FirstOrDefaultAsync(i => i.Id == id, ct) is not { } incident)
            return null;
        var row = (await RowsAsync([incident], ct)).Single();
        var contract = await db.Contracten.FirstAsync(c => c.Id == incident.ContractId, ct);
        var profiel = Profiel(contract);
        var gebeurtenissen = await db.Gebeurtenissen.Where(g => g.OnderwerpSoort == IncidentGebeurtenis.Onderwerp && g.OnderwerpId == id)
            .OrderBy(g => g.Moment).ToListAsync(ct);
        var namen = profiel.Gebeurtenissen.GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.Last().Omschrijving.Split(';')[0]);
        var stappen = IncidentGebeurtenis.Stappen.Where(s => profiel.KnowsGebeurtenis(s.Soort) && !profiel.Ignores(s.Soort))
            .Where(s => incident.IsDatalek ? s.Soort != IncidentGebeurtenis.GemeldGemeente : s.Soort is not (IncidentGebeurtenis.DatalekGemeld or IncidentGebeurtenis.DatalekGemeldAp))
            .ToList();
        var aanbieder = await db.Organisaties.Where(o => o.Id == incident.AanbiederId).Select(o => o.Naam).FirstAsync(ct);
        db.LogRead(nameof(Incident), id);
        if (incident.ClientId is { } client && !IsToezichthouder)
            db.LogRead("Client", client);
        await db.SaveChangesAsync(ct);
        return new Detail(row, profiel.Meldingen.Where(m => m.Soort == incident.Soort).ToList(), gebeurtenissen, namen, stappen, aanbieder);
    }

    public sealed record Keuze(Guid Id, string Omschrijving);

    /// <summary>The contracts the aanbieder can register under, each with the kinds its profile routes.</summary>
    public async Task<List<(Keuze Contract, IReadOnlyList<string> Soorten)>> ContractenAsync(CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return [];
        var contracten = await scope.Contracten().OrderBy(c => c.Naam).ToListAsync(ct);
        return contracten.Select(c => (new Keuze(c.Id, c.Naam), Incident.Soorten(Profiel(c)))).ToList();
    }

    public async Task<List<ClientKeuze>> ClientenAsync(CancellationToken ct = default) =>
        MagRegistreren ? await ClientKeuze.ListAsync(scope, ct) : [];

    /// <summary>Registers the incident with its two events: the kind itself at discovery (the gemeente's and the data-breach
    /// clocks) and <c>{soort}-voorgevallen</c> at the moment it happened (the GGD clock), where the profile knows it.</summary>
    public async Task<SaveResult> RegisterAsync(IncidentInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return SaveResult.NotFound();
        var contract = await scope.Contracten().FirstOrDefaultAsync(c => c.Id == invoer.ContractId, ct);
        if (contract is null)
            return SaveResult.Invalid(nameof(IncidentInput.ContractId), "Kies een contract van uw organisatie.");
        if (invoer.ClientId is { } clientId && !await scope.Clienten().AnyAsync(c => c.Id == clientId, ct))
            return SaveResult.Invalid(nameof(IncidentInput.ClientId), "Kies een cliënt van uw organisatie (of laat het veld leeg).");
        static DateTimeOffset Moment(DateOnly d, TimeOnly? t) => d == default ? default : Amsterdam.ToUtc(d.ToDateTime(t ?? TimeOnly.MinValue));
        static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        var nu = clock.GetUtcNow();
        var incident = new Incident
        {
            AanbiederId = scope.Organisatie.Id, ContractId = contract.Id, ClientId = invoer.ClientId, Soort = invoer.Soort.Trim(),
            Titel = invoer.Titel.Trim(), Omschrijving = invoer.Omschrijving.Trim(),
            Voorgevallen = Moment(invoer.VoorgevallenDatum, invoer.VoorgevallenTijd), Ontdekt = Moment(invoer.OntdektDatum, invoer.OntdektTijd),
            Oorzaak = Leeg(invoer.Oorzaak), Aard = Leeg(invoer.Aard), Gegevens = Leeg(invoer.Gegevens), Gevolgen = Leeg(invoer.Gevolgen),
            Maatregelen = Leeg(invoer.Maatregelen), GeregistreerdDoor = actor.Email, GeregistreerdOp = nu,
        };
        var profiel = Profiel(contract);
        var fouten = incident.Validate(profiel, nu);
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(() =>
        {
            db.Add(incident);
            Add(profiel, contract, incident, incident.Soort, incident.Ontdekt, incident.Titel);
            Add(profiel, contract, incident, incident.Soort + IncidentGebeurtenis.VoorgevallenSuffix, incident.Voorgevallen, incident.Titel);
            return Task.FromResult(SaveResult.Ok(incident.Id));
        }, ct);
    }

    /// <summary>Records a report made (to the toezichthouder, the gemeente, the AP) or a step of the GGD follow-up.</summary>
    public async Task<SaveResult> RecordAsync(Guid id, IncidentStapInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren || await InView().FirstOrDefaultAsync(i => i.Id == id, ct) is not { } incident)
            return SaveResult.NotFound();
        var contract = await db.Contracten.FirstAsync(c => c.Id == incident.ContractId, ct);
        var profiel = Profiel(contract);
        var stap = IncidentGebeurtenis.Stappen.FirstOrDefault(s => s.Soort == invoer.Soort);
        if (stap.Soort is null || !profiel.KnowsGebeurtenis(stap.Soort))
            return SaveResult.Invalid(nameof(IncidentStapInput.Soort), $"Het contract {contract.Naam} kent de stap '{invoer.Soort}' niet.");
        var nu = clock.GetUtcNow();
        var moment = invoer.Datum == default ? default : Amsterdam.ToUtc(invoer.Datum.ToDateTime(invoer.Tijd ?? TimeOnly.MinValue));
        var fouten = new Domain.Common.Validator()
            .Check(nameof(IncidentStapInput.Datum), moment != default, "Datum is verplicht.")
            .Check(nameof(IncidentStapInput.Datum), moment <= nu, "Een melding kan niet in de toekomst liggen.")
            .Check(nameof(IncidentStapInput.Datum), moment == default || moment >= incident.Voorgevallen, "Een melding kan niet vóór het voorval liggen.")
            .Optional(nameof(IncidentStapInput.Toelichting), "Toelichting", invoer.Toelichting, 500);
        if (!fouten.IsValid)
            return SaveResult.Invalid(fouten.Errors);
        return await unitOfWork.ExecuteAsync(() =>
        {
            Add(profiel, contract, incident, stap.Soort, moment, invoer.Toelichting);
            return Task.FromResult(SaveResult.Ok(incident.Id));
        }, ct);
    }

    /// <summary>The report as a PDF (for the toezichthouder, the gemeente and the aanbieder's own file).</summary>
    public async Task<byte[]?> PdfAsync(Guid id, CancellationToken ct = default) =>
        await GetAsync(id, ct) is { } detail ? IncidentPdf.Write(detail, IsToezichthouder) : null;

    private ContractProfile Profiel(Contract contract) => catalogus.Require(contract);

    private void Add(ContractProfile profiel, Contract contract, Incident incident, string soort, DateTimeOffset moment, string? toelichting) =>
        OnderwerpGebeurtenissen.Add(db, profiel, contract, new Onderwerp(IncidentGebeurtenis.Onderwerp, incident.Id.ToString()), incident.ClientId, soort, moment,
            toelichting, actor.Email);
}
