using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Klachten;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using static Maatwerk.Infrastructure.Clientondersteuning.OcoScope;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>Residents' questions to the OCO provider (issue 15): meldingen, contacts and appointments. The provider's OCO
/// workers (begeleider) and coordinator (administratie) register; each change stores the events it stands for about the
/// melding in the same transaction, so OCO-3.15, OCO-3.16a/b, OCO-3.17 and OCO-2.7 appear on Verplichtingen with deadline
/// and clause. Nobody outside the provider sees a resident's question (the gemeente receives the report only).</summary>
public sealed class MeldingService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>The rules whose lapse is a waiting-list breach (OCO-2.17).</summary>
    public static readonly IReadOnlyList<string> WachtlijstRegels = ["OCO-3.16a", "OCO-2.7"];

    public DateOnly Vandaag => Amsterdam.Today(clock);
    public bool MagRegistreren => scope.MayRegisterOco();

    public sealed record Row(Melding Melding, VastgelegdeVerplichting? Eerstvolgend, bool Traject, bool Afgerond, bool Overschreden);

    public sealed record Detail(Melding Melding, string Gemeente, IReadOnlyList<Contactmoment> Contacten, IReadOnlyList<Afspraak> Afspraken,
        Traject? Traject, IReadOnlyList<Verwijzing> Verwijzingen, IReadOnlyList<VastgelegdeVerplichting> Verplichtingen,
        IReadOnlyList<Klacht> Klachten);

    public sealed record Caseload(string Medewerker, int Open, int TeLaat, DateOnly? EerstvolgendeDeadline);

    public sealed record Keuzes(IReadOnlyList<Organisatie> Gemeenten);

    private IQueryable<VastgelegdeVerplichting> VerplichtingenVan(IQueryable<Melding> meldingen)
    {
        var ids = meldingen.Select(m => (Guid?)m.Id);
        return db.Verplichtingen.Where(v => v.OnderwerpSoort == Melding.Onderwerp && ids.Contains(v.OnderwerpId));
    }

    /// <summary>The meldingen in view, newest first, with the nearest open obligation; optionally one worker's caseload.</summary>
    public async Task<List<Row>> ListAsync(string? medewerker = null, bool alleenOpen = false, CancellationToken ct = default)
    {
        var query = scope.Meldingen(db);
        if (!string.IsNullOrWhiteSpace(medewerker))
            query = query.Where(m => m.Medewerker == medewerker);
        var meldingen = await query.OrderByDescending(m => m.OntvangenOp).Take(1000).ToListAsync(ct);
        var verplichtingen = (await VerplichtingenVan(query).ToListAsync(ct)).ToLookup(v => v.OnderwerpId!.Value);
        var ids = meldingen.Select(m => m.Id).ToList();
        var trajecten = await db.Set<Traject>().Where(t => ids.Contains(t.MeldingId)).ToDictionaryAsync(t => t.MeldingId, ct);
        var rows = meldingen.Select(m =>
        {
            var v = verplichtingen[m.Id].ToList();
            var traject = trajecten.GetValueOrDefault(m.Id);
            var afgerond = traject is { IsAfgesloten: true } || (traject is null && m.HulpVerkregenOp is not null);
            return new Row(m, v.Where(x => x.Status is VerplichtingStatus.Open or VerplichtingStatus.TeLaat).OrderBy(x => x.Deadline).FirstOrDefault(),
                traject is not null, afgerond, v.Any(IsOverschreden));
        });
        return rows.Where(r => !alleenOpen || !r.Afgerond).ToList();
    }

    /// <summary>A breach of "no waiting lists" (OCO-2.17): OCO-3.16a or OCO-2.7 past its deadline — still open after it, or met late.</summary>
    public static bool IsOverschreden(VastgelegdeVerplichting v) => WachtlijstRegels.Contains(v.RegelId) && v.Status == VerplichtingStatus.TeLaat;

    /// <summary>The breach list of OCO-2.17: meldingen past OCO-3.16a or OCO-2.7, with the lapsed obligation.</summary>
    public async Task<List<(Melding Melding, VastgelegdeVerplichting Verplichting)>> BreachesAsync(CancellationToken ct = default)
    {
        var meldingen = scope.Meldingen(db);
        var regels = WachtlijstRegels.ToList();
        var lijst = await VerplichtingenVan(meldingen).Where(v => regels.Contains(v.RegelId) && v.Status == VerplichtingStatus.TeLaat)
            .OrderBy(v => v.Deadline).ToListAsync(ct);
        var ids = lijst.Select(v => v.OnderwerpId!.Value).Distinct().ToList();
        var perId = await meldingen.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        return lijst.Where(v => perId.ContainsKey(v.OnderwerpId!.Value)).Select(v => (perId[v.OnderwerpId!.Value], v)).ToList();
    }

    /// <summary>Per OCO worker: the meldingen still open and their obligations (the coordinator's view).</summary>
    public async Task<List<Caseload>> CaseloadAsync(CancellationToken ct = default)
    {
        var rows = await ListAsync(alleenOpen: true, ct: ct);
        var meldingen = scope.Meldingen(db);
        var verplichtingen = (await VerplichtingenVan(meldingen).Where(v => v.Status == VerplichtingStatus.Open || v.Status == VerplichtingStatus.TeLaat)
            .ToListAsync(ct)).ToLookup(v => v.OnderwerpId!.Value);
        return rows.GroupBy(r => r.Melding.Medewerker).Select(g => new Caseload(g.Key, g.Count(),
                g.Count(r => verplichtingen[r.Melding.Id].Any(v => v.Status == VerplichtingStatus.TeLaat)),
                g.SelectMany(r => verplichtingen[r.Melding.Id]).Where(v => v.Status == VerplichtingStatus.Open).Select(v => (DateOnly?)v.Deadline).Min()))
            .OrderBy(c => c.Medewerker).ToList();
    }

    /// <summary>All open and late obligations of the meldingen in view, by deadline (coordinator: everything due).</summary>
    public async Task<List<(Melding Melding, VastgelegdeVerplichting Verplichting)>> DueAsync(CancellationToken ct = default)
    {
        var meldingen = scope.Meldingen(db);
        var lijst = await VerplichtingenVan(meldingen).Where(v => v.Status == VerplichtingStatus.Open || v.Status == VerplichtingStatus.TeLaat)
            .OrderBy(v => v.Deadline).Take(500).ToListAsync(ct);
        var ids = lijst.Select(v => v.OnderwerpId!.Value).Distinct().ToList();
        var perId = await meldingen.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        return lijst.Where(v => perId.ContainsKey(v.OnderwerpId!.Value)).Select(v => (perId[v.OnderwerpId!.Value], v)).ToList();
    }

    public async Task<Keuzes> KeuzesAsync(CancellationToken ct = default) =>
        new(MagRegistreren ? await GemeentenAsync(db, await scope.OcoContracten().ToListAsync(ct), ct) : []);

    /// <summary>One melding with everything registered on it; the read is audited (it may name a resident).</summary>
    public async Task<Detail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await scope.Meldingen(db).FirstOrDefaultAsync(m => m.Id == id, ct) is not { } melding)
            return null;
        db.LogRead(nameof(Melding), id);
        await db.SaveChangesAsync(ct);
        var gemeente = await db.Organisaties.Where(o => o.Id == melding.GemeenteId).Select(o => o.Naam).FirstOrDefaultAsync(ct) ?? "";
        return new Detail(melding, gemeente,
            await db.Set<Contactmoment>().Where(c => c.MeldingId == id).OrderBy(c => c.Moment).ToListAsync(ct),
            await db.Set<Afspraak>().Where(a => a.MeldingId == id).OrderBy(a => a.GeplandOp).ToListAsync(ct),
            await db.Set<Traject>().FirstOrDefaultAsync(t => t.MeldingId == id, ct),
            await db.Set<Verwijzing>().Where(v => v.MeldingId == id).OrderBy(v => v.Datum).ToListAsync(ct),
            await db.Verplichtingen.Where(v => v.OnderwerpSoort == Melding.Onderwerp && v.OnderwerpId == id).OrderBy(v => v.Deadline).ToListAsync(ct),
            await db.Set<Klacht>().Where(k => db.Set<MeldingKlacht>().Any(l => l.MeldingId == id && l.KlachtId == k.Id)).OrderBy(k => k.Ontvangen).ToListAsync(ct));
    }

    /// <summary>Registers a resident's question under the provider's OCO contract with the chosen gemeente.</summary>
    public async Task<SaveResult> RegisterAsync(MeldingInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return SaveResult.NotFound();
        var contracten = await scope.OcoContracten().ToListAsync(ct);
        var gemeenten = await GemeentenAsync(db, contracten, ct);
        var gemeente = gemeenten.FirstOrDefault(g => g.Id == invoer.GemeenteId);
        var contract = gemeente is null ? null
            : contracten.Where(c => c.OpdrachtgeverId == gemeente.Id || c.OpdrachtgeverId == gemeente.RegioId)
                .OrderByDescending(c => c.IsRunning(invoer.OntvangenDatum == default ? Vandaag : invoer.OntvangenDatum)).FirstOrDefault();
        if (contract is null)
            return SaveResult.Invalid(nameof(MeldingInput.GemeenteId), "Kies een gemeente waarmee uw organisatie een contract voor cliëntondersteuning heeft.");
        var nu = clock.GetUtcNow();
        var melding = new Melding
        {
            AanbiederId = scope.Organisatie.Id, ContractId = contract.Id, GemeenteId = gemeente!.Id, Anoniem = invoer.Anoniem, Inwoner = invoer.Inwoner,
            Bsn = invoer.Bsn, Contactgegevens = invoer.Contactgegevens,
            OntvangenOp = invoer.OntvangenDatum == default ? default : Local(invoer.OntvangenDatum, invoer.OntvangenTijd),
            Kanaal = invoer.Kanaal, Verwijzer = invoer.Verwijzer, Levensdomein = string.Join(',', invoer.Levensdomeinen), Complex = invoer.Complex,
            Vraag = invoer.Vraag, Spoed = invoer.Spoed,
            TriageOp = invoer.TriageDatum is { } td ? Local(td, invoer.TriageTijd ?? TimeOnly.MinValue) : null,
            Medewerker = actor.Email, GeregistreerdDoor = actor.Email, GeregistreerdOp = nu,
        };
        melding.Normalize();
        var fouten = Rename(melding.Validate(nu), (nameof(Melding.OntvangenOp), nameof(MeldingInput.OntvangenDatum)),
            (nameof(Melding.TriageOp), nameof(MeldingInput.TriageDatum)), (nameof(Melding.Levensdomein), nameof(MeldingInput.Levensdomeinen)));
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            db.Add(melding);
            await SynchronizeAsync(db, catalogus, actor, melding, ct);
            return SaveResult.Ok(melding.Id);
        }, ct);
    }

    /// <summary>A contact with the resident; the first meets OCO-3.15 and starts OCO-3.16a.</summary>
    public Task<SaveResult> AddContactAsync(Guid id, ContactInput invoer, CancellationToken ct = default) => ChangeAsync(id, invoer.Versie, melding =>
    {
        var contact = new Contactmoment
        {
            MeldingId = id, Moment = invoer.Datum == default ? default : Local(invoer.Datum, invoer.Tijd), Medewerker = actor.Email, Soort = invoer.Soort,
            Activiteit = invoer.Activiteit, SubActiviteit = string.IsNullOrWhiteSpace(invoer.SubActiviteit) ? null : invoer.SubActiviteit.Trim(),
            MetVerwijzer = invoer.MetVerwijzer, Locatie = invoer.Locatie, Multidisciplinair = invoer.Multidisciplinair,
            Toelichting = string.IsNullOrWhiteSpace(invoer.Toelichting) ? null : invoer.Toelichting.Trim(), GeregistreerdDoor = actor.Email,
            GeregistreerdOp = clock.GetUtcNow(),
        };
        var fouten = Rename(contact.Validate(melding, clock.GetUtcNow(), Show), (nameof(Contactmoment.Moment), nameof(ContactInput.Datum)));
        if (fouten.Count == 0)
            db.Add(contact);
        return Task.FromResult(fouten);
    }, ct);

    /// <summary>Plans an appointment (meets OCO-3.16b) or registers one already held (meets OCO-3.16a). A first appointment
    /// planned after the OCO-3.16a deadline makes the first appointment unattainable: OCO-3.17 asks for a substitute offer.</summary>
    public Task<SaveResult> PlanAfspraakAsync(Guid id, AfspraakInput invoer, CancellationToken ct = default) => ChangeAsync(id, invoer.Versie, async melding =>
    {
        var nu = clock.GetUtcNow();
        var afspraak = new Afspraak
        {
            MeldingId = id, GeplandOp = invoer.Datum == default ? default : Local(invoer.Datum, invoer.Tijd), Medewerker = actor.Email, Locatie = invoer.Locatie,
            Status = invoer.Gehouden ? AfspraakStatus.Gehouden : AfspraakStatus.Gepland, GeregistreerdDoor = actor.Email, GeregistreerdOp = nu,
        };
        var fouten = Rename(afspraak.Validate(melding, nu, Show), (nameof(Afspraak.GeplandOp), nameof(AfspraakInput.Datum)));
        if (fouten.Count > 0)
            return fouten;
        db.Add(afspraak);
        var eerderGehouden = await db.Set<Afspraak>().AnyAsync(a => a.MeldingId == id && a.Status == AfspraakStatus.Gehouden, ct);
        var deadline = await db.Verplichtingen.Where(v => v.OnderwerpSoort == Melding.Onderwerp && v.OnderwerpId == id && v.RegelId == "OCO-3.16a")
            .Select(v => (DateOnly?)v.Deadline).FirstOrDefaultAsync(ct);
        if (!eerderGehouden && melding.OnhaalbaarOp is null && deadline is { } d && Day(afspraak.GeplandOp) > d)
            melding.OnhaalbaarOp = nu; // OCO-3.17
        return [];
    }, ct);

    public Task<SaveResult> HoldAfspraakAsync(Guid id, Guid afspraakId, CancellationToken ct = default) => ChangeAsync(id, null, async melding =>
    {
        if (await db.Set<Afspraak>().FirstOrDefaultAsync(a => a.Id == afspraakId && a.MeldingId == id, ct) is not { } afspraak)
            return [new ValidationError("AfspraakId", "Deze afspraak hoort niet bij de melding.")];
        return afspraak.Hold(clock.GetUtcNow());
    }, ct);

    /// <summary>Moves a planned appointment (OCO-3.7): reason and when the resident was told are recorded.</summary>
    public Task<SaveResult> MoveAfspraakAsync(Guid id, Guid afspraakId, VerzetInput invoer, CancellationToken ct = default) => ChangeAsync(id, invoer.Versie, async melding =>
    {
        if (await db.Set<Afspraak>().FirstOrDefaultAsync(a => a.Id == afspraakId && a.MeldingId == id, ct) is not { } afspraak)
            return [new ValidationError("AfspraakId", "Deze afspraak hoort niet bij de melding.")];
        var nu = clock.GetUtcNow();
        var nieuwOp = invoer.NieuwDatum == default ? default : Local(invoer.NieuwDatum, invoer.NieuwTijd);
        DateTimeOffset? geinformeerd = invoer.GeinformeerdDatum is { } g ? Local(g, invoer.GeinformeerdTijd ?? TimeOnly.MinValue) : null;
        var (nieuw, fouten) = afspraak.Move(nieuwOp, invoer.Reden, geinformeerd, nu);
        if (nieuw is null)
            return Rename(fouten, ("NieuwOp", nameof(VerzetInput.NieuwDatum)), ("GeinformeerdOp", nameof(VerzetInput.GeinformeerdDatum)));
        nieuw.GeregistreerdDoor = actor.Email;
        nieuw.GeregistreerdOp = nu;
        db.Add(nieuw);
        return [];
    }, ct);

    /// <summary>The substitute offer of OCO-3.17 (to whom; now).</summary>
    public Task<SaveResult> RecordVervangendAanbodAsync(Guid id, VervangendAanbodInput invoer, CancellationToken ct = default) => ChangeAsync(id, invoer.Versie, melding =>
    {
        var v = new Validator().Required(nameof(VervangendAanbodInput.Naar), "Vervangend aanbod bij", invoer.Naar, 200);
        if (v.IsValid)
        {
            melding.OnhaalbaarOp ??= clock.GetUtcNow();
            (melding.VervangendAanbodNaar, melding.VervangendAanbodOp) = (invoer.Naar!.Trim(), clock.GetUtcNow());
        }
        return Task.FromResult(v.Errors);
    }, ct);

    /// <summary>The resident obtained the help needed (meets OCO-2.7), with the satisfaction score if given.</summary>
    public Task<SaveResult> RecordHulpAsync(Guid id, HulpInput invoer, CancellationToken ct = default) => ChangeAsync(id, invoer.Versie, melding =>
    {
        var v = new Validator().Check(nameof(HulpInput.Datum), invoer.Datum != default, "Vul de datum in waarop de inwoner de hulp kreeg.");
        if (invoer.Datum != default)
            v.Check(nameof(HulpInput.Datum), invoer.Datum >= Day(melding.OntvangenOp) && invoer.Datum <= Vandaag,
                $"De datum ligt tussen de melding ({Day(melding.OntvangenOp):dd-MM-yyyy}) en vandaag.");
        if (invoer.Tevredenheid is { } t)
            v.Check(nameof(HulpInput.Tevredenheid), t is >= 1 and <= 10, "De tevredenheid is een cijfer van 1 tot en met 10.");
        if (v.IsValid)
            (melding.HulpVerkregenOp, melding.Tevredenheid) = (invoer.Datum, invoer.Tevredenheid ?? melding.Tevredenheid);
        return Task.FromResult(v.Errors);
    }, ct);

    /// <summary>The provider's complaints from the complaints register under this melding's contract that are not linked to
    /// another melding: the ones the worker may link (OCO-4.7 j–l).</summary>
    public async Task<List<Klacht>> KoppelbareKlachtenAsync(Melding melding, CancellationToken ct = default)
    {
        var gekoppeld = db.Set<MeldingKlacht>().Where(k => k.MeldingId != melding.Id).Select(k => k.KlachtId);
        return await db.Set<Klacht>().Where(k => k.AanbiederId == melding.AanbiederId && k.ContractId == melding.ContractId && !gekoppeld.Contains(k.Id))
            .OrderByDescending(k => k.Ontvangen).Take(100).ToListAsync(ct);
    }

    /// <summary>Links a complaint of the complaints register (same provider and contract) to this question, so the report
    /// counts it for the melding's gemeente (OCO-4.7 j–l). The complaint itself is registered and handled in Klachten.</summary>
    public Task<SaveResult> LinkKlachtAsync(Guid id, KlachtKoppelingInput invoer, CancellationToken ct = default) => ChangeAsync(id, invoer.Versie, async melding =>
    {
        if (await db.Set<Klacht>().FirstOrDefaultAsync(k => k.Id == invoer.KlachtId && k.AanbiederId == melding.AanbiederId && k.ContractId == melding.ContractId, ct) is null)
            return [new ValidationError(nameof(KlachtKoppelingInput.KlachtId), "Kies een klacht uit het klachtenregister onder het contract van deze melding.")];
        if (await db.Set<MeldingKlacht>().AnyAsync(k => k.KlachtId == invoer.KlachtId, ct))
            return [new ValidationError(nameof(KlachtKoppelingInput.KlachtId), "Deze klacht is al aan een melding gekoppeld.")];
        db.Add(new MeldingKlacht { MeldingId = id, KlachtId = invoer.KlachtId, GekoppeldDoor = actor.Email, GekoppeldOp = clock.GetUtcNow() });
        return (IReadOnlyList<ValidationError>)[];
    }, ct);

    /// <summary>Loads the melding in view, applies the change and, when it is valid, synchronizes its events in one unit. A
    /// form posted with <paramref name="versie"/> other than the melding's current version (someone saved in between) is a
    /// conflict and changes nothing; every change gives the melding a new version.</summary>
    internal async Task<SaveResult> ChangeAsync(Guid id, Guid? versie, Func<Melding, Task<IReadOnlyList<ValidationError>>> wijziging, CancellationToken ct)
    {
        if (!MagRegistreren)
            return SaveResult.NotFound();
        return await unitOfWork.ExecuteAsync(async () =>
        {
            if (await scope.Meldingen(db).FirstOrDefaultAsync(m => m.Id == id, ct) is not { } melding)
                return SaveResult.NotFound();
            if (versie is { } v && v != melding.Versie)
                return SaveResult.Conflict();
            var fouten = await wijziging(melding);
            if (fouten.Count > 0)
                return SaveResult.Invalid(fouten);
            melding.Versie = Guid.NewGuid();
            await SynchronizeAsync(db, catalogus, actor, melding, ct);
            return SaveResult.Ok(melding.Id);
        }, ct);
    }
}
