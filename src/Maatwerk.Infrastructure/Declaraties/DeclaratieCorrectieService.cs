using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Tarieven;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Validatie;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaraties;

/// <summary>The aanbieder's side after the WMO325: the lines of its declarations with their status, the worklist of
/// rejected lines with each retourcode explained and what to do, "crediteren" and "opnieuw declareren" on a line, and the
/// correction WMO323 that carries them (credits first, OP366) in the last declared period (IV090/OP354: never before it).</summary>
public sealed class DeclaratieCorrectieService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, BerichtenService berichten,
    ICurrentActor actor, TimeProvider clock, UnitOfWork unitOfWork, DeclaratieRetourVerwerking retour,
    Declaratiebeoordeling.DeclaratieOntvangst ontvangst, HerindieningGebeurtenissen termijnen)
{
    public bool MagDeclareren => scope.IsAanbieder && scope.Rol == Rol.Administratie;

    public sealed record Werkregel(Prestatie Prestatie, string? DeclaratieNummer, DateOnly? Periode, decimal? Contracttarief,
        IReadOnlyList<RetourcodeUitleg.Uitleg> Uitleg, Prestatie? Correctie);

    public sealed record OpnieuwInput
    {
        public long? GeleverdVolume { get; init; }
        /// <summary>Euros per hour; empty = the contract tariff on the line's start date.</summary>
        public decimal? Uurtarief { get; init; }
    }

    private IQueryable<Prestatie> Eigen() => db.Set<Prestatie>().Where(p => p.AanbiederId == scope.Organisatie.Id);

    /// <summary>The lines of one of the aanbieder's declarations (null when it is not the aanbieder's).</summary>
    public async Task<(Declaratie Declaratie, Organisatie Gemeente, List<Prestatie> Regels)?> DeclaratieAsync(Guid id, CancellationToken ct = default)
    {
        if (!MagDeclareren || await db.Set<Declaratie>().FirstOrDefaultAsync(d => d.Id == id && d.AanbiederId == scope.Organisatie.Id, ct) is not { } d)
            return null;
        var gemeente = await db.Organisaties.FirstAsync(o => o.Id == d.GemeenteId, ct);
        var regels = await Eigen().Where(p => p.DeclaratieId == id).ToListAsync(ct);
        return (d, gemeente, regels.OrderBy(r => r.Bsn).ThenBy(r => r.ReferentieNummer, StringComparer.Ordinal).ToList());
    }

    /// <summary>When the gemeente paid the granted lines of this declaration (its payment batch, DEV-Art8.5), if it has; the
    /// gemeente's own assessment on the platform (issue 12) keeps the payment, so the aanbieder sees "betaald" per line.</summary>
    public async Task<DateTimeOffset?> BetaaldOpAsync(Declaratie declaratie, CancellationToken ct = default) =>
        !MagDeclareren ? null : await db.Set<Domain.Declaratiebeoordeling.OntvangenDeclaratie>()
            .Where(o => o.BerichtId == declaratie.BerichtId && o.AanbiederId == scope.Organisatie.Id).Select(o => o.BetaaldOp).FirstOrDefaultAsync(ct);

    /// <summary>The aanbieder's sent declarations, newest first.</summary>
    public async Task<List<Declaratie>> DeclaratiesAsync(CancellationToken ct = default) =>
        !MagDeclareren ? [] : (await db.Set<Declaratie>().Where(d => d.AanbiederId == scope.Organisatie.Id).ToListAsync(ct))
            .OrderByDescending(d => d.VerzondenOp).ToList();

    /// <summary>The worklist: every rejected line that has not been declared again, with its codes explained.</summary>
    public async Task<List<Werkregel>> AfgewezenAsync(CancellationToken ct = default)
    {
        if (!MagDeclareren)
            return [];
        var afgewezen = await Eigen().Where(p => p.Status == PrestatieStatus.Afgewezen && p.NietOpnieuwOp == null).ToListAsync(ct);
        return await ExplainAsync(afgewezen, ct);
    }

    /// <summary>The credits and new debits waiting for the next WMO323.</summary>
    public async Task<List<Prestatie>> TeVerzendenAsync(Guid? gemeenteId = null, CancellationToken ct = default) =>
        !MagDeclareren ? [] : Prestatiecorrectie.Order(await Eigen().Where(p => p.Status == PrestatieStatus.TeVerzenden && (gemeenteId == null || p.GemeenteId == gemeenteId)).ToListAsync(ct)).ToList();

    public async Task<Werkregel?> FindAsync(string referentie, CancellationToken ct = default) =>
        MagDeclareren && await Eigen().FirstOrDefaultAsync(p => p.ReferentieNummer == referentie, ct) is { } p ? (await ExplainAsync([p], ct))[0] : null;

    private async Task<List<Werkregel>> ExplainAsync(List<Prestatie> regels, CancellationToken ct)
    {
        var declIds = regels.Where(r => r.DeclaratieId is not null).Select(r => r.DeclaratieId!.Value).Distinct().ToList();
        var declaraties = await db.Set<Declaratie>().Where(d => declIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var ids = regels.Select(r => r.Id).ToList();
        var correcties = (await Eigen().Where(p => p.CorrectieVan != null && ids.Contains(p.CorrectieVan.Value) && !p.Credit).ToListAsync(ct))
            .Where(p => p.Status != PrestatieStatus.Afgewezen).ToLookup(p => p.CorrectieVan!.Value);
        var tarieven = await ContracttarievenAsync(regels, ct);
        return regels.OrderBy(r => r.Begindatum).ThenBy(r => r.ReferentieNummer, StringComparer.Ordinal).Select(r =>
        {
            var d = r.DeclaratieId is { } id ? declaraties.GetValueOrDefault(id) : null;
            var tarief = tarieven.GetValueOrDefault(r.Id);
            return new Werkregel(r, d?.Nummer, d?.Periode, tarief, r.Codes.Select(c => RetourcodeUitleg.For(c, r, tarief)).ToList(), correcties[r.Id].FirstOrDefault());
        }).ToList();
    }

    /// <summary>The contract's hourly tariff on each line's start date (Tariefbepaling), when the toewijzing is known.</summary>
    private async Task<Dictionary<Guid, decimal>> ContracttarievenAsync(List<Prestatie> regels, CancellationToken ct)
    {
        var toewijzingIds = regels.Where(r => r.ToewijzingId is not null).Select(r => r.ToewijzingId!.Value).Distinct().ToList();
        var toewijzingen = await db.Toewijzingen.Where(t => toewijzingIds.Contains(t.Id)).Select(t => new { t.Id, t.ContractId, Code = t.Productcode ?? t.Productcategorie }).ToDictionaryAsync(t => t.Id, ct);
        var contractIds = toewijzingen.Values.Select(t => t.ContractId).Distinct().ToList();
        var contracten = await db.Contracten.Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var ingevoerd = (await db.Set<Contracttarief>().Where(t => contractIds.Contains(t.ContractId)).ToListAsync(ct)).ToLookup(t => t.ContractId);
        var uit = new Dictionary<Guid, decimal>();
        foreach (var r in regels)
        {
            if (r.ToewijzingId is not { } tid || !toewijzingen.TryGetValue(tid, out var t) || !contracten.TryGetValue(t.ContractId, out var c))
                continue;
            if (catalogus.Find(c.ProfielId, c.ProfielVersie)?.FindProduct(t.Code) is { } product && Tariefbepaling.Op(product, ingevoerd[c.Id], r.Begindatum) is { } geldend)
                uit[r.Id] = geldend.Bedrag;
        }
        return uit;
    }

    /// <summary>"Crediteren": a credit copy of a granted line for the next WMO323 (IV085, IV091, TR390).</summary>
    public Task<SaveResult> CreditAsync(string referentie, CancellationToken ct = default) => unitOfWork.ExecuteAsync(async () =>
    {
        if (!MagDeclareren || await Eigen().FirstOrDefaultAsync(p => p.ReferentieNummer == referentie, ct) is not { } regel)
            return SaveResult.NotFound();
        if (await TermijnfoutAsync(regel, Amsterdam.Today(clock), ct) is { } termijn)
            return SaveResult.Invalid([termijn]); // DEV-Art8.8b, OCO-6.1c
        var (credit, error) = Prestatiecorrectie.Credit(regel, await RelatedAsync(regel, ct), NewReferentie(), actor.Email, clock.GetUtcNow());
        if (error is not null)
            return SaveResult.Invalid([error]);
        db.Add(credit!);
        await db.SaveChangesAsync(ct);
        return SaveResult.Ok(credit!.Id);
    }, ct);

    /// <summary>"Opnieuw declareren": a new debit for a rejected line, or for a credited one after its credit (OP366),
    /// with the corrected volume and tariff (default: the contract tariff on the line's start date).</summary>
    public Task<SaveResult> RedeclareAsync(string referentie, OpnieuwInput input, CancellationToken ct = default) => unitOfWork.ExecuteAsync(async () =>
    {
        if (!MagDeclareren || await Eigen().FirstOrDefaultAsync(p => p.ReferentieNummer == referentie, ct) is not { } regel)
            return SaveResult.NotFound();
        if (await TermijnfoutAsync(regel, Amsterdam.Today(clock), ct) is { } termijn)
            return SaveResult.Invalid([termijn]); // DEV-Art8.8b, OCO-6.1c
        if (input.Uurtarief is <= 0)
            return SaveResult.Invalid(nameof(OpnieuwInput.Uurtarief), "Het uurtarief moet groter dan 0 zijn.");
        var tarief = input.Uurtarief ?? (await ContracttarievenAsync([regel], ct)).GetValueOrDefault(regel.Id, RetourcodeUitleg.Uurtarief(regel));
        var correctie = Prestatiecorrectie.Bereken(regel.Eenheid, input.GeleverdVolume ?? regel.GeleverdVolume, tarief);
        var (debet, error) = Prestatiecorrectie.Redeclare(regel, await RelatedAsync(regel, ct), correctie, NewReferentie(), actor.Email, clock.GetUtcNow());
        if (error is not null)
            return SaveResult.Invalid([error]);
        db.Add(debet!);
        await db.SaveChangesAsync(ct);
        return SaveResult.Ok(debet!.Id);
    }, ct);

    /// <summary>"Niet opnieuw indienen" on a rejected line, with a reason (DEV-Art8.7): the line leaves the worklist; when
    /// every rejected line of its declaration is dealt with, the resubmission term is met.</summary>
    public Task<SaveResult> NietOpnieuwAsync(string referentie, string? reden, CancellationToken ct = default) => unitOfWork.ExecuteAsync(async () =>
    {
        if (!MagDeclareren || await Eigen().FirstOrDefaultAsync(p => p.ReferentieNummer == referentie, ct) is not { } regel)
            return SaveResult.NotFound();
        if (Prestatiecorrectie.NietOpnieuw(regel, await RelatedAsync(regel, ct), reden, actor.Email, clock.GetUtcNow()) is { } error)
            return SaveResult.Invalid([error]);
        await db.SaveChangesAsync(ct);
        await termijnen.AfterCorrectieAsync([regel.Id], actor.Email, ct);
        await db.SaveChangesAsync(ct);
        return SaveResult.Ok(regel.Id);
    }, ct);

    /// <summary>The age terms (DEV-Art8.8b, OCO-6.1c) refusing a correction of <paramref name="regel"/>, unless the gemeente
    /// allowed corrections for the line's year (DEV-Art8.8b "tenzij").</summary>
    private async Task<ValidationError?> TermijnfoutAsync(Prestatie regel, DateOnly vandaag, CancellationToken ct) =>
        (await TermijnenAsync(regel, ct)).Toets(regel, vandaag, await Declaratiebeoordeling.Correctietoestemmingen.YearsAsync(db, regel.GemeenteId, scope.Organisatie.Id, ct));

    /// <summary>The age terms of the contract of a line's toewijzing (DEV-Art8.8b, OCO-6.1c); none when it is unknown.</summary>
    private async Task<Declaratietermijnen> TermijnenAsync(Prestatie regel, CancellationToken ct)
    {
        if (regel.ToewijzingId is not { } id
            || await db.Toewijzingen.Where(t => t.Id == id).Join(db.Contracten, t => t.ContractId, c => c.Id, (t, c) => c).FirstOrDefaultAsync(ct) is not { } contract)
            return Declaratietermijnen.Geen;
        return Declaratietermijnen.Uit(catalogus.Find(contract.ProfielId, contract.ProfielVersie));
    }

    /// <summary>Withdraws a credit or new debit that has not been sent yet.</summary>
    public Task<SaveResult> RemoveAsync(string referentie, CancellationToken ct = default) => unitOfWork.ExecuteAsync(async () =>
    {
        if (!MagDeclareren || await Eigen().FirstOrDefaultAsync(p => p.ReferentieNummer == referentie, ct) is not { } regel)
            return SaveResult.NotFound();
        if (regel.Status != PrestatieStatus.TeVerzenden)
            return SaveResult.Invalid("ReferentieNummer", $"Regel {referentie} is al verzonden en kan niet meer worden ingetrokken; crediteer haar.");
        db.Remove(regel);
        await db.SaveChangesAsync(ct);
        return SaveResult.Ok(regel.Id);
    }, ct);

    private Task<List<Prestatie>> RelatedAsync(Prestatie regel, CancellationToken ct) =>
        Eigen().Where(p => p.CorrectieVan == regel.Id || p.VorigReferentieNummer == regel.ReferentieNummer).ToListAsync(ct);

    private static string NewReferentie() => BerichtenService.NewIdentificatie() + "00001";

    /// <summary>Sends the waiting credits and new debits for a gemeente in one WMO323, credits first (OP366), in the last
    /// declared period (IV090: a later declaration may use the last period sent, never an earlier one).</summary>
    public Task<SaveResult> SendAsync(Guid gemeenteId, CancellationToken ct = default) => SendAsync(gemeenteId, null, ct);

    /// <inheritdoc cref="SendAsync(Guid, CancellationToken)"/>
    /// <param name="motivering">Why the lines are corrected (DEV-Art8.8b "met motivering"); required when a line is for a year the gemeente closed.</param>
    public Task<SaveResult> SendAsync(Guid gemeenteId, string? motivering, CancellationToken ct = default) => unitOfWork.ExecuteAsync(async () =>
    {
        if (!MagDeclareren || await db.Organisaties.FirstOrDefaultAsync(o => o.Id == gemeenteId, ct) is not { } gemeente)
            return SaveResult.NotFound();
        var regels = await TeVerzendenAsync(gemeenteId, ct);
        if (regels.Count == 0)
            return SaveResult.Invalid("GemeenteId", $"Er staan geen creditregels of nieuwe regels klaar voor {gemeente.Naam}.");
        var laatste = await db.Set<Declaratie>().Where(d => d.AanbiederId == scope.Organisatie.Id && d.GemeenteId == gemeenteId)
            .OrderByDescending(d => d.Periode).Select(d => (DateOnly?)d.Periode).FirstOrDefaultAsync(ct);
        if (laatste is not { } periode)
            return SaveResult.Invalid("GemeenteId", $"Er is nog geen declaratie naar {gemeente.Naam} verzonden; correcties gaan mee met een latere declaratie (IV090).");
        var vandaag = Amsterdam.Today(clock);
        var termijnfouten = new List<ValidationError>();
        foreach (var r in regels) // the correction's pre-flight: a window may have closed while the line waited
            if (await TermijnfoutAsync(r, vandaag, ct) is { } termijn)
                termijnfouten.Add(termijn);
        if (termijnfouten.Count > 0)
            return SaveResult.Invalid(termijnfouten);
        // DEV-Art8.8b: a correction on a year the gemeente closed (DEV-Art8.8a) comes with a motivation.
        motivering = string.IsNullOrWhiteSpace(motivering) ? null : motivering.Trim();
        var gesloten = await db.Set<Domain.Declaratiebeoordeling.Jaarafsluiting>().Where(j => j.GemeenteId == gemeenteId).Select(j => j.Jaar).ToListAsync(ct);
        if (regels.Select(r => r.Begindatum.Year).Distinct().Where(gesloten.Contains).Order().ToList() is [_, ..] jaren && motivering is null)
            return SaveResult.Invalid("Motivering", $"{gemeente.Naam} heeft boekjaar {string.Join(", ", jaren)} afgesloten (DEV-Art8.8a); een correctie daarop gaat met een motivering (DEV-Art8.8b). Vul de motivering in.");
        if (motivering is { Length: > 1000 })
            return SaveResult.Invalid("Motivering", "De motivering is hoogstens 1000 tekens.");
        var nummer = BerichtenService.NewIdentificatie();
        var element = Correctiebericht.Build(scope.Organisatie, gemeente, periode, vandaag, nummer, regels);
        var xml = BerichtWriter.ToBytes(element);
        var fouten = BerichtValidator.Validate(xml, new ValidationOptions { Vandaag = vandaag }).Fouten;
        if (fouten.Count > 0)
            return SaveResult.Invalid("GemeenteId", "Het correctiebericht voldoet niet aan de iWmo-regels: " + string.Join(" ", fouten.Select(f => f.ToString())));
        var bericht = berichten.Send(element, scope.Organisatie, gemeente, null, null);
        await ontvangst.RegisterAsync(bericht, new Declaratiebeoordeling.DeclaratieOntvangst.Correctie(motivering), ct); // the gemeente assesses a correction like any 323 (issue 12)
        var declaratie = new Declaratie
        {
            AanbiederId = scope.Organisatie.Id, GemeenteId = gemeenteId, Periode = periode, Nummer = nummer, BerichtId = bericht.Id,
            Regels = regels.Count, Totaal = regels.Sum(r => r.Saldo), VerzondenDoor = actor.Email, VerzondenOp = clock.GetUtcNow(),
        };
        db.Add(declaratie);
        await db.SaveChangesAsync(ct);
        var verzonden = await retour.RecordSentAsync(declaratie, bericht, ct);
        await termijnen.AfterCorrectieAsync(regels.Where(r => !r.Credit && r.CorrectieVan is not null).Select(r => r.CorrectieVan!.Value), actor.Email, ct); // DEV-Art8.7
        await db.SaveChangesAsync(ct);
        return verzonden;
    }, ct);
}
