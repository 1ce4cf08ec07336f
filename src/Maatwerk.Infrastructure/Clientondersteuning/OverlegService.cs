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

/// <summary>The meeting about a submitted periodic report and its minutes (OCO-4.8): the provider's coordinator registers
/// the meeting (starts OCO-4.8: minutes within 14 calendar days) and delivers the minutes (meets it); the gemeente's
/// contractmanager approves them in writing, after which they are adopted.</summary>
public sealed class OverlegService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, TimeProvider clock, RapportageService rapportages)
{
    public bool MagRegistreren => scope.IsAanbieder && scope.Rol == Rol.Administratie;
    public bool MagGoedkeuren => !scope.IsAanbieder && scope.Rol == Rol.Contractmanager;
    public DateOnly Vandaag => Amsterdam.Today(clock);

    /// <summary>The meetings about a report the user may read (through <see cref="RapportageService"/>'s scope).</summary>
    public async Task<List<RapportageOverleg>> ListAsync(Guid rapportageId, CancellationToken ct = default) =>
        await rapportages.GetAsync(rapportageId, ct) is null ? []
            : await db.Set<RapportageOverleg>().Where(o => o.RapportageId == rapportageId).OrderBy(o => o.Datum).ToListAsync(ct);

    /// <summary>Registers the meeting about a submitted report (starts OCO-4.8).</summary>
    public async Task<SaveResult> RegisterAsync(Guid rapportageId, OverlegInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren || await rapportages.GetAsync(rapportageId, ct) is not { } ingediend)
            return SaveResult.NotFound();
        var overleg = new RapportageOverleg
        {
            RapportageId = rapportageId, ContractId = ingediend.Rapportage.ContractId, AanbiederId = ingediend.Rapportage.AanbiederId,
            Datum = invoer.Datum, GeregistreerdDoor = actor.Email,
        };
        var fouten = overleg.Validate(OcoScope.Day(ingediend.Rapportage.IngediendOp), Vandaag);
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            db.Add(overleg);
            var contract = await db.Contracten.FirstAsync(c => c.Id == overleg.ContractId, ct);
            OcoScope.AddEvent(db, catalogus, contract, RapportageOverleg.Gebeurtenis, OcoScope.Local(overleg.Datum, new TimeOnly(12, 0)),
                $"Overleg over rapportage {ingediend.Gemeente} {ingediend.Rapportage.Van:dd-MM-yyyy} t/m {ingediend.Rapportage.Tot:dd-MM-yyyy}", actor.Email);
            return SaveResult.Ok(overleg.Id);
        }, ct);
    }

    /// <summary>Delivers the minutes (meets OCO-4.8).</summary>
    public Task<SaveResult> LeverNotulenAsync(Guid rapportageId, Guid id, OcoStapInput invoer, CancellationToken ct = default) =>
        StepAsync(rapportageId, id, invoer, MagRegistreren, async (overleg, contract) =>
        {
            var fouten = overleg.LeverNotulen(invoer.Datum, invoer.Tekst, Vandaag);
            if (fouten.Count == 0)
                OcoScope.AddEvent(db, catalogus, contract, RapportageOverleg.NotulenGebeurtenis, OcoScope.Local(invoer.Datum, new TimeOnly(12, 0)),
                    $"Notulen van het overleg van {overleg.Datum:dd-MM-yyyy}", actor.Email);
            return await Task.FromResult(fouten);
        }, ct);

    /// <summary>The gemeente approves the minutes in writing: adopted (OCO-4.8).</summary>
    public Task<SaveResult> KeurGoedAsync(Guid rapportageId, Guid id, OcoStapInput invoer, CancellationToken ct = default) =>
        StepAsync(rapportageId, id, invoer, MagGoedkeuren, (overleg, _) => Task.FromResult(overleg.KeurGoed(invoer.Datum, Vandaag)), ct);

    private async Task<SaveResult> StepAsync(Guid rapportageId, Guid id, OcoStapInput invoer, bool mag,
        Func<RapportageOverleg, Domain.Contracten.Contract, Task<IReadOnlyList<ValidationError>>> stap, CancellationToken ct)
    {
        if (!mag || await rapportages.GetAsync(rapportageId, ct) is null)
            return SaveResult.NotFound();
        return await unitOfWork.ExecuteAsync(async () =>
        {
            if (await db.Set<RapportageOverleg>().FirstOrDefaultAsync(o => o.Id == id && o.RapportageId == rapportageId, ct) is not { } overleg)
                return SaveResult.NotFound();
            if (OcoScope.IsStale(overleg, invoer.Versie))
                return SaveResult.Conflict();
            var contract = await db.Contracten.FirstAsync(c => c.Id == overleg.ContractId, ct);
            var fouten = await stap(overleg, contract);
            if (fouten.Count > 0)
                return SaveResult.Invalid(OcoScope.Rename(fouten, (nameof(RapportageOverleg.NotulenOp), nameof(OcoStapInput.Datum)),
                    (nameof(RapportageOverleg.Notulen), nameof(OcoStapInput.Tekst)), (nameof(RapportageOverleg.GoedgekeurdGemeenteOp), nameof(OcoStapInput.Datum))));
            return SaveResult.Ok(overleg.Id);
        }, ct);
    }
}
