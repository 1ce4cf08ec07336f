using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verantwoording;

/// <summary>The annual accounts per aanbieder, contract and finished year (IB-46a/c): the aanbieder's administratie uploads
/// the jaarrekening (and the group entities' accounts) or, when not jaarrekeningplichtig, the jaarverslag; uploading the
/// jaarrekening or jaarverslag registers <c>jaarrekening-ingediend</c> about the contract's year, which meets IB-46. Both
/// parties download the files (a read in the audit trail). Who may do what is that of the production statement.</summary>
public sealed class JaarrekeningService(MaatwerkDbContext db, DataScope scope, ICurrentActor actor, TimeProvider clock, UnitOfWork unitOfWork,
    VerantwoordingService verantwoording, VerantwoordingGegevens gegevens, ContractProfileCatalog catalogus)
{
    public bool MagIndienen => verantwoording.MagOpstellen;
    public bool MagBeoordelen => verantwoording.MagBeoordelen;

    /// <summary>What the aanbieder enters with an upload (the file itself comes apart, as a PDF).</summary>
    public sealed record Invoer
    {
        public Guid ContractId { get; init; }
        public int Jaar { get; init; }
        public JaarrekeningSoort? Soort { get; init; }
    }

    public sealed record Row(Jaarrekening Jaarrekening, string Contract, string Aanbieder, IReadOnlyList<JaarrekeningSoort> Soorten, Winstnorm? Norm)
    {
        /// <summary>A profit above the contract's cap (IB-45, DEV-Eis25).</summary>
        public bool Boven => Norm?.IsBoven(Jaarrekening.Winstpercentage) == true;
    }

    public sealed record Details(Jaarrekening Jaarrekening, Contract Contract, string Aanbieder, string Opdrachtgever, IReadOnlyList<JaarrekeningBestand> Bestanden,
        Winstnorm? Norm)
    {
        public bool Boven => Norm?.IsBoven(Jaarrekening.Winstpercentage) == true;
    }

    /// <summary>The profit cap of the contract's profile, if any.</summary>
    public Winstnorm? NormOf(Contract contract) => catalogus.Find(contract.ProfielId, contract.ProfielVersie) is { } p ? Winstnorm.From(p) : null;

    internal IQueryable<Jaarrekening> InScope()
    {
        if (!verantwoording.MagInzien)
            return db.Set<Jaarrekening>().Where(_ => false);
        if (scope.IsAanbieder)
            return db.Set<Jaarrekening>().Where(j => j.AanbiederId == scope.Organisatie.Id);
        var contracten = scope.Contracten().Select(c => c.Id);
        return db.Set<Jaarrekening>().Where(j => contracten.Contains(j.ContractId));
    }

    public Task<List<Contract>> ContractenAsync(CancellationToken ct = default) => verantwoording.ContractenAsync(ct);

    /// <summary>Whether the aanbieder is jaarrekeningplichtig (IB-46c), as the functioneel beheerder recorded it on the organisation.</summary>
    public Task<bool?> JaarrekeningplichtigAsync(Guid aanbiederId, CancellationToken ct = default) =>
        db.Organisaties.Where(o => o.Id == aanbiederId).Select(o => o.Jaarrekeningplichtig).FirstOrDefaultAsync(ct);

    /// <summary>Per aanbieder in view: whether it is jaarrekeningplichtig, for the page's statement of what IB-46 asks.</summary>
    public async Task<Dictionary<Guid, bool?>> JaarrekeningplichtAsync(IEnumerable<Guid> aanbieders, CancellationToken ct = default)
    {
        var ids = aanbieders.Distinct().ToList();
        return await db.Organisaties.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Jaarrekeningplichtig, ct);
    }

    public async Task<List<Row>> ListAsync(CancellationToken ct = default)
    {
        var lijst = await InScope().AsNoTracking().OrderByDescending(j => j.Jaar).Take(500).ToListAsync(ct);
        var ids = lijst.Select(j => j.Id).ToList();
        var soorten = (await db.Set<JaarrekeningBestand>().AsNoTracking().Where(b => ids.Contains(b.JaarrekeningId)).Select(b => new { b.JaarrekeningId, b.Soort }).ToListAsync(ct))
            .ToLookup(b => b.JaarrekeningId, b => b.Soort);
        var contractIds = lijst.Select(j => j.ContractId).Distinct().ToList();
        var contracten = await db.Contracten.AsNoTracking().Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var namen = await gegevens.NamenAsync(lijst.Select(j => j.AanbiederId), ct);
        return lijst.Select(j => new Row(j, contracten[j.ContractId].Naam, namen.GetValueOrDefault(j.AanbiederId, ""), soorten[j.Id].Distinct().Order().ToList(),
            NormOf(contracten[j.ContractId]))).ToList();
    }

    public async Task<Details?> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await InScope().AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct) is not { } j)
            return null;
        var contract = await db.Contracten.AsNoTracking().FirstAsync(c => c.Id == j.ContractId, ct);
        var bestanden = await db.Set<JaarrekeningBestand>().AsNoTracking().Where(b => b.JaarrekeningId == id).OrderBy(b => b.GeuploadOp)
            .Select(b => new JaarrekeningBestand { Id = b.Id, JaarrekeningId = b.JaarrekeningId, Soort = b.Soort, Naam = b.Naam, Grootte = b.Grootte, Sha256 = b.Sha256,
                GeuploadDoor = b.GeuploadDoor, GeuploadOp = b.GeuploadOp }).ToListAsync(ct);
        var namen = await gegevens.NamenAsync([j.AanbiederId, j.OpdrachtgeverId], ct);
        return new Details(j, contract, namen.GetValueOrDefault(j.AanbiederId, ""), namen.GetValueOrDefault(j.OpdrachtgeverId, ""), bestanden, NormOf(contract));
    }

    /// <summary>Adds one document to the year's annual accounts (made on the first upload).</summary>
    public Task<SaveResult> UploadAsync(Invoer invoer, VerantwoordingService.Upload? bestand, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!MagIndienen)
                return SaveResult.NotFound();
            if (await scope.Contracten().AsNoTracking().FirstOrDefaultAsync(c => c.Id == invoer.ContractId, ct) is not { } contract)
                return SaveResult.Invalid("ContractId", "Kies een contract van uw organisatie.");
            var j = await db.Set<Jaarrekening>().FirstOrDefaultAsync(x => x.ContractId == contract.Id && x.Jaar == invoer.Jaar, ct);
            var aanwezig = j is null ? [] : await db.Set<JaarrekeningBestand>().Where(b => b.JaarrekeningId == j.Id).Select(b => b.Soort).ToListAsync(ct);
            var plichtig = await JaarrekeningplichtigAsync(contract.AanbiederId, ct);
            var fouten = Jaarrekening.Validate(invoer.Soort, invoer.Jaar, contract.Ingangsdatum.Year, Amsterdam.Today(clock), aanwezig, bestand?.Naam, bestand?.Inhoud, plichtig);
            if (fouten.Count > 0)
                return SaveResult.Invalid(fouten);
            var nu = clock.GetUtcNow();
            if (j is null)
            {
                j = new Jaarrekening { AanbiederId = contract.AanbiederId, ContractId = contract.Id, OpdrachtgeverId = contract.OpdrachtgeverId, Jaar = invoer.Jaar };
                db.Add(j);
            }
            var soort = invoer.Soort!.Value;
            var b = new JaarrekeningBestand { JaarrekeningId = j.Id, Soort = soort };
            b.Bewaar(bestand!.Naam, bestand.Inhoud, actor.Email, nu);
            db.Add(b);
            j.Versie = Guid.NewGuid();
            if (soort != JaarrekeningSoort.Groepsjaarrekening)
            {
                (j.IngediendOp, j.IngediendDoor) = (nu, actor.Email);
                verantwoording.Register(contract, j.Jaar, Jaarrekening.Ingediend,
                    $"{Jaarrekening.SoortNaam(soort)} {j.Jaar} ingediend ({Jaarrekening.Verschuldigd(plichtig)}): {b.Naam} (SHA-256 {b.Sha256[..12]}…)");
            }
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(j.Id);
        }, ct);

    /// <summary>One stored document, for both parties; the read goes to the audit trail.</summary>
    public async Task<JaarrekeningBestand?> BestandAsync(Guid id, Guid bestandId, CancellationToken ct = default)
    {
        if (!await InScope().AnyAsync(j => j.Id == id, ct))
            return null;
        var bestand = await db.Set<JaarrekeningBestand>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bestandId && b.JaarrekeningId == id, ct);
        if (bestand is not null)
        {
            db.LogRead(nameof(JaarrekeningBestand), bestand.Id);
            await db.SaveChangesAsync(ct);
        }
        return bestand;
    }
}
