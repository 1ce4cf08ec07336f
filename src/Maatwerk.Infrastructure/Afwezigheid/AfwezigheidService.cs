using Maatwerk.Domain.Afwezigheid;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Afwezigheid;

/// <summary>Cancellations and no-shows. The aanbieder's administratie and begeleiders register cancellations and what was
/// done about a no-show; the gemeente (consulent, contractmanager) reads those of its own residents. The contract decides
/// what is a no-show (<see cref="NoShowRegels"/>); each registration stores the events it calls for (subject: the
/// afmelding) in the same transaction, so the obligations (DEV-Eis28-a, IB-22b, IB-23) appear with deadline and clause.</summary>
public sealed partial class AfwezigheidService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    public DateOnly Vandaag => Amsterdam.Today(clock);

    public bool MagRegistreren => scope.IsAanbieder && scope.Rol is Rol.Administratie or Rol.Begeleider;

    public bool MagLezen => MagRegistreren || (!scope.IsAanbieder && scope.Rol is Rol.Consulent or Rol.Contractmanager);

    private IQueryable<Afmelding> InView()
    {
        if (!MagLezen)
            return db.Set<Afmelding>().Where(_ => false);
        var toewijzingen = scope.Toewijzingen().Select(t => t.Id);
        var query = db.Set<Afmelding>().Where(a => toewijzingen.Contains(a.ToewijzingId));
        return scope.IsAanbieder ? query.Where(a => a.AanbiederId == scope.Organisatie.Id) : query;
    }

    private static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(Amsterdam.Local(moment));

    /// <summary>A cancellation with what the contract makes of it.</summary>
    /// <param name="HerinneringBron">Set when the contract asks to show at a no-show whether the client was reminded (IB-22a).</param>
    public sealed record Row(AfmeldingOutcome Outcome, string Client, string ToewijzingNummer, IReadOnlyList<VastgelegdeVerplichting> Verplichtingen,
        Herinnering? Herinnering = null, string? HerinneringBron = null)
    {
        public Afmelding Afmelding => Outcome.Afmelding;

        /// <summary>Whether the client was reminded of this no-show's appointment; null when the contract does not ask or it is no no-show.</summary>
        public bool? Herinnerd => Outcome.IsNoShow && HerinneringBron is not null ? Herinnering is not null : null;

        public string? HerinneringUitleg => Herinnerd switch
        {
            true => $"Herinnerd op {Amsterdam.Local(Herinnering!.VerzondenOp).ToString("d MMMM yyyy HH:mm", Nl)} per {Domain.Afwezigheid.Herinnering.Kanalen[Herinnering.Kanaal]} ({HerinneringBron}).",
            false => $"Geen herinnering vastgelegd ({HerinneringBron}).",
            null => null,
        };
    }

    /// <summary>The counts of no-shows in each threshold's window ending today.</summary>
    public sealed record Venster(Drempel Drempel, int Aantal)
    {
        public bool Bereikt => Aantal >= Drempel.Aantal;
    }

    /// <summary>Per client under one contract: the cancellations (newest first), the windows as of today and what is due.</summary>
    public sealed record ClientOverview(Guid ClientId, string Client, string Contract, IReadOnlyList<Row> Rows, IReadOnlyList<Venster> Vensters)
    {
        public IEnumerable<VastgelegdeVerplichting> Open => Rows.SelectMany(r => r.Verplichtingen).Where(v => v.Status is VerplichtingStatus.Open or VerplichtingStatus.TeLaat);
        public int NoShows => Rows.Count(r => r.Outcome.IsNoShow);
    }

    /// <summary>The cancellations in view, optionally of one toewijzing, grouped per client and contract.</summary>
    public async Task<List<ClientOverview>> ListAsync(Guid? toewijzingId = null, CancellationToken ct = default)
    {
        var query = InView();
        if (toewijzingId is { } id)
            query = query.Where(a => a.ToewijzingId == id);
        var afmeldingen = await query.ToListAsync(ct);
        // Counting is per client and contract: bring in that client's other cancellations under the contract too.
        var sleutels = afmeldingen.Select(a => new { a.ClientId, a.ContractId }).Distinct().ToList();
        var clientIds = sleutels.Select(s => s.ClientId).ToList();
        var alle = toewijzingId is null ? afmeldingen
            : await InView().Where(a => clientIds.Contains(a.ClientId)).ToListAsync(ct);
        var toewijzingIds = alle.Select(a => a.ToewijzingId).Distinct().ToList();
        var nummers = await db.Toewijzingen.Where(t => toewijzingIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.ToewijzingNummer, ct);
        var clienten = await db.Clienten.Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.VolledigeNaam, ct);
        var contractIds = sleutels.Select(s => s.ContractId).Distinct().ToList();
        var contracten = await db.Contracten.Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var ids = alle.Select(a => (Guid?)a.Id).ToList();
        var verplichtingen = (await db.Verplichtingen.Where(v => v.OnderwerpSoort == AfwezigheidGebeurtenis.Onderwerp && ids.Contains(v.OnderwerpId)).ToListAsync(ct))
            .ToLookup(v => v.OnderwerpId!.Value);
        var herinneringen = await db.Set<Herinnering>().Where(h => toewijzingIds.Contains(h.ToewijzingId)).ToListAsync(ct);
        var result = new List<ClientOverview>();
        foreach (var sleutel in sleutels)
        {
            var contract = contracten[sleutel.ContractId];
            var regels = Regels(contract);
            var outcomes = NoShowBeoordeling.Evaluate(alle.Where(a => a.ClientId == sleutel.ClientId && a.ContractId == sleutel.ContractId), regels, Dag);
            var noShowDagen = outcomes.Where(o => o.IsNoShow).Select(o => Dag(o.Afmelding.GeplandOp)).ToList();
            var vensters = regels.Drempels.Select(d => new Venster(d, NoShowBeoordeling.Count(noShowDagen, Vandaag, d.VensterDagen))).ToList();
            var rows = outcomes.Where(o => toewijzingId is null || o.Afmelding.ToewijzingId == toewijzingId)
                .OrderByDescending(o => o.Afmelding.GeplandOp)
                .Select(o => new Row(o, clienten.GetValueOrDefault(sleutel.ClientId, ""), nummers.GetValueOrDefault(o.Afmelding.ToewijzingId, ""),
                    verplichtingen[o.Afmelding.Id].OrderBy(v => v.Deadline).ToList(),
                    Herinnering.Voor(o.Afmelding, herinneringen), regels.Herinneringen?.Bron))
                .ToList();
            result.Add(new ClientOverview(sleutel.ClientId, clienten.GetValueOrDefault(sleutel.ClientId, ""), contract.Naam, rows, vensters));
        }
        return result.OrderByDescending(c => c.Open.Any()).ThenBy(c => c.Client).ToList();
    }

    private NoShowRegels Regels(Contract contract) =>
        catalogus.Find(contract.ProfielId, contract.ProfielVersie) is { } profiel ? NoShowRegels.From(profiel) : NoShowRegels.Geen;

    public sealed record ToewijzingKeuze(Guid Id, string Omschrijving);

    /// <summary>The toewijzingen a cancellation can be registered on: those of the aanbieder in delivery (or delivered).</summary>
    public async Task<List<ToewijzingKeuze>> ToewijzingenAsync(CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return [];
        var lijst = await scope.Toewijzingen()
            .Where(t => t.Status == ToewijzingStatus.Gestart || t.Status == ToewijzingStatus.TijdelijkGestopt || t.Status == ToewijzingStatus.Gestopt)
            .Join(db.Clienten, t => t.ClientId, c => c.Id, (t, c) => new { t.Id, t.ToewijzingNummer, t.Productcode, t.Productcategorie, c.Achternaam, c.Voornamen })
            .ToListAsync(ct);
        return lijst.OrderBy(t => t.Achternaam).ThenBy(t => t.Voornamen)
            .Select(t => new ToewijzingKeuze(t.Id, $"{t.Achternaam}, {t.Voornamen} — {t.Productcode ?? t.Productcategorie} ({t.ToewijzingNummer})")).ToList();
    }

    public Task<Afmelding?> GetAsync(Guid id, CancellationToken ct = default) => InView().FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Registers a cancellation; the no-show events it calls for under the contract are stored with it.</summary>
    public async Task<SaveResult> RegisterAsync(AfmeldingInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return SaveResult.NotFound();
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == invoer.ToewijzingId, ct);
        var nu = clock.GetUtcNow();
        var (fouten, gepland, afgemeld) = Check(invoer, toewijzing, nu);
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);

        var afmelding = new Afmelding
        {
            AanbiederId = scope.Organisatie.Id, ContractId = toewijzing!.ContractId, ToewijzingId = toewijzing.Id, ClientId = toewijzing.ClientId,
            Productcode = toewijzing.Productcode, GeregistreerdDoor = actor.Email, GeregistreerdOp = nu,
        };
        Apply(afmelding, invoer, gepland, afgemeld);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            db.Add(afmelding);
            await db.SaveChangesAsync(ct);
            await SynchronizeAsync(afmelding.ClientId, afmelding.ContractId, ct);
            return SaveResult.Ok(afmelding.Id);
        }, ct);
    }

    /// <summary>Corrects a registered cancellation (moments, who, reason, note; not its toewijzing). The audit trail keeps the
    /// old values; the no-show events of the client under the contract are made what the contract now calls for, so an
    /// obligation that no longer applies disappears and a new one appears (IB-22b/IB-23 windows, DEV-Eis28-a).</summary>
    public async Task<SaveResult> UpdateAsync(Guid id, AfmeldingInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren || await InView().FirstOrDefaultAsync(a => a.Id == id, ct) is not { } afmelding)
            return SaveResult.NotFound();
        if (invoer.ToewijzingId != Guid.Empty && invoer.ToewijzingId != afmelding.ToewijzingId)
            return SaveResult.Invalid(nameof(AfmeldingInput.ToewijzingId), "De toewijzing van een afmelding wijzigt niet; verwijder de afmelding en registreer haar opnieuw op de juiste toewijzing.");
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == afmelding.ToewijzingId, ct);
        var (fouten, gepland, afgemeld) = Check(invoer, toewijzing, clock.GetUtcNow());
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            Apply(afmelding, invoer, gepland, afgemeld);
            afmelding.Versie = Guid.NewGuid();
            await db.SaveChangesAsync(ct);
            await SynchronizeAsync(afmelding.ClientId, afmelding.ContractId, ct);
            return SaveResult.Ok(afmelding.Id);
        }, ct);
    }

    /// <summary>Deletes a cancellation registered in error, with the events about it (so its obligations go too); the audit
    /// trail keeps what it was. The client's other cancellations are evaluated again (a window may no longer be reached).</summary>
    public async Task<SaveResult> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        if (!MagRegistreren || await InView().FirstOrDefaultAsync(a => a.Id == id, ct) is not { } afmelding)
            return SaveResult.NotFound();
        return await unitOfWork.ExecuteAsync(async () =>
        {
            db.RemoveRange(await db.Gebeurtenissen.Where(g => g.OnderwerpSoort == AfwezigheidGebeurtenis.Onderwerp && g.OnderwerpId == id).ToListAsync(ct));
            db.Remove(afmelding);
            await db.SaveChangesAsync(ct);
            await SynchronizeAsync(afmelding.ClientId, afmelding.ContractId, ct);
            return SaveResult.Ok(id);
        }, ct);
    }

    /// <summary>The rules of a cancellation as entered, with the planned and cancellation moments in UTC.</summary>
    private static (List<ValidationError> Fouten, DateTimeOffset Gepland, DateTimeOffset? Afgemeld) Check(AfmeldingInput invoer, Toewijzing? toewijzing, DateTimeOffset nu)
    {
        var fouten = new List<ValidationError>();
        if (toewijzing is null)
            fouten.Add(new(nameof(AfmeldingInput.ToewijzingId), "Kies een toewijzing van uw organisatie."));
        if (invoer.GeplandDatum == default)
            fouten.Add(new(nameof(AfmeldingInput.GeplandDatum), "Vul de datum van de geplande afspraak in."));
        if (!Enum.IsDefined(invoer.Door))
            fouten.Add(new(nameof(AfmeldingInput.Door), "Kies wie afmeldde."));
        if (!Enum.IsDefined(invoer.Reden))
            fouten.Add(new(nameof(AfmeldingInput.Reden), "Kies een reden."));
        if (invoer.AfgemeldTijd is not null && invoer.AfgemeldDatum is null)
            fouten.Add(new(nameof(AfmeldingInput.AfgemeldDatum), "Vul ook de datum van de afmelding in."));
        if (invoer.Toelichting is { Length: > 500 })
            fouten.Add(new(nameof(AfmeldingInput.Toelichting), "De toelichting is te lang (hoogstens 500 tekens)."));
        var gepland = invoer.GeplandDatum == default ? default : Amsterdam.ToUtc(invoer.GeplandDatum.ToDateTime(invoer.GeplandTijd));
        DateTimeOffset? afgemeld = invoer.AfgemeldDatum is { } d ? Amsterdam.ToUtc(d.ToDateTime(invoer.AfgemeldTijd ?? TimeOnly.MinValue)) : null;
        if (afgemeld > nu)
            fouten.Add(new(nameof(AfmeldingInput.AfgemeldDatum), "Het moment van afmelden kan niet in de toekomst liggen."));
        if (afgemeld is null && invoer.GeplandDatum != default && gepland > nu)
            fouten.Add(new(nameof(AfmeldingInput.AfgemeldDatum), "Zonder afmelding (niet verschenen) kan de afspraak niet in de toekomst liggen."));
        if (toewijzing is not null && invoer.GeplandDatum != default
            && (invoer.GeplandDatum < toewijzing.Ingangsdatum || (toewijzing.Einddatum is { } eind && invoer.GeplandDatum > eind)))
            fouten.Add(new(nameof(AfmeldingInput.GeplandDatum), $"De afspraak ligt buiten de toewijzing ({toewijzing.Ingangsdatum:dd-MM-yyyy} t/m {toewijzing.Einddatum:dd-MM-yyyy})."));
        return (fouten, gepland, afgemeld);
    }

    private static void Apply(Afmelding afmelding, AfmeldingInput invoer, DateTimeOffset gepland, DateTimeOffset? afgemeld)
    {
        (afmelding.GeplandOp, afmelding.AfgemeldOp, afmelding.Door) = (gepland, afgemeld, invoer.Door);
        afmelding.Reden = afgemeld is null ? Afmeldreden.NietVerschenen : invoer.Reden;
        afmelding.Toelichting = string.IsNullOrWhiteSpace(invoer.Toelichting) ? null : invoer.Toelichting.Trim();
    }

    /// <summary>Records that a no-show was reported to the gemeente or that the warning was sent: meets the obligation
    /// about this afmelding.</summary>
    public async Task<SaveResult> RecordAsync(Guid id, AfhandelingInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren || await InView().FirstOrDefaultAsync(a => a.Id == id, ct) is not { } afmelding)
            return SaveResult.NotFound();
        if (!AfwezigheidGebeurtenis.Afhandeling.Contains(invoer.Soort))
            return SaveResult.Invalid(nameof(AfhandelingInput.Soort), $"Kies '{AfwezigheidGebeurtenis.NoShowGemeld}' of '{AfwezigheidGebeurtenis.WaarschuwingVerzonden}'.");
        var contract = await db.Contracten.FirstAsync(c => c.Id == afmelding.ContractId, ct);
        var outcome = NoShowBeoordeling.Evaluate(await db.Set<Afmelding>().Where(a => a.ClientId == afmelding.ClientId && a.ContractId == afmelding.ContractId).ToListAsync(ct),
            Regels(contract), Dag).Single(o => o.Afmelding.Id == id);
        if (!outcome.IsNoShow)
            return SaveResult.Invalid(nameof(AfhandelingInput.Soort), $"Deze afmelding is geen no-show ({outcome.Uitleg}); er valt niets te melden.");
        return await unitOfWork.ExecuteAsync(() =>
        {
            var gebeurtenis = AddGebeurtenis(contract, afmelding, invoer.Soort, clock.GetUtcNow(), invoer.Toelichting);
            return Task.FromResult(gebeurtenis is null
                ? SaveResult.Invalid(nameof(AfhandelingInput.Soort), $"Het contract {contract.Naam} houdt '{invoer.Soort}' niet bij.")
                : SaveResult.Ok(afmelding.Id));
        }, ct);
    }

    /// <summary>Makes the stored events of a client's cancellations under a contract what the contract calls for: a
    /// no-show event per no-show and a threshold event where a window reaches a threshold. Idempotent; a cancellation
    /// registered late may make a later no-show reach a threshold, so the whole client is evaluated.</summary>
    private async Task SynchronizeAsync(Guid clientId, Guid contractId, CancellationToken ct)
    {
        var contract = await db.Contracten.FirstAsync(c => c.Id == contractId, ct);
        var afmeldingen = await db.Set<Afmelding>().Where(a => a.ClientId == clientId && a.ContractId == contractId).ToListAsync(ct);
        var ids = afmeldingen.Select(a => (Guid?)a.Id).ToList();
        var gebeurtenissen = await db.Gebeurtenissen.Where(g => g.OnderwerpSoort == AfwezigheidGebeurtenis.Onderwerp && ids.Contains(g.OnderwerpId)).ToListAsync(ct);
        var bestaand = gebeurtenissen.Select(g => (g.OnderwerpId!.Value, g.Soort)).ToHashSet();
        var outcomes = NoShowBeoordeling.Evaluate(afmeldingen, Regels(contract), Dag);
        foreach (var outcome in outcomes)
            foreach (var soort in outcome.Gebeurtenissen.Where(s => !bestaand.Contains((outcome.Afmelding.Id, s))))
                AddGebeurtenis(contract, outcome.Afmelding, soort, outcome.Afmelding.GeplandOp, soort == AfwezigheidGebeurtenis.NoShow ? outcome.Uitleg : null);
        // After a correction: a derived event the contract no longer calls for goes (with its obligation); one whose moment
        // moved is registered again. What the user recorded as done (gemeld, waarschuwing verzonden) stays as it was.
        var perAfmelding = outcomes.ToDictionary(o => o.Afmelding.Id);
        foreach (var g in gebeurtenissen.Where(g => !AfwezigheidGebeurtenis.Afhandeling.Contains(g.Soort)))
        {
            var outcome = perAfmelding[g.OnderwerpId!.Value];
            if (outcome.Gebeurtenissen.Contains(g.Soort) && g.Moment == outcome.Afmelding.GeplandOp)
                continue;
            db.Gebeurtenissen.Remove(g);
            if (outcome.Gebeurtenissen.Contains(g.Soort))
                AddGebeurtenis(contract, outcome.Afmelding, g.Soort, outcome.Afmelding.GeplandOp, g.Soort == AfwezigheidGebeurtenis.NoShow ? outcome.Uitleg : null);
        }
    }

    /// <summary>An event about one afmelding; a profile that ignores it stores nothing (profile: negeren).</summary>
    private ContractGebeurtenis? AddGebeurtenis(Contract contract, Afmelding afmelding, string soort, DateTimeOffset moment, string? toelichting)
    {
        var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie)
            ?? throw new InvalidOperationException($"Contractprofiel {contract.ProfielId}@{contract.ProfielVersie} van contract '{contract.Naam}' is niet geladen.");
        if (profiel.Ignores(soort))
            return null;
        if (!profiel.KnowsGebeurtenis(soort))
            throw new InvalidOperationException($"Contractprofiel {profiel.Sleutel} ({profiel.Bestand}) kent de gebeurtenis '{soort}' niet en negeert haar ook niet.");
        var gebeurtenis = new ContractGebeurtenis
        {
            ContractId = contract.Id, ClientId = afmelding.ClientId, ToewijzingId = afmelding.ToewijzingId,
            OnderwerpSoort = AfwezigheidGebeurtenis.Onderwerp, OnderwerpId = afmelding.Id, Soort = soort, Moment = moment,
            ProductCode = afmelding.Productcode, Toelichting = toelichting is { Length: > 500 } lang ? lang[..500] : toelichting,
            GeregistreerdDoor = actor.Email,
        };
        db.Gebeurtenissen.Add(gebeurtenis);
        return gebeurtenis;
    }
}
