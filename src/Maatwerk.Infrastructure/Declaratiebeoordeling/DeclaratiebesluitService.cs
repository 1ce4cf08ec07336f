using Maatwerk.Domain.Common;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The gemeente's recorded decisions about an aanbieder's money: the penalty ledger (DEV-Art8.8c), suspension
/// (DEV-Art8.9) and set-off (DEV-Art8.11). The beoordelaar records them; the aanbieder sees its own.</summary>
public sealed class DeclaratiebesluitService(MaatwerkDbContext db, DataScope scope, ICurrentActor actor, TimeProvider clock, UnitOfWork unitOfWork,
    DeclaratieOntvangst ontvangst, Domain.Contracten.ContractProfileCatalog catalogus)
{
    public bool MagBesluiten => !scope.IsAanbieder && scope.Rol is Rol.Declaratiebeoordelaar;

    public sealed record BoeteInput
    {
        public string? Reden { get; init; }
    }

    /// <summary>A suspension (DEV-Art8.9) or a set-off (DEV-Art8.11) as the beoordelaar enters it: soort "opschorting" or
    /// "verrekening", the aanbieder, for a set-off the amount in euros, and the reason.</summary>
    public sealed record BesluitInput
    {
        public string? Soort { get; init; }
        public Guid AanbiederId { get; init; }
        public decimal? Bedrag { get; init; }
        public string? Reden { get; init; }
    }

    public sealed record LedgerRow(Declaratiebesluit Besluit, string Aanbieder, string? DeclaratieNummer);

    /// <summary>The decisions in view: a gemeente's beoordelaar sees those of its gemeenten, an aanbieder its own.</summary>
    public IQueryable<Declaratiebesluit> InScope() =>
        scope.IsAanbieder ? db.Set<Declaratiebesluit>().Where(b => b.AanbiederId == scope.Organisatie.Id)
        : MagBesluiten ? db.Set<Declaratiebesluit>().Where(b => scope.GemeenteIds.Contains(b.GemeenteId))
        : db.Set<Declaratiebesluit>().Where(_ => false);

    /// <summary>The ledger: every decision, newest first, with the aanbieder's name and the declaration it is about.</summary>
    public async Task<List<LedgerRow>> ListAsync(CancellationToken ct = default)
    {
        var besluiten = await InScope().OrderByDescending(b => b.Op).Take(1000).ToListAsync(ct);
        var aanbieders = besluiten.Select(b => b.AanbiederId).Distinct().ToList();
        var namen = await db.Organisaties.Where(o => aanbieders.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        var declaraties = besluiten.Select(b => b.DeclaratieId).OfType<Guid>().Distinct().ToList();
        var nummers = await db.Set<OntvangenDeclaratie>().Where(d => declaraties.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.DeclaratieNummer, ct);
        return besluiten.Select(b => new LedgerRow(b, namen.GetValueOrDefault(b.AanbiederId, ""), b.DeclaratieId is { } d ? nummers.GetValueOrDefault(d) : null)).ToList();
    }

    /// <summary>The penalty of DEV-Art8.8c on a late (re-)declaration: € 15 per line, only with the gemeente's reason why
    /// the lateness is repeated and attributable (AMB-19). It goes in the ledger as an open amount the aanbieder owes,
    /// set off by the next payment batch (DEV-AIV15: penalties are due at once).</summary>
    public Task<SaveResult> RecordBoeteAsync(Guid declaratieId, BoeteInput input, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!MagBesluiten || await db.Set<OntvangenDeclaratie>().FirstOrDefaultAsync(d => d.Id == declaratieId && scope.GemeenteIds.Contains(d.GemeenteId), ct) is not { } d)
                return SaveResult.NotFound();
            var controles = await ontvangst.ControlsAsync(d, ct);
            var al = await db.Set<Declaratiebesluit>().AnyAsync(b => b.DeclaratieId == d.Id && b.Soort == BesluitSoort.Boete, ct);
            var (besluit, fouten) = Declaratiebesluit.Boete(d, controles.BoetePerRegel, input.Reden, al, actor.Email, clock.GetUtcNow());
            return await SaveAsync(besluit, fouten, ct);
        }, ct);

    /// <summary>Records a suspension (DEV-Art8.9) or a set-off (DEV-Art8.11) for an aanbieder with declarations to this gemeente.</summary>
    public Task<SaveResult> RecordAsync(BesluitInput input, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!MagBesluiten)
                return SaveResult.NotFound();
            var gemeenteId = scope.OwnGemeenteId();
            if (!await db.Organisaties.AnyAsync(o => o.Id == input.AanbiederId && o.Soort == Domain.Organisaties.OrganisatieSoort.Aanbieder, ct))
                return SaveResult.Invalid("AanbiederId", "Kies een aanbieder.");
            var alOpgeschort = await InScope().AnyAsync(b => b.AanbiederId == input.AanbiederId && b.Soort == BesluitSoort.Opschorting && b.OpgehevenOp == null, ct);
            var opschorting = input.Soort?.Trim().Equals("opschorting", StringComparison.OrdinalIgnoreCase) == true;
            var (naam, controles) = (await Aanbiedercontracten.LoadAsync(db, catalogus, gemeenteId, input.AanbiederId, ct))
                .With(c => (opschorting ? c.Opschorting : c.Verrekening) is not null);
            var (besluit, fouten) = Declaratiebesluit.New(input.Soort, gemeenteId, input.AanbiederId, input.Bedrag, input.Reden, alOpgeschort, controles, naam, actor.Email, clock.GetUtcNow());
            return await SaveAsync(besluit, fouten, ct);
        }, ct);

    private async Task<SaveResult> SaveAsync(Declaratiebesluit? besluit, List<ValidationError> fouten, CancellationToken ct)
    {
        if (besluit is null)
            return SaveResult.Invalid(fouten);
        db.Add(besluit);
        await db.SaveChangesAsync(ct);
        return SaveResult.Ok(besluit.Id);
    }

    /// <summary>Lifts a suspension: the aanbieder's lines go into the next payment batch again.</summary>
    public Task<SaveResult> LiftAsync(Guid besluitId, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!MagBesluiten || await InScope().FirstOrDefaultAsync(b => b.Id == besluitId, ct) is not { } b)
                return SaveResult.NotFound();
            if (!b.IsActieveOpschorting)
                return SaveResult.Invalid("Soort", "Alleen een opschorting die nog geldt, kan worden opgeheven.");
            (b.OpgehevenOp, b.OpgehevenDoor, b.Versie) = (clock.GetUtcNow(), actor.Email, Guid.NewGuid());
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(b.Id);
        }, ct);

    /// <summary>The "tenzij" of DEV-Art8.8b as the beoordelaar enters it: the aanbieder, the past year and why.</summary>
    public sealed record CorrectietoestemmingInput
    {
        public Guid AanbiederId { get; init; }
        public int? Jaar { get; init; }
        public string? Reden { get; init; }
    }

    /// <summary>Allows an aanbieder's corrections for a past year after the contract's last correction window (DEV-Art8.8b
    /// "tenzij"): from then on its lines for that year are accepted at receipt instead of refused with 0233, and the aanbieder
    /// can correct them again. Only under a contract (of this gemeente or its regio) that has correction windows.</summary>
    public Task<SaveResult> AllowCorrectionsAsync(CorrectietoestemmingInput input, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!MagBesluiten)
                return SaveResult.NotFound();
            var gemeenteId = scope.OwnGemeenteId();
            if (!await db.Organisaties.AnyAsync(o => o.Id == input.AanbiederId && o.Soort == Domain.Organisaties.OrganisatieSoort.Aanbieder, ct))
                return SaveResult.Invalid("AanbiederId", "Kies een aanbieder.");
            var (naam, controles) = (await Aanbiedercontracten.LoadAsync(db, catalogus, gemeenteId, input.AanbiederId, ct)).With(c => c.LaatsteCorrectie is not null);
            var al = await db.Set<Declaratiebesluit>().AnyAsync(b => b.GemeenteId == gemeenteId && b.AanbiederId == input.AanbiederId
                && b.Soort == BesluitSoort.Correctietoestemming && b.Jaar == input.Jaar, ct);
            var (besluit, fouten) = Declaratiebesluit.Correctietoestemming(gemeenteId, input.AanbiederId, input.Jaar, controles.LaatsteCorrectie, naam,
                input.Reden, al, Amsterdam.Today(clock), actor.Email, clock.GetUtcNow());
            return await SaveAsync(besluit, fouten, ct);
        }, ct);

    public sealed record AfsluitingInput
    {
        public int? Jaar { get; init; }
        public string? Toelichting { get; init; }
    }

    /// <summary>The years this gemeente closed (DEV-Art8.8a), newest first.</summary>
    public async Task<List<Jaarafsluiting>> ClosedYearsAsync(CancellationToken ct = default) =>
        MagBesluiten ? await db.Set<Jaarafsluiting>().Where(j => scope.GemeenteIds.Contains(j.GemeenteId)).OrderByDescending(j => j.Jaar).ToListAsync(ct) : [];

    /// <summary>Closes a financial year after verification (DEV-Art8.8a): later lines for it are accepted only within the
    /// correction windows of the contract (DEV-Art8.8b) and rejected at receipt after the last one.</summary>
    public Task<SaveResult> CloseYearAsync(AfsluitingInput input, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!MagBesluiten)
                return SaveResult.NotFound();
            var gemeenteId = scope.OwnGemeenteId();
            var jaar = input.Jaar ?? 0;
            var alGesloten = await db.Set<Jaarafsluiting>().AnyAsync(j => j.GemeenteId == gemeenteId && j.Jaar == jaar, ct);
            var (van, tot) = (new DateOnly(Math.Max(jaar, 1), 1, 1), new DateOnly(Math.Max(jaar, 1), 12, 31));
            var inBeoordeling = await (from d in db.Set<OntvangenDeclaratie>()
                                       where d.GemeenteId == gemeenteId && d.Status == DeclaratieStatus.InBeoordeling
                                             && db.Set<OntvangenPrestatie>().Any(p => p.DeclaratieId == d.Id && p.Begindatum >= van && p.Begindatum <= tot)
                                       select d.Id).CountAsync(ct);
            var fouten = Jaarafsluiting.Validate(input.Jaar, Amsterdam.Today(clock), alGesloten, inBeoordeling, input.Toelichting);
            if (fouten.Count > 0)
                return SaveResult.Invalid(fouten);
            var afsluiting = new Jaarafsluiting
            {
                GemeenteId = gemeenteId, Jaar = jaar, Toelichting = string.IsNullOrWhiteSpace(input.Toelichting) ? null : input.Toelichting.Trim(),
                Door = actor.Email, Op = clock.GetUtcNow(),
            };
            db.Add(afsluiting);
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(afsluiting.Id);
        }, ct);
}

internal static class GemeenteScope
{
    /// <summary>The gemeente a beoordelaar records decisions for: its own organisation, or the first gemeente of its regio.</summary>
    public static Guid OwnGemeenteId(this DataScope scope) =>
        scope.GemeenteIds.Contains(scope.Organisatie.Id) ? scope.Organisatie.Id : scope.GemeenteIds.FirstOrDefault();
}
