using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.IWmo.Berichten;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>
/// The care chain on both sides: the gemeente issues a toewijzing and decides on refusals; the aanbieder accepts,
/// contacts, plans the intake, starts, agrees the plan, evaluates and stops. Every step is the toewijzing's own method
/// from the <see cref="StappenTable"/>; this service only loads, calls and stores — step, events, obligations of the
/// toewijzing, iWmo message and audit in one transaction (<see cref="UnitOfWork"/>).
/// </summary>
public sealed class ZorgketenService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, UnitOfWork unitOfWork, KetenStappen keten,
    Contracten.ProductcodeService productcodes, ICurrentActor actor, TimeProvider clock)
{
    private DateOnly Vandaag => Amsterdam.Today(clock);

    public bool IsAanbieder => scope.IsAanbieder;

    /// <summary>A consulent issues toewijzingen and decides on refusals.</summary>
    public bool MagUitgeven => !scope.IsAanbieder && scope.Rol == Rol.Consulent;

    /// <summary>At the aanbieder, administratie/planner and begeleider carry out the steps.</summary>
    public bool MagUitvoeren => scope.IsAanbieder && scope.Rol is Rol.Administratie or Rol.Begeleider;

    /// <summary>The party the signed-in user acts for in the chain, if any.</summary>
    private Party? Partij => MagUitvoeren ? Domain.Toewijzingen.Party.Aanbieder : MagUitgeven ? Domain.Toewijzingen.Party.Gemeente : null;

    /// <summary>Which steps the signed-in user may take on this toewijzing now (from the step table).</summary>
    public IReadOnlyList<Zorgstap> PossibleStappen(Toewijzing t) =>
        Partij is { } partij ? StappenTable.Possible(t.Status, partij).Select(s => s.Stap).ToList() : [];

    /// <summary>The aanbieder may record a plan once the toewijzing is accepted and until care has ended.</summary>
    public bool CanRecordPlan(Toewijzing t) =>
        MagUitvoeren && t.Status is ToewijzingStatus.Geaccepteerd or ToewijzingStatus.Gestart or ToewijzingStatus.TijdelijkGestopt;

    public async Task<SaveResult> IssueAsync(ToewijzingInput invoer, CancellationToken ct = default)
    {
        if (!MagUitgeven)
            return SaveResult.NotFound();
        var contract = await scope.Contracten().FirstOrDefaultAsync(c => c.Id == invoer.ContractId, ct);
        var client = await scope.Clienten().FirstOrDefaultAsync(c => c.Id == invoer.ClientId, ct);
        var profiel = contract is null ? null : catalogus.Find(contract.ProfielId, contract.ProfielVersie);
        var beschikking = invoer.BeschikkingId is { } beschikkingId ? await db.Beschikkingen.FirstOrDefaultAsync(b => b.Id == beschikkingId, ct) : null;
        var v = new Validator()
            .Check(nameof(invoer.ClientId), client is not null, "Kies een cliënt van uw gemeente.")
            .Check(nameof(invoer.ContractId), profiel is not null, "Kies een contract van uw gemeente of regio.")
            .Check(nameof(invoer.BeschikkingId), invoer.BeschikkingId is null || beschikking is not null, "Kies een beschikking van deze cliënt.");
        if (!v.IsValid)
            return SaveResult.Invalid(v.Errors);
        var product = profiel!.FindProduct(invoer.Productcode ?? "");
        var nieuw = new NewToewijzing
        {
            Nummer = "", ClientId = client!.Id, Contract = contract!, Profiel = profiel, Productcode = invoer.Productcode ?? "",
            IWmoProductcode = product is null ? null : await productcodes.IWmoCodeAsync(contract!.Id, product.Code, ct),
            Toewijzingsdatum = Vandaag, Ingangsdatum = invoer.Ingangsdatum, Einddatum = invoer.Einddatum,
            Omvang = new Omvang(invoer.Volume, invoer.Eenheid, invoer.Frequentie), Budget = invoer.Budget, Spoed = invoer.Spoed, Beschikking = beschikking,
            ReferentieAanbieder = invoer.ReferentieAanbieder,
        }.WithFixedOmvang();
        if (nieuw.Validate() is { Count: > 0 } fouten)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            var (toewijzing, uitkomst) = Toewijzing.Issue(nieuw with { Nummer = await NumberSequence.NextToewijzingNummerAsync(db, Vandaag, ct) });
            if (toewijzing is null)
                return SaveResult.Invalid(uitkomst.Fouten);
            db.Toewijzingen.Add(toewijzing);
            await keten.ApplyAsync(toewijzing, contract!, uitkomst, null, verzend: true, ct: ct);
            return SaveResult.Ok(toewijzing.Id);
        }, ct);
    }

    public async Task<SaveResult> StapAsync(Guid toewijzingId, Zorgstap stap, StapInput invoer, CancellationToken ct = default)
    {
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct);
        if (toewijzing is null)
            return SaveResult.NotFound();
        if (Partij != StappenTable.For(stap).Door)
            return SaveResult.Invalid("Status", $"Deze stap is niet aan u: {StappenTable.For(stap).Naam.ToLowerInvariant()} doet de {StappenTable.For(stap).Door.ToString().ToLowerInvariant()}.");
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        var context = await keten.ContextAsync(toewijzing, contract, uitBericht: false, ct);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            var voorStap = toewijzing.Copy();
            var uitkomst = toewijzing.Execute(stap, invoer, context);
            if (!uitkomst.IsGelukt)
                return SaveResult.Invalid(uitkomst.Fouten);
            await keten.ApplyAsync(toewijzing, contract, uitkomst, voorStap, verzend: true, ct: ct);
            return SaveResult.Ok(toewijzing.Id);
        }, ct);
    }

    /// <summary>The gemeente grants an aanbieder's verzoek om wijziging (WMO317): a gewijzigde 301 with reden 12
    /// (geïnitieerd door de aanbieder) and the aanbieder's reference, in the caller's unit of work.</summary>
    public async Task<SaveResult> ChangeOnVerzoekAsync(Guid toewijzingId, DateOnly? einddatum, int? volume, string referentieAanbieder, CancellationToken ct = default)
    {
        if (!MagUitgeven || await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct) is not { } toewijzing)
            return SaveResult.NotFound();
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            var uitkomst = toewijzing.ChangeOnVerzoek(einddatum ?? toewijzing.Einddatum ?? toewijzing.Ingangsdatum.AddYears(1), volume, referentieAanbieder);
            if (!uitkomst.IsGelukt)
                return SaveResult.Invalid(uitkomst.Fouten);
            await keten.ApplyAsync(toewijzing, contract, uitkomst, null, verzend: true, ct: ct);
            return SaveResult.Ok(toewijzing.Id);
        }, ct);
    }

    /// <summary>Changes the end date with a WMO002 reason and queues the gewijzigde 301 as part of a larger change in the
    /// caller's unit of work (e.g. all toewijzingen of a client after a Wlz indication, IB-34a/b). On errors the
    /// toewijzing is unchanged and no message is queued.</summary>
    public async Task<IReadOnlyList<ValidationError>> ChangeEinddatumInWijzigingAsync(Toewijzing toewijzing, Domain.Contracten.Contract contract,
        DateOnly einddatum, string reden, CancellationToken ct = default)
    {
        var uitkomst = toewijzing.Execute(Zorgstap.Wijzigen, new StapInput { Datum = einddatum, Reden = reden }, new StapContext(Vandaag));
        if (uitkomst.IsGelukt)
            await keten.ApplyAsync(toewijzing, contract, uitkomst, null, verzend: true, ct: ct);
        return uitkomst.Fouten;
    }

    /// <summary>The questions the contract asks at every evaluation; empty when the profile lists none.</summary>
    public async Task<(IReadOnlyList<string> Vragen, string? Bron)> EvaluatieQuestionsAsync(Guid toewijzingId, CancellationToken ct = default)
    {
        var contractId = await scope.Toewijzingen().Where(t => t.Id == toewijzingId).Select(t => (Guid?)t.ContractId).FirstOrDefaultAsync(ct);
        var contract = contractId is { } id ? await db.Contracten.FirstAsync(c => c.Id == id, ct) : null;
        var beleid = contract is null ? null : catalogus.Find(contract.ProfielId, contract.ProfielVersie)?.Evaluatie;
        return (beleid?.Vragen ?? [], beleid?.Bron);
    }

    /// <summary>The evaluations of a toewijzing: all of them for the aanbieder; for the gemeente only the reports the
    /// aanbieder shared with the client's consent (IB-27c).</summary>
    public Task<List<Evaluatie>> EvaluatiesAsync(Guid toewijzingId, CancellationToken ct = default)
    {
        var inView = scope.Toewijzingen().Select(t => t.Id);
        var evaluaties = db.Evaluaties.Where(e => e.ToewijzingId == toewijzingId && inView.Contains(e.ToewijzingId));
        if (!scope.IsAanbieder)
            evaluaties = evaluaties.Where(e => e.GedeeldOp != null);
        return evaluaties.OrderBy(e => e.Datum).ToListAsync(ct);
    }

    /// <summary>The aanbieder shares an evaluation report with the gemeente after the client consented (IB-27c); the
    /// contract's profile names the event this registers (e.g. DEV-Eis4-b "schriftelijke-evaluatie-verzonden").</summary>
    public async Task<SaveResult> ShareEvaluatieAsync(Guid toewijzingId, Guid evaluatieId, DateOnly? toestemmingOp, DateOnly? gedeeldOp, CancellationToken ct = default)
    {
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct);
        var evaluatie = await db.Evaluaties.FirstOrDefaultAsync(e => e.Id == evaluatieId && e.ToewijzingId == toewijzingId, ct);
        if (toewijzing is null || evaluatie is null || !MagUitvoeren)
            return SaveResult.NotFound();
        var fouten = evaluatie.Share(toestemmingOp, gedeeldOp ?? Vandaag, Vandaag);
        if (fouten.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(fouten);
        }
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        return await unitOfWork.ExecuteAsync(() =>
        {
            if (catalogus.Find(contract.ProfielId, contract.ProfielVersie)?.Evaluatie?.Verslag is { } verslag)
                Gebeurtenis(toewijzing, contract, verslag.Gebeurtenis, evaluatie.GedeeldOp!.Value,
                    $"Verslag van de evaluatie op {evaluatie.Datum:dd-MM-yyyy}, toestemming cliënt {evaluatie.ToestemmingClientOp:dd-MM-yyyy} ({verslag.Bron})");
            return Task.FromResult(SaveResult.Ok(evaluatie.Id));
        }, ct);
    }

    /// <summary>The aanbieder records an evaluation with the answers to the contract's questions (event "evaluatie").</summary>
    public async Task<SaveResult> RecordEvaluatieAsync(Guid toewijzingId, DateOnly datum, string? deelnemers, IReadOnlyList<string?> antwoorden,
        bool eind, CancellationToken ct = default)
    {
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct);
        if (toewijzing is null || !MagUitvoeren)
            return SaveResult.NotFound();
        if (!CanEvaluate(toewijzing))
            return SaveResult.Invalid("Status", "Evalueren kan zodra de zorg is gestart.");
        var (vragen, _) = await EvaluatieQuestionsAsync(toewijzingId, ct);
        var (evaluatie, fouten) = Evaluatie.Create(toewijzing, datum, deelnemers, vragen.Count > 0 ? vragen : ["Verslag van de evaluatie"], antwoorden, eind, Vandaag);
        if (evaluatie is null)
            return SaveResult.Invalid(fouten);
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        return await unitOfWork.ExecuteAsync(() =>
        {
            db.Evaluaties.Add(evaluatie);
            Gebeurtenis(toewijzing, contract, KetenGebeurtenis.Evaluatie, datum, eind ? "Eindevaluatie" : $"Evaluatie met {evaluatie.Deelnemers}");
            return Task.FromResult(SaveResult.Ok(evaluatie.Id));
        }, ct);
    }

    /// <summary>The aanbieder evaluates once care has started (also after it ended, for the end evaluation).</summary>
    public bool CanEvaluate(Toewijzing t) =>
        MagUitvoeren && t.Status is ToewijzingStatus.Gestart or ToewijzingStatus.Gestopt or ToewijzingStatus.TijdelijkGestopt;

    /// <summary>A warm hand-over belongs to care that runs.</summary>
    public bool CanHandOver(Toewijzing t) => MagUitvoeren && t.Status == ToewijzingStatus.Gestart;

    public Task<WarmeOverdracht?> OverdrachtAsync(Guid toewijzingId, CancellationToken ct = default)
    {
        var inView = scope.Toewijzingen().Select(t => t.Id);
        return db.WarmeOverdrachten.FirstOrDefaultAsync(o => o.ToewijzingId == toewijzingId && inView.Contains(o.ToewijzingId), ct);
    }

    /// <summary>The aanbieder keeps the warm hand-over checklist; completing it is the event "overdracht-voltooid".</summary>
    public async Task<SaveResult> UpdateOverdrachtAsync(Guid toewijzingId, OverdrachtInput invoer, CancellationToken ct = default)
    {
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct);
        if (toewijzing is null || !MagUitvoeren)
            return SaveResult.NotFound();
        if (!CanHandOver(toewijzing))
            return SaveResult.Invalid("Status", "Een warme overdracht hoort bij een toewijzing waarvan de zorg loopt.");
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        if (invoer.NieuweAanbiederId is { } nieuw && (nieuw == contract.AanbiederId
            || !await db.Organisaties.AnyAsync(o => o.Id == nieuw && o.Soort == Domain.Organisaties.OrganisatieSoort.Aanbieder, ct)))
            return SaveResult.Invalid(nameof(WarmeOverdracht.NieuweAanbiederId), "Kies een andere aanbieder dan de huidige.");
        return await unitOfWork.ExecuteAsync(async () =>
        {
        var overdracht = await db.WarmeOverdrachten.FirstOrDefaultAsync(o => o.ToewijzingId == toewijzingId, ct);
        var wasVoltooid = overdracht?.IsVoltooid == true;
        if (overdracht is null)
        {
            overdracht = new WarmeOverdracht { ToewijzingId = toewijzingId };
            db.WarmeOverdrachten.Add(overdracht);
        }
        invoer.ApplyTo(overdracht);
        if (overdracht.IsVoltooid && !wasVoltooid)
            Gebeurtenis(toewijzing, contract, KetenGebeurtenis.OverdrachtVoltooid, Vandaag, "Warme overdracht voltooid");
        return SaveResult.Ok(overdracht.Id);
        }, ct);
    }

    public Task<Ondersteuningsplan?> PlanAsync(Guid toewijzingId, CancellationToken ct = default)
    {
        var inView = scope.Toewijzingen().Select(t => t.Id);
        return db.Ondersteuningsplannen.FirstOrDefaultAsync(p => p.ToewijzingId == toewijzingId && inView.Contains(p.ToewijzingId), ct);
    }

    /// <summary>The aanbieder records the plan agreed with the client; agreeing it meets the plan deadline.</summary>
    public async Task<SaveResult> RecordPlanAsync(Guid toewijzingId, PlanInput invoer, CancellationToken ct = default)
    {
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct);
        if (toewijzing is null || !MagUitvoeren)
            return SaveResult.NotFound();
        if (!CanRecordPlan(toewijzing))
            return SaveResult.Invalid("Status", $"Een plan hoort bij een geaccepteerde toewijzing waarvan de zorg nog niet is beëindigd; deze is {toewijzing.Status.DisplayName().ToLowerInvariant()}.");
        var plan = await db.Ondersteuningsplannen.FirstOrDefaultAsync(p => p.ToewijzingId == toewijzingId, ct);
        var nieuw = plan is null;
        plan ??= new Ondersteuningsplan { ToewijzingId = toewijzingId };
        invoer.ApplyTo(plan);
        var errors = plan.Validate(toewijzing, Vandaag);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(errors);
        }
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            if (nieuw)
                db.Ondersteuningsplannen.Add(plan);
            Gebeurtenis(toewijzing, contract, KetenGebeurtenis.PlanOvereengekomen, plan.OvereengekomenOp, $"Plan overeengekomen met {plan.OvereengekomenMet}");
            return await db.SaveAsync(plan, [], nieuw ? null : invoer.Versie, ct: ct);
        }, ct);
    }

    private void Gebeurtenis(Toewijzing t, Domain.Contracten.Contract contract, string soort, DateOnly datum, string? toelichting) =>
        KetenGebeurtenissen.Add(db, catalogus, clock, actor.Email, t, contract, soort, datum, toelichting);
}
