using Maatwerk.Domain.Common;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The material check (DEV-Eis9-MI-R3-4, BSD-104): per aanbieder per declaration period a reproducible random
/// sample of approved lines, the outcome per line (in orde / niet in orde with a note), and for a line not in order a
/// recorded recovery (DEV-Art8.11) that the next payment batch sets off.</summary>
public sealed class SteekproefService(MaatwerkDbContext db, DataScope scope, ICurrentActor actor, TimeProvider clock, UnitOfWork unitOfWork,
    Domain.Contracten.ContractProfileCatalog catalogus)
{
    public bool MagBeoordelen => !scope.IsAanbieder && scope.Rol is Rol.Declaratiebeoordelaar;

    public sealed record SteekproefInput
    {
        public Guid AanbiederId { get; init; }
        /// <summary>Any day of the declaration period (month).</summary>
        public DateOnly? Periode { get; init; }
        public int? Omvang { get; init; }
    }

    public sealed record UitkomstInput
    {
        public bool InOrde { get; init; }
        public string? Notitie { get; init; }
    }

    public sealed record Row(Steekproef Steekproef, string Aanbieder, int Open, int NietInOrde);
    public sealed record Line(SteekproefRegel Regel, OntvangenPrestatie Prestatie, string DeclaratieNummer);
    public sealed record Details(Steekproef Steekproef, string Aanbieder, IReadOnlyList<Line> Regels);

    private IQueryable<Steekproef> InScope() =>
        MagBeoordelen ? db.Set<Steekproef>().Where(s => scope.GemeenteIds.Contains(s.GemeenteId)) : db.Set<Steekproef>().Where(_ => false);

    public async Task<List<Row>> ListAsync(CancellationToken ct = default)
    {
        var steekproeven = await InScope().OrderByDescending(s => s.Periode).ThenByDescending(s => s.Op).Take(500).ToListAsync(ct);
        var ids = steekproeven.Select(s => s.Id).ToList();
        var tellingen = await db.Set<SteekproefRegel>().Where(r => ids.Contains(r.SteekproefId)).GroupBy(r => r.SteekproefId)
            .Select(g => new { g.Key, Open = g.Count(r => r.Uitkomst == SteekproefUitkomst.Open), Fout = g.Count(r => r.Uitkomst == SteekproefUitkomst.NietInOrde) })
            .ToDictionaryAsync(x => x.Key, ct);
        var namen = await Namen(steekproeven.Select(s => (Guid?)s.AanbiederId), ct);
        return steekproeven.Select(s => new Row(s, namen.GetValueOrDefault(s.AanbiederId, ""), tellingen.GetValueOrDefault(s.Id)?.Open ?? 0,
            tellingen.GetValueOrDefault(s.Id)?.Fout ?? 0)).ToList();
    }

    /// <summary>The aanbieders with answered declarations in view, for the form.</summary>
    public async Task<List<(Guid Id, string Naam)>> AanbiedersAsync(CancellationToken ct = default)
    {
        if (!MagBeoordelen)
            return [];
        var ids = await db.Set<OntvangenDeclaratie>().Where(d => scope.GemeenteIds.Contains(d.GemeenteId) && d.AanbiederId != null)
            .Select(d => d.AanbiederId!.Value).Distinct().ToListAsync(ct);
        return (await Namen(ids.Cast<Guid?>(), ct)).OrderBy(n => n.Value).Select(n => (n.Key, n.Value)).ToList();
    }

    public async Task<Details?> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await InScope().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } s)
            return null;
        var regels = await (from r in db.Set<SteekproefRegel>()
                            join p in db.Set<OntvangenPrestatie>() on r.PrestatieId equals p.Id
                            join d in db.Set<OntvangenDeclaratie>() on p.DeclaratieId equals d.Id
                            where r.SteekproefId == id
                            orderby r.Volgorde
                            select new Line(r, p, d.DeclaratieNummer)).ToListAsync(ct);
        var namen = await Namen([s.AanbiederId], ct);
        db.LogRead(nameof(Steekproef), s.Id);
        await db.SaveChangesAsync(ct);
        return new Details(s, namen.GetValueOrDefault(s.AanbiederId, ""), regels);
    }

    /// <summary>Draws the sample of the aanbieder's approved debit lines of the period (declarations answered with a 325),
    /// once per gemeente, aanbieder and period: drawing again gives the same sample.</summary>
    public Task<SaveResult> DrawAsync(SteekproefInput input, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!MagBeoordelen)
                return SaveResult.NotFound();
            var fouten = new List<ValidationError>();
            if (input.Periode is null)
                fouten.Add(new("Periode", "Kies de declaratieperiode (maand) waaruit de steekproef komt."));
            var omvang = input.Omvang ?? Steekproef.StandaardOmvang;
            if (omvang is < 1 or > Steekproef.MaxOmvang)
                fouten.Add(new("Omvang", $"De omvang van de steekproef is 1 tot en met {Steekproef.MaxOmvang} regels."));
            var aanbieder = await db.Organisaties.AsNoTracking().FirstOrDefaultAsync(o => o.Id == input.AanbiederId, ct);
            if (aanbieder is null)
                fouten.Add(new("AanbiederId", "Kies een aanbieder."));
            if (fouten.Count > 0)
                return SaveResult.Invalid(fouten);
            var periode = new DateOnly(input.Periode!.Value.Year, input.Periode.Value.Month, 1);
            var gemeenteId = scope.OwnGemeenteId();
            if (await InScope().FirstOrDefaultAsync(s => s.AanbiederId == aanbieder!.Id && s.Periode == periode && s.GemeenteId == gemeenteId, ct) is { } al)
                return SaveResult.Ok(al.Id);
            var kandidaten = await (from p in db.Set<OntvangenPrestatie>()
                                    join d in db.Set<OntvangenDeclaratie>() on p.DeclaratieId equals d.Id
                                    where scope.GemeenteIds.Contains(d.GemeenteId) && d.AanbiederId == aanbieder!.Id && d.PeriodeBegin == periode
                                          && d.Status == DeclaratieStatus.Beantwoord && p.Beoordeling == Beoordeling.Goedgekeurd && p.DebetCredit == "D"
                                    select new { p.Id, p.ReferentieNummer }).ToListAsync(ct);
            if (kandidaten.Count == 0)
                return SaveResult.Invalid("Periode", $"{aanbieder!.Naam} heeft over {periode:MM-yyyy} geen goedgekeurde regels in beantwoorde declaraties; er valt niets te trekken.");
            var gemeente = await db.Organisaties.AsNoTracking().FirstAsync(o => o.Id == gemeenteId, ct);
            var seed = Steekproef.SeedFor(gemeente.Gemeentecode ?? gemeente.Id.ToString("N"), aanbieder!.AgbCode ?? aanbieder.Id.ToString("N"), periode);
            var getrokken = Steekproeftrekking.Draw(kandidaten.OrderBy(k => k.ReferentieNummer, StringComparer.Ordinal).ThenBy(k => k.Id).Select(k => k.Id).ToList(), omvang, seed);
            var steekproef = new Steekproef
            {
                GemeenteId = gemeenteId, AanbiederId = aanbieder.Id, Periode = periode, Seed = seed, Omvang = getrokken.Count, Populatie = kandidaten.Count,
                Door = actor.Email, Op = clock.GetUtcNow(),
            };
            db.Add(steekproef);
            var volgorde = 0;
            foreach (var id in getrokken)
                db.Add(new SteekproefRegel { SteekproefId = steekproef.Id, PrestatieId = id, Volgorde = ++volgorde });
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(steekproef.Id);
        }, ct);

    /// <summary>Records the outcome of one sampled line; "niet in orde" records the recovery of its amount (DEV-Art8.11).</summary>
    public Task<SaveResult> RecordAsync(Guid steekproefId, Guid regelId, UitkomstInput input, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (await InScope().FirstOrDefaultAsync(s => s.Id == steekproefId, ct) is not { } s
                || await db.Set<SteekproefRegel>().FirstOrDefaultAsync(r => r.Id == regelId && r.SteekproefId == s.Id, ct) is not { } regel)
                return SaveResult.NotFound();
            var nu = clock.GetUtcNow();
            var fouten = regel.Record(input.InOrde, input.Notitie, actor.Email, nu);
            if (fouten.Count > 0)
                return SaveResult.Invalid(fouten);
            regel.Versie = Guid.NewGuid();
            if (regel.Uitkomst == SteekproefUitkomst.NietInOrde)
            {
                var prestatie = await db.Set<OntvangenPrestatie>().FirstAsync(p => p.Id == regel.PrestatieId, ct);
                // The contract's set-off clause (Deventer DEV-Art8.11); a contract without one recovers on the material check itself.
                var bron = (await Aanbiedercontracten.LoadAsync(db, catalogus, s.GemeenteId, s.AanbiederId, ct)).With(c => c.Verrekening is not null).Controles.Verrekening
                    ?? "materiële controle (steekproef)";
                var besluit = Declaratiebesluit.Terugvordering(s.GemeenteId, s.AanbiederId, prestatie, regel.Notitie!, bron, actor.Email, nu);
                db.Add(besluit);
                regel.BesluitId = besluit.Id;
            }
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(regel.Id);
        }, ct);

    private async Task<Dictionary<Guid, string>> Namen(IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var lijst = ids.OfType<Guid>().Distinct().ToList();
        return await db.Organisaties.Where(o => lijst.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
    }
}
