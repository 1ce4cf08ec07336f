using Maatwerk.Domain.Common;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Meldcode;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Meldcode;

/// <summary>The case register of the Meldcode (IB-52a/c): only the aanbieder's aandachtsfunctionaris (role kwaliteit) sees
/// and keeps the cases; other roles of the aanbieder and every gemeente get nothing (404). Each read of a case goes to the
/// audit trail. The gemeente gets the anonymised export on request (<see cref="ExportAsync"/>).</summary>
public sealed class MeldcodeCasusService(MaatwerkDbContext db, DataScope scope, ICurrentActor actor, UnitOfWork unitOfWork, TimeProvider clock)
{
    public DateOnly Vandaag => Amsterdam.Today(clock);

    public bool MagBeheren => scope.IsAanbieder && scope.Rol == Rol.Kwaliteit;

    private IQueryable<MeldcodeCasus> InView() => MagBeheren
        ? db.Set<MeldcodeCasus>().Where(c => c.AanbiederId == scope.Organisatie.Id)
        : db.Set<MeldcodeCasus>().Where(_ => false);

    public sealed record Keuze(Guid Id, string Omschrijving);
    public sealed record CasusRow(MeldcodeCasus Casus, string? Client);

    /// <summary>The aanbieder's clients, to link a case to (optional).</summary>
    public async Task<List<Keuze>> ClientKeuzesAsync(CancellationToken ct = default) =>
        MagBeheren
            ? (await scope.Clienten().OrderBy(c => c.Achternaam).Take(2000).ToListAsync(ct)).Select(c => new Keuze(c.Id, c.VolledigeNaam)).ToList()
            : [];

    /// <summary>The cases, open first, newest first (at most 1,000).</summary>
    public async Task<List<CasusRow>> ListAsync(CancellationToken ct = default)
    {
        var casussen = await InView().OrderByDescending(c => c.GeregistreerdOp).Take(1000).ToListAsync(ct);
        var clientIds = casussen.Select(c => c.ClientId).OfType<Guid>().Distinct().ToList();
        var namen = (await db.Clienten.Where(c => clientIds.Contains(c.Id)).ToListAsync(ct)).ToDictionary(c => c.Id, c => c.VolledigeNaam);
        return casussen.OrderBy(c => c.IsAfgesloten).Select(c => new CasusRow(c, c.ClientId is { } id ? namen.GetValueOrDefault(id) : null)).ToList();
    }

    /// <summary>One case (written to the audit trail), or null when not in view.</summary>
    public async Task<MeldcodeCasus?> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await InView().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } casus)
            return null;
        db.LogRead(nameof(MeldcodeCasus), id);
        await db.SaveChangesAsync(ct);
        return casus;
    }

    public async Task<SaveResult> RegisterAsync(MeldcodeCasusInput invoer, CancellationToken ct = default)
    {
        if (!MagBeheren)
            return SaveResult.NotFound();
        var casus = new MeldcodeCasus { AanbiederId = scope.Organisatie.Id, GeregistreerdDoor = actor.Email, GeregistreerdOp = clock.GetUtcNow() };
        invoer.ApplyTo(casus);
        var fouten = await ValidateAsync(casus, ct);
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(() =>
        {
            db.Add(casus);
            return Task.FromResult(SaveResult.Ok(casus.Id));
        }, ct);
    }

    public async Task<SaveResult> UpdateAsync(Guid id, MeldcodeCasusInput invoer, CancellationToken ct = default)
    {
        if (await InView().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } casus)
            return SaveResult.NotFound();
        invoer.ApplyTo(casus);
        var fouten = await ValidateAsync(casus, ct);
        if (fouten.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(fouten);
        }
        if (invoer.Versie is { } versie)
            db.Entry(casus).Property(nameof(MeldcodeCasus.Versie)).OriginalValue = versie;
        return await unitOfWork.ExecuteAsync(() => Task.FromResult(SaveResult.Ok(casus.Id)), ct);
    }

    private async Task<List<ValidationError>> ValidateAsync(MeldcodeCasus casus, CancellationToken ct)
    {
        var fouten = casus.Validate(Vandaag).ToList();
        if (casus.ClientId is { } clientId && !await scope.Clienten().AnyAsync(c => c.Id == clientId, ct))
            fouten.Add(new(nameof(MeldcodeCasusInput.ClientId), "Cliënt: kies een cliënt van uw organisatie (of geen)."));
        return fouten;
    }

    /// <summary>The anonymised register for the gemeente (IB-52c): per case a number, the months of registration, of each step
    /// reached, of the report to Veilig Thuis and of the closure, the step reached and the decision. No name, BSN, address,
    /// birth date, client id or free text (signals and notes may name people). The export is written to the audit trail.</summary>
    public async Task<IReadOnlyList<MeldcodeExport.Row>> ExportAsync(CancellationToken ct = default)
    {
        if (!MagBeheren)
            return [];
        var casussen = await InView().ToListAsync(ct);
        db.LogRead("MeldcodeExport", scope.Organisatie.Id);
        await db.SaveChangesAsync(ct);
        return MeldcodeExport.Rows(casussen);
    }
}
