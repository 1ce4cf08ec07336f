using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Tijdregistraties;

/// <summary>Time registration by the aanbieder: a begeleider registers (and corrects) their own time, the administratie
/// registers and corrects anyone's of its organisation. Only the aanbieder's own registrations are in view. Every change
/// is written to the audit trail by the DbContext (IB-59). One batch is checked as a whole and stored in one save: all or
/// nothing, with a message per line (<c>regels[3].Minuten</c>).</summary>
public sealed class TijdregistratieService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor, TimeProvider clock,
    Personeel.InzetCheck inzet)
{
    public DateOnly Vandaag => Amsterdam.Today(clock);

    public bool MagRegistreren => scope.IsAanbieder && scope.Rol is Rol.Administratie or Rol.Begeleider;

    /// <summary>The administratie registers and corrects for every worker of its organisation.</summary>
    public bool MagVoorAnderen => scope.IsAanbieder && scope.Rol == Rol.Administratie;

    private Guid? Zelf => actor.GebruikerId;

    private IQueryable<Tijdregistratie> InView()
    {
        if (!MagRegistreren)
            return db.Set<Tijdregistratie>().Where(_ => false);
        var org = scope.Organisatie.Id;
        var eigen = db.Set<Tijdregistratie>().Where(r => r.AanbiederId == org);
        if (MagVoorAnderen)
            return eigen;
        var zelf = Zelf ?? Guid.Empty;
        return eigen.Where(r => r.MedewerkerId == zelf);
    }

    public sealed record Regel(Tijdregistratie Registratie, string Client, string ToewijzingNummer, bool Declarabel);

    public sealed record Week(DateOnly Maandag, Guid? MedewerkerId, IReadOnlyList<Regel> Regels)
    {
        public IEnumerable<DateOnly> Dagen => Enumerable.Range(0, 7).Select(Maandag.AddDays);
        public int Minuten(Func<Regel, bool> welke) => Regels.Where(welke).Sum(r => r.Registratie.Minuten);
    }

    public static DateOnly MaandagVan(DateOnly dag) => dag.AddDays(-(((int)dag.DayOfWeek + 6) % 7));

    /// <summary>The week (Monday to Sunday) around <paramref name="dag"/> of one worker (a begeleider: always their own;
    /// the administratie: the chosen worker, or everyone when none is chosen).</summary>
    public async Task<Week> WeekAsync(DateOnly dag, Guid? medewerkerId, CancellationToken ct = default)
    {
        var maandag = MaandagVan(dag);
        var zondag = maandag.AddDays(6);
        var medewerker = MagVoorAnderen ? medewerkerId : Zelf;
        var query = InView().Where(r => r.Datum >= maandag && r.Datum <= zondag);
        if (medewerker is { } m)
            query = query.Where(r => r.MedewerkerId == m);
        var registraties = await query.OrderBy(r => r.Datum).ThenBy(r => r.Begintijd).ToListAsync(ct);
        return new Week(maandag, medewerker, await RegelsAsync(registraties, ct));
    }

    private async Task<List<Regel>> RegelsAsync(List<Tijdregistratie> registraties, CancellationToken ct)
    {
        var toewijzingIds = registraties.Select(r => r.ToewijzingId).Distinct().ToList();
        var toewijzingen = await db.Toewijzingen.Where(t => toewijzingIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var clientIds = registraties.Select(r => r.ClientId).Distinct().ToList();
        var clienten = await db.Clienten.Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var regels = new Dictionary<Guid, Tijdregels>();
        foreach (var contractId in registraties.Select(r => r.ContractId).Distinct())
            regels[contractId] = await RegelsVanAsync(contractId, ct);
        return registraties.Select(r => new Regel(r, clienten.TryGetValue(r.ClientId, out var c) ? c.VolledigeNaam : "",
            toewijzingen.TryGetValue(r.ToewijzingId, out var t) ? t.ToewijzingNummer : "", regels[r.ContractId].IsDeclarabel(r))).ToList();
    }

    private async Task<Tijdregels> RegelsVanAsync(Guid contractId, CancellationToken ct)
    {
        var contract = await db.Contracten.FirstAsync(c => c.Id == contractId, ct);
        return catalogus.Find(contract.ProfielId, contract.ProfielVersie) is { } profiel ? Tijdregels.Uit(profiel) : Tijdregels.Geen;
    }

    public sealed record ToewijzingKeuze(Guid Id, string Omschrijving);

    /// <summary>The toewijzingen time can be registered on: care started (also after a stop, for late registrations).</summary>
    public async Task<List<ToewijzingKeuze>> ToewijzingenAsync(CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return [];
        var lijst = await scope.Toewijzingen()
            .Where(t => t.Status == ToewijzingStatus.Gestart || t.Status == ToewijzingStatus.TijdelijkGestopt || t.Status == ToewijzingStatus.Gestopt)
            .Join(db.Clienten, t => t.ClientId, c => c.Id, (t, c) => new { t.Id, t.ToewijzingNummer, t.Productcode, t.Productcategorie, t.Status, c.Achternaam, c.Voornamen, c.Tussenvoegsel })
            .ToListAsync(ct);
        return lijst.OrderBy(t => t.Status == ToewijzingStatus.Gestopt).ThenBy(t => t.Achternaam).ThenBy(t => t.Voornamen)
            .Select(t => new ToewijzingKeuze(t.Id, $"{t.Achternaam}, {t.Voornamen}{(t.Tussenvoegsel is null ? "" : " " + t.Tussenvoegsel)} — {t.Productcode ?? t.Productcategorie} ({t.ToewijzingNummer})"
                + (t.Status == ToewijzingStatus.Gestopt ? " — gestopt" : "")))
            .ToList();
    }

    public sealed record MedewerkerKeuze(Guid Id, string Naam);

    public async Task<List<MedewerkerKeuze>> MedewerkersAsync(CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return [];
        var org = scope.Organisatie.Id;
        var zelf = Zelf ?? Guid.Empty;
        return await db.Gebruikers.Where(g => g.OrganisatieId == org && g.Actief && (MagVoorAnderen || g.Id == zelf))
            .OrderBy(g => g.Naam).Select(g => new MedewerkerKeuze(g.Id, g.Naam)).ToListAsync(ct);
    }

    public Task<Tijdregistratie?> GetAsync(Guid id, CancellationToken ct = default) => InView().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>IB-59: who registered and changed a registration, and when, from the audit trail.</summary>
    public async Task<List<AuditEntry>> HistoryAsync(Guid id, CancellationToken ct = default)
    {
        if (!await InView().AnyAsync(r => r.Id == id, ct))
            return [];
        var sleutel = id.ToString();
        return await db.AuditRegels.Where(a => a.Entiteit == nameof(Tijdregistratie) && a.EntiteitId == sleutel).OrderBy(a => a.Moment).ToListAsync(ct);
    }

    public async Task<SaveResult> AddAsync(TijdInvoer invoer, CancellationToken ct = default)
    {
        var result = await RegisterAsync(invoer, ct);
        return result.Status == SaveStatus.Ok ? SaveResult.Ok(result.Ids[0]) : result.AlsSaveResult();
    }

    /// <summary>One registration on the page, with the warnings that did not refuse it (DEV-Eis19-Group).</summary>
    public Task<BulkResult> RegisterAsync(TijdInvoer invoer, CancellationToken ct = default) =>
        SaveAsync([invoer], Herkomst.Platform, bulk: false, ct);

    /// <summary>A batch from a planning system: checked together (also against each other) and stored together.</summary>
    public Task<BulkResult> AddBulkAsync(TijdBulkInvoer invoer, CancellationToken ct = default) =>
        SaveAsync(invoer.Regels ?? [], Herkomst.Api, bulk: true, ct);

    /// <summary>The lines of an imported file (<see cref="TijdCsvImportService"/>): the same rules as a batch, stored together.</summary>
    internal Task<BulkResult> ImportAsync(IReadOnlyList<TijdInvoer> regels, CancellationToken ct) =>
        SaveAsync(regels, Herkomst.Csv, bulk: true, ct);

    /// <summary>Corrects a registration (a begeleider their own; the administratie any of its organisation).</summary>
    public async Task<SaveResult> UpdateAsync(Guid id, TijdInvoer invoer, CancellationToken ct = default)
    {
        if (await InView().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } registratie)
            return SaveResult.NotFound();
        if (invoer.Versie is { } versie && versie != registratie.Versie)
            return SaveResult.Conflict();
        if (await GedeclareerdAsync(registratie, ct) is { } melding)
            return SaveResult.Invalid(nameof(TijdInvoer.Datum), melding);
        var result = await SaveAsync([invoer with { ExterneReferentie = invoer.ExterneReferentie ?? registratie.ExterneReferentie }], registratie.Herkomst, bulk: false, ct, registratie);
        return result.Status == SaveStatus.Ok ? SaveResult.Ok(id) : result.AlsSaveResult();
    }

    public async Task<SaveResult> DeleteAsync(Guid id, Guid? versie, CancellationToken ct = default)
    {
        if (await InView().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } registratie)
            return SaveResult.NotFound();
        if (versie is { } v && v != registratie.Versie)
            return SaveResult.Conflict();
        if (await GedeclareerdAsync(registratie, ct) is { } melding)
            return SaveResult.Invalid(nameof(TijdInvoer.Datum), melding);
        db.Remove(registratie);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Conflict();
        }
        return SaveResult.Ok(id);
    }

    private async Task<BulkResult> SaveAsync(IReadOnlyList<TijdInvoer> regels, Herkomst herkomst, bool bulk, CancellationToken ct, Tijdregistratie? teCorrigeren = null)
    {
        if (!MagRegistreren)
            return BulkResult.NotFound();
        if (regels.Count == 0)
            return BulkResult.Invalid([new ValidationError("Regels", "Stuur minstens één registratie mee.")]);
        if (regels.Count > MaxRegels)
            return BulkResult.Invalid([new ValidationError("Regels", $"Stuur hoogstens {MaxRegels} registraties per keer.")]);
        string Veld(int i, string veld) => bulk ? $"regels[{i}].{veld}" : veld;

        var org = scope.Organisatie.Id;
        var fouten = new List<ValidationError>();
        var toewijzingIds = regels.Select(r => r.ToewijzingId).Distinct().ToList();
        var toewijzingen = await scope.Toewijzingen().Where(t => toewijzingIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var medewerkerIds = regels.Select(r => r.MedewerkerId ?? Zelf ?? Guid.Empty).Distinct().ToList();
        var medewerkers = await db.Gebruikers.Where(g => g.OrganisatieId == org && medewerkerIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
        var referenties = regels.Select(r => r.ExterneReferentie?.Trim()).Where(r => !string.IsNullOrEmpty(r)).Distinct().ToList();
        var bekend = teCorrigeren is not null ? [] : await db.Set<Tijdregistratie>()
            .Where(r => r.AanbiederId == org && referenties.Contains(r.ExterneReferentie)).ToDictionaryAsync(r => r.ExterneReferentie!, ct);
        var pauzes = await PauzesAsync(toewijzingIds, ct);
        var plannen = await db.Set<Ondersteuningsplan>().Where(p => toewijzingIds.Contains(p.ToewijzingId))
            .ToDictionaryAsync(p => p.ToewijzingId, p => new PlanRegie(p.RegieOvergenomen, p.RegieToestemmingOp), ct);
        var regelsPerContract = new Dictionary<Guid, Tijdregels>();
        foreach (var contractId in toewijzingen.Values.Select(t => t.ContractId).Distinct())
            regelsPerContract[contractId] = await RegelsVanAsync(contractId, ct);

        var nu = clock.GetUtcNow();
        var batch = new List<(int Index, Tijdregistratie Registratie, Toewijzing Toewijzing)>();
        var nieuw = new HashSet<Tijdregistratie>();
        var ongewijzigd = new HashSet<Tijdregistratie>();
        for (var i = 0; i < regels.Count; i++)
        {
            var invoer = regels[i];
            if (!toewijzingen.TryGetValue(invoer.ToewijzingId, out var toewijzing))
            {
                fouten.Add(new(Veld(i, nameof(TijdInvoer.ToewijzingId)), "Kies een toewijzing van uw organisatie."));
                continue;
            }
            var medewerkerId = invoer.MedewerkerId ?? Zelf ?? Guid.Empty;
            if (!MagVoorAnderen && medewerkerId != Zelf)
            {
                fouten.Add(new(Veld(i, nameof(TijdInvoer.MedewerkerId)), "Een begeleider registreert alleen eigen tijd; de administratie registreert voor anderen."));
                continue;
            }
            if (!medewerkers.TryGetValue(medewerkerId, out var medewerker))
            {
                fouten.Add(new(Veld(i, nameof(TijdInvoer.MedewerkerId)), "Kies een medewerker van uw organisatie (IB-59: de naam van de medewerker is verplicht)."));
                continue;
            }
            var referentie = string.IsNullOrWhiteSpace(invoer.ExterneReferentie) ? null : invoer.ExterneReferentie.Trim();
            if (referentie is not null && batch.Any(b => b.Registratie.ExterneReferentie == referentie))
            {
                fouten.Add(new(Veld(i, nameof(TijdInvoer.ExterneReferentie)), $"De externe referentie '{referentie}' komt meer dan eens voor in deze aanlevering."));
                continue;
            }
            var registratie = teCorrigeren ?? (referentie is not null && bekend.TryGetValue(referentie, out var eerder) ? eerder : null);
            if (registratie is not null && teCorrigeren is null && invoer.Matches(registratie, medewerkerId))
            {
                // Idempotent: the same line sent again (a re-imported file) changes nothing, not even who changed it last.
                batch.Add((i, registratie, toewijzing));
                ongewijzigd.Add(registratie);
                continue;
            }
            if (registratie is not null && teCorrigeren is null && await GedeclareerdAsync(registratie, ct) is { } gedeclareerd)
            {
                fouten.Add(new(Veld(i, nameof(TijdInvoer.ExterneReferentie)), gedeclareerd));
                continue;
            }
            if (registratie is null)
            {
                registratie = new Tijdregistratie { AanbiederId = org, Herkomst = herkomst, GeregistreerdDoor = actor.Email, GeregistreerdOp = nu };
                nieuw.Add(registratie);
            }
            else
                (registratie.GewijzigdDoor, registratie.GewijzigdOp) = (actor.Email, nu);
            invoer.ApplyTo(registratie);
            (registratie.ToewijzingId, registratie.ClientId, registratie.ContractId, registratie.Productcode) =
                (toewijzing.Id, toewijzing.ClientId, toewijzing.ContractId, toewijzing.Productcode);
            (registratie.MedewerkerId, registratie.MedewerkerNaam) = (medewerker.Id, medewerker.Naam);
            batch.Add((i, registratie, toewijzing));
        }

        // Everything the batch could conflict with: the same workers' and clients' time on the same days, as it will be
        // after the batch (changed registrations carry their new values; new ones are added).
        var dagen = batch.Select(b => b.Registratie.Datum).Distinct().ToList();
        var werkers = batch.Select(b => b.Registratie.MedewerkerId).Distinct().ToList();
        var clientIds = batch.Select(b => b.Registratie.ClientId).Distinct().ToList();
        var opgeslagen = await db.Set<Tijdregistratie>()
            .Where(r => dagen.Contains(r.Datum) && (werkers.Contains(r.MedewerkerId) || clientIds.Contains(r.ClientId))).ToListAsync(ct);
        var geheel = opgeslagen.Concat(nieuw).Distinct().ToList();
        foreach (var (index, registratie, toewijzing) in batch.Where(b => !ongewijzigd.Contains(b.Registratie)))
        {
            var levering = Levering.Van(toewijzing, pauzes.GetValueOrDefault(toewijzing.Id));
            foreach (var fout in TijdregistratieControle.Validate(registratie, levering, regelsPerContract[toewijzing.ContractId], geheel, Vandaag,
                plannen.GetValueOrDefault(toewijzing.Id)))
                fouten.Add(fout with { Field = Veld(index, fout.Field) });
        }
        // Issue 14: the person's VOG under the toewijzing's contract (no VOG where the contract forbids deployment refuses; the rest warns).
        var (inzetFouten, inzetWaarschuwingen) = await inzet.CheckAsync(
            batch.Where(b => !ongewijzigd.Contains(b.Registratie)).Select(b => (b.Index, b.Registratie)).ToList(), Veld, ct);
        fouten.AddRange(inzetFouten);
        if (fouten.Count > 0)
        {
            db.ChangeTracker.Clear();
            return BulkResult.Invalid(fouten);
        }
        var waarschuwingen = batch.Where(b => !ongewijzigd.Contains(b.Registratie))
            .SelectMany(b => TijdregistratieControle.Warnings(b.Registratie, regelsPerContract[b.Toewijzing.ContractId], geheel)
                .Select(w => bulk ? $"regels[{b.Index}]: {w}" : w))
            .Concat(inzetWaarschuwingen).Distinct().ToList();
        db.AddRange(nieuw);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new BulkResult(SaveStatus.Conflict, [], [new ValidationError("", SaveResult.ConflictMessage)], 0, 0);
        }
        return new BulkResult(SaveStatus.Ok, batch.Select(b => b.Registratie.Id).ToList(), [], nieuw.Count, batch.Count - nieuw.Count - ongewijzigd.Count, ongewijzigd.Count)
        {
            Waarschuwingen = waarschuwingen,
        };
    }

    public const int MaxRegels = 1000;

    /// <summary>Time of a month already declared to the client's gemeente was the basis of a sent WMO323: it is not changed
    /// or removed afterwards (a correction is a credit line and a new line, IV085/IV091).</summary>
    private async Task<string?> GedeclareerdAsync(Tijdregistratie r, CancellationToken ct)
    {
        var maand = new DateOnly(r.Datum.Year, r.Datum.Month, 1);
        var gemeente = await db.Clienten.Where(c => c.Id == r.ClientId).Select(c => c.GemeenteId).FirstOrDefaultAsync(ct);
        var declaratie = await db.Set<Domain.Declaraties.Declaratie>()
            .FirstOrDefaultAsync(d => d.AanbiederId == r.AanbiederId && d.GemeenteId == gemeente && d.Periode == maand, ct);
        return declaratie is null ? null
            : $"De tijd van {Domain.Declaraties.Declaratieopbouw.Periode(maand)} is al gedeclareerd (declaratienummer {declaratie.Nummer}); " +
              "deze registratie blijft zoals zij is. Een correctie gaat met een creditregel en een nieuwe regel (IV085, IV091).";
    }

    /// <summary>Earlier temporary stops that ended with a resumption, per toewijzing, from its timeline.</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<Pauze>>> PauzesAsync(List<Guid> toewijzingIds, CancellationToken ct)
    {
        var ids = toewijzingIds.Select(id => (Guid?)id).ToList();
        var gebeurtenissen = await db.Gebeurtenissen
            .Where(g => ids.Contains(g.ToewijzingId) && (g.Soort == KetenGebeurtenis.TijdelijkeStop || g.Soort == KetenGebeurtenis.ZorgHervat))
            .OrderBy(g => g.Moment).ToListAsync(ct);
        var result = new Dictionary<Guid, IReadOnlyList<Pauze>>();
        foreach (var groep in gebeurtenissen.GroupBy(g => g.ToewijzingId!.Value))
        {
            var lijst = new List<Pauze>();
            DateOnly? stop = null;
            foreach (var g in groep)
            {
                var dag = DateOnly.FromDateTime(Amsterdam.Local(g.Moment));
                if (g.Soort == KetenGebeurtenis.TijdelijkeStop)
                    stop = dag;
                else if (stop is { } s)
                {
                    lijst.Add(new Pauze(s, dag));
                    stop = null;
                }
            }
            result[groep.Key] = lijst;
        }
        return result;
    }
}

/// <summary>The outcome of a batch: the ids (in the order sent) and how many were new or corrections, or the messages
/// per line.</summary>
public sealed record BulkResult(SaveStatus Status, IReadOnlyList<Guid> Ids, IReadOnlyList<ValidationError> Errors, int Aangemaakt, int Bijgewerkt, int Ongewijzigd = 0)
{
    /// <summary>What did not refuse the batch but should be looked at (DEV-Eis19-Group).</summary>
    public IReadOnlyList<string> Waarschuwingen { get; init; } = [];

    public static BulkResult NotFound() => new(SaveStatus.NotFound, [], [], 0, 0);
    public static BulkResult Invalid(IReadOnlyList<ValidationError> errors) => new(SaveStatus.Invalid, [], errors, 0, 0);

    public SaveResult AlsSaveResult() => Status switch
    {
        SaveStatus.NotFound => SaveResult.NotFound(),
        SaveStatus.Conflict => SaveResult.Conflict(),
        _ => SaveResult.Invalid(Errors),
    };
}
