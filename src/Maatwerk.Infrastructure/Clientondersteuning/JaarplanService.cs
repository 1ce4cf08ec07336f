using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>Lot 1's annual plan (OCO-P1-1.5a/b): the provider's coordinator submits the plan for next year, schedules the
/// meeting about it and records its adoption; each step registers its event under the OCO contract, so the deadlines
/// 1 November, 15 November and 15 December (rules in contracts/oco.yaml, started by <c>jaarbegin</c>) show as met on
/// Verplichtingen. The gemeente's contractmanager reads the plans under its contracts.</summary>
public sealed class JaarplanService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    public sealed record Row(Jaarplan Jaarplan, string Contract);

    public bool MagIndienen => scope.IsAanbieder && scope.Rol == Rol.Administratie;
    public bool MagLezen => MagIndienen || (!scope.IsAanbieder && scope.Rol == Rol.Contractmanager);
    public DateOnly Vandaag => Amsterdam.Today(clock);

    private IQueryable<Jaarplan> InView()
    {
        if (!MagLezen)
            return db.Set<Jaarplan>().Where(_ => false);
        var contracten = scope.OcoContracten().Select(c => c.Id);
        var query = db.Set<Jaarplan>().Where(j => contracten.Contains(j.ContractId));
        return scope.IsAanbieder ? query.Where(j => j.AanbiederId == scope.Organisatie.Id) : query;
    }

    public async Task<List<Row>> ListAsync(CancellationToken ct = default)
    {
        var lijst = await InView().OrderByDescending(j => j.Jaar).Take(100).ToListAsync(ct);
        var ids = lijst.Select(j => j.ContractId).Distinct().ToList();
        var namen = await db.Contracten.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Naam, ct);
        return lijst.Select(j => new Row(j, namen.GetValueOrDefault(j.ContractId, ""))).ToList();
    }

    /// <summary>Submits the plan (meets OCO-P1-1.5a).</summary>
    public async Task<SaveResult> SubmitAsync(JaarplanInput invoer, CancellationToken ct = default)
    {
        if (!MagIndienen)
            return SaveResult.NotFound();
        var contracten = await scope.OcoContracten().ToListAsync(ct);
        var contract = invoer.ContractId is { } id ? contracten.FirstOrDefault(c => c.Id == id) : contracten.Count == 1 ? contracten[0] : null;
        if (contract is null)
            return SaveResult.Invalid(nameof(JaarplanInput.ContractId), "Kies het contract voor cliëntondersteuning waarvoor het jaarplan is.");
        var nu = clock.GetUtcNow();
        var plan = new Jaarplan
        {
            AanbiederId = scope.Organisatie.Id, ContractId = contract.Id, Jaar = invoer.Jaar, Inhoud = invoer.Inhoud?.Trim() ?? "",
            IngediendOp = nu, IngediendDoor = actor.Email,
        };
        var fouten = plan.Validate(Vandaag).ToList();
        if (fouten.Count == 0 && await db.Set<Jaarplan>().AnyAsync(j => j.ContractId == contract.Id && j.Jaar == invoer.Jaar, ct))
            fouten.Add(new(nameof(JaarplanInput.Jaar), $"Voor {invoer.Jaar} is onder dit contract al een jaarplan ingediend."));
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(() =>
        {
            db.Add(plan);
            OcoScope.AddEvent(db, catalogus, contract, Jaarplan.Ingediend, nu, $"Jaarplan {plan.Jaar} ingediend", actor.Email);
            return Task.FromResult(SaveResult.Ok(plan.Id));
        }, ct);
    }

    /// <summary>Schedules the meeting about the plan (meets OCO-P1-1.5b-afspraak).</summary>
    public Task<SaveResult> PlanAfspraakAsync(Guid id, OcoStapInput invoer, CancellationToken ct = default) => StepAsync(id, invoer, (plan, nu) =>
        (plan.PlanAfspraak(invoer.Datum, OcoScope.Day(plan.IngediendOp), nu), Jaarplan.AfspraakIngepland, nu,
            $"Overleg over jaarplan {plan.Jaar} ingepland op {invoer.Datum:dd-MM-yyyy}"), ct);

    /// <summary>Records the adoption (meets OCO-P1-1.5b-vaststelling).</summary>
    public Task<SaveResult> VaststellenAsync(Guid id, OcoStapInput invoer, CancellationToken ct = default) => StepAsync(id, invoer, (plan, nu) =>
        (plan.Vaststellen(invoer.Datum, OcoScope.Day(plan.IngediendOp), Vandaag), Jaarplan.Vastgesteld, OcoScope.Local(invoer.Datum, new TimeOnly(12, 0)),
            $"Jaarplan {plan.Jaar} vastgesteld"), ct);

    private async Task<SaveResult> StepAsync(Guid id, OcoStapInput invoer,
        Func<Jaarplan, DateTimeOffset, (IReadOnlyList<ValidationError> Fouten, string Soort, DateTimeOffset Moment, string Toelichting)> stap, CancellationToken ct)
    {
        if (!MagIndienen)
            return SaveResult.NotFound();
        return await unitOfWork.ExecuteAsync(async () =>
        {
            if (await InView().FirstOrDefaultAsync(j => j.Id == id, ct) is not { } plan)
                return SaveResult.NotFound();
            if (OcoScope.IsStale(plan, invoer.Versie))
                return SaveResult.Conflict();
            var (fouten, soort, moment, toelichting) = stap(plan, clock.GetUtcNow());
            if (fouten.Count > 0)
                return SaveResult.Invalid(OcoScope.Rename(fouten, (nameof(Jaarplan.AfspraakDatum), nameof(OcoStapInput.Datum)), (nameof(Jaarplan.VastgesteldOp), nameof(OcoStapInput.Datum))));
            var contract = await db.Contracten.FirstAsync(c => c.Id == plan.ContractId, ct);
            OcoScope.AddEvent(db, catalogus, contract, soort, moment, toelichting, actor.Email);
            return SaveResult.Ok(plan.Id);
        }, ct);
    }
}
