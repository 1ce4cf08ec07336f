using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verantwoording;

/// <summary>The production statement (productieverantwoording) per aanbieder, contract and year: the aanbieder generates
/// it from its approved WMO323 lines, submits it (with the accountant's statement when its contract asks for one) and
/// so meets the contract's deadlines (DEV-Art22.2a/b, IB-44, OCO-6.1b/6.2a/6.2b); the gemeente sees it received, reconciles
/// it with its own lines and records "akkoord" or "afwijking".</summary>
public sealed class VerantwoordingService(MaatwerkDbContext db, DataScope scope, ICurrentActor actor, TimeProvider clock, UnitOfWork unitOfWork,
    ContractProfileCatalog catalogus, VerantwoordingGegevens gegevens)
{
    /// <summary>Administratie and kwaliteit of an aanbieder make and submit the statement.</summary>
    public bool MagOpstellen => scope.IsAanbieder && scope.Rol is Rol.Administratie or Rol.Kwaliteit;
    /// <summary>The contractmanager of the opdrachtgever judges the reconciliation.</summary>
    public bool MagBeoordelen => !scope.IsAanbieder && scope.Rol is Rol.Contractmanager;
    public bool MagInzien => MagOpstellen || (!scope.IsAanbieder && scope.Rol is Rol.Contractmanager or Rol.Declaratiebeoordelaar);

    public sealed record GenerateInput
    {
        public Guid ContractId { get; init; }
        public int Jaar { get; init; }
    }

    public sealed record OordeelInput
    {
        public AansluitingOordeel? Oordeel { get; init; }
        public string? Toelichting { get; init; }
    }

    /// <summary>An uploaded file as the page or API received it.</summary>
    public sealed record Upload(string Naam, byte[] Inhoud);

    public sealed record Row(Productieverantwoording Verantwoording, string Contract, string Aanbieder, Verantwoordingsregels Regels);

    public sealed record Details(Productieverantwoording Verantwoording, Contract Contract, string Aanbieder, string Opdrachtgever,
        Verantwoordingsregels Regels, IReadOnlyList<VerantwoordingRegel> Producten, VerantwoordingBestand? Verklaring, IReadOnlyList<Aansluiting.Rij>? Aansluiting,
        ContractProfile? Profiel)
    {
        public bool IsVerklaringVereist => Regels.IsVerklaringVereist(Verantwoording.Totaal);
        public string ProductNaam(string code) => Profiel?.FindProduct(code)?.Naam ?? "";
    }

    /// <summary>The contracts in view, for the "opstellen" form.</summary>
    public Task<List<Contract>> ContractenAsync(CancellationToken ct = default) => scope.Contracten().AsNoTracking().OrderBy(c => c.Naam).ToListAsync(ct);

    private IQueryable<Productieverantwoording> InScope()
    {
        if (!MagInzien)
            return db.Set<Productieverantwoording>().Where(_ => false);
        if (scope.IsAanbieder)
            return db.Set<Productieverantwoording>().Where(v => v.AanbiederId == scope.Organisatie.Id);
        var contracten = scope.Contracten().Select(c => c.Id);
        // The gemeente sees a statement once it is submitted: a concept is the aanbieder's own.
        return db.Set<Productieverantwoording>().Where(v => contracten.Contains(v.ContractId) && v.Status == VerantwoordingStatus.Ingediend);
    }

    public async Task<List<Row>> ListAsync(CancellationToken ct = default)
    {
        var lijst = await InScope().AsNoTracking().OrderByDescending(v => v.Jaar).ThenBy(v => v.Status).Take(500).ToListAsync(ct);
        var contractIds = lijst.Select(v => v.ContractId).Distinct().ToList();
        var contracten = await db.Contracten.AsNoTracking().Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var namen = await gegevens.NamenAsync(lijst.Select(v => v.AanbiederId), ct);
        return lijst.Select(v => new Row(v, contracten[v.ContractId].Naam, namen.GetValueOrDefault(v.AanbiederId, ""), RegelsOf(contracten[v.ContractId]))).ToList();
    }

    public async Task<Details?> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await InScope().AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct) is not { } v)
            return null;
        var contract = await db.Contracten.AsNoTracking().FirstAsync(c => c.Id == v.ContractId, ct);
        var producten = await db.Set<VerantwoordingRegel>().AsNoTracking().Where(r => r.VerantwoordingId == id).ToListAsync(ct);
        var verklaring = await Bestanden(id, VerantwoordingBestandSoort.Controleverklaring).AsNoTracking().OrderByDescending(b => b.GeuploadOp)
            .Select(b => new VerantwoordingBestand { Id = b.Id, VerantwoordingId = b.VerantwoordingId, Naam = b.Naam, Grootte = b.Grootte, Sha256 = b.Sha256,
                GeuploadDoor = b.GeuploadDoor, GeuploadOp = b.GeuploadOp, ProtocolBevestigd = b.ProtocolBevestigd }).FirstOrDefaultAsync(ct);
        var namen = await gegevens.NamenAsync([v.AanbiederId, v.OpdrachtgeverId], ct);
        IReadOnlyList<Aansluiting.Rij>? aansluiting = null;
        if (!scope.IsAanbieder)
        {
            var (goedgekeurd, betaald) = await gegevens.GemeenteLijnenAsync(contract, v.Jaar, v.Jaarbasis, ct);
            var verantwoord = Gemeenteopstelling.PerProduct(producten.Select(p => new Gemeenteopstelling.Rij(p.Gemeentecode, p.ProductCategorie, p.ProductCode, p.Eenheid,
                p.Tarief, p.Clienten, p.Volume, p.Bedrag)));
            aansluiting = Aansluiting.Compare(verantwoord, Productieopstelling.Calculate(goedgekeurd), Productieopstelling.Calculate(betaald));
        }
        var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie);
        return new Details(v, contract, namen.GetValueOrDefault(v.AanbiederId, ""), namen.GetValueOrDefault(v.OpdrachtgeverId, ""), RegelsOf(contract),
            producten.OrderBy(p => p.Gemeentecode).ThenBy(p => p.ProductCategorie).ThenBy(p => p.ProductCode).ThenBy(p => p.Eenheid).ToList(), verklaring, aansluiting, profiel);
    }

    /// <summary>Generates (or generates again) the concept statement of one contract over one year from the approved lines.</summary>
    public Task<SaveResult> GenerateAsync(GenerateInput input, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!MagOpstellen)
                return SaveResult.NotFound();
            if (await scope.Contracten().AsNoTracking().FirstOrDefaultAsync(c => c.Id == input.ContractId, ct) is not { } contract)
                return SaveResult.Invalid("ContractId", "Kies een contract van uw organisatie.");
            var vandaag = Amsterdam.Today(clock);
            if (input.Jaar < contract.Ingangsdatum.Year || input.Jaar > vandaag.Year)
                return SaveResult.Invalid("Jaar", $"Kies een jaar van {contract.Ingangsdatum.Year} tot en met {vandaag.Year}: het contract liep toen.");
            var bestaand = await db.Set<Productieverantwoording>().FirstOrDefaultAsync(v => v.ContractId == contract.Id && v.Jaar == input.Jaar, ct);
            if (bestaand is { IsIngediend: true })
                return SaveResult.Invalid("Jaar", $"De productieverantwoording {input.Jaar} is al ingediend op {Datum(bestaand.IngediendOp)} en kan niet opnieuw worden opgesteld.");
            var regels = RegelsOf(contract);
            var (lijnen, open) = await gegevens.AanbiederLijnenAsync(contract, input.Jaar, regels.Jaarbasis, ct);
            var rijen = Gemeenteopstelling.Calculate(lijnen);
            var v = bestaand ?? new Productieverantwoording { AanbiederId = contract.AanbiederId, ContractId = contract.Id, OpdrachtgeverId = contract.OpdrachtgeverId, Jaar = input.Jaar };
            if (bestaand is null)
                db.Add(v);
            else
                await db.Set<VerantwoordingRegel>().Where(r => r.VerantwoordingId == v.Id).ExecuteDeleteAsync(ct);
            (v.Jaarbasis, v.Totaal, v.OpenRegels, v.OpgesteldDoor, v.OpgesteldOp, v.Versie) =
                (regels.Jaarbasis, rijen.Sum(r => r.Bedrag), open, actor.Email, clock.GetUtcNow(), Guid.NewGuid());
            db.AddRange(rijen.Select(r => new VerantwoordingRegel
            {
                VerantwoordingId = v.Id, Gemeentecode = r.Gemeente, Tarief = r.Tarief, ProductCategorie = r.ProductCategorie, ProductCode = r.ProductCode, Eenheid = r.Eenheid,
                Clienten = r.Clienten, Volume = r.Volume, Bedrag = r.Bedrag,
            }));
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(v.Id);
        }, ct);

    /// <summary>Submits the statement: frozen, and <c>productieverantwoording-ingediend</c> registered about the year, which
    /// meets the contract's deadline (MR-31, IB-44, OCO-6.1b). Under a contract whose statement must carry the accountant's
    /// statement (IB-44) the signed PDF comes with it; below a turnover threshold (OCO-6.2b) the accountant's-statement rule
    /// is met as "niet vereist".</summary>
    public Task<SaveResult> SubmitAsync(Guid id, Upload? verklaring, bool protocolBevestigd = false, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!MagOpstellen || await InScope().FirstOrDefaultAsync(v => v.Id == id, ct) is not { } v)
                return SaveResult.NotFound();
            if (v.IsIngediend)
                return SaveResult.Invalid("Status", $"De productieverantwoording {v.Jaar} is al ingediend op {Datum(v.IngediendOp)}.");
            if (Amsterdam.Today(clock).Year <= v.Jaar)
                return SaveResult.Invalid("Jaar", $"De productieverantwoording over {v.Jaar} kan pas na afloop van het jaar worden ingediend (vanaf 1 januari {v.Jaar + 1}).");
            var contract = await db.Contracten.AsNoTracking().FirstAsync(c => c.Id == v.ContractId, ct);
            var regels = RegelsOf(contract);
            var vereist = regels.IsVerklaringVereist(v.Totaal);
            if (regels.VerklaringBijIndiening && vereist && verklaring is null)
                return SaveResult.Invalid(Controleverklaring.Veld,
                    $"Voeg de ondertekende controleverklaring van de accountant toe: het contract vraagt de productieverantwoording mét accountantsverklaring ({regels.Verklaring!.Bron}).");
            if (verklaring is not null)
            {
                var fouten = Controleverklaring.Validate(verklaring.Naam, verklaring.Inhoud).Concat(regels.ValidateBevestiging(protocolBevestigd)).ToList();
                if (fouten.Count > 0)
                    return SaveResult.Invalid(fouten);
            }
            var nu = clock.GetUtcNow();
            (v.Status, v.IngediendDoor, v.IngediendOp, v.Versie) = (VerantwoordingStatus.Ingediend, actor.Email, nu, Guid.NewGuid());
            Register(contract, v.Jaar, Verantwoordingsregels.Ingediend, $"Productieverantwoording {v.Jaar} ingediend: {Bedrag(v.Totaal)}");
            if (verklaring is not null && vereist)
                AddVerklaring(v, contract, verklaring, nu, regels, protocolBevestigd);
            else if (regels.Verklaring is not null && !vereist)
            {
                v.VerklaringNietVereist = true;
                Register(contract, v.Jaar, Verantwoordingsregels.VerklaringNietVereist,
                    $"Omzet {v.Jaar} {Bedrag(v.Totaal)} ligt onder de drempel van {Bedrag((long)(regels.Drempel!.Value * 100))} ({regels.Verklaring.Bron}): geen accountantsverklaring vereist");
            }
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(v.Id);
        }, ct);

    /// <summary>The accountant's statement after the statement itself (Deventer MR-32 DEV-Art22.2b, OCO-6.2b: before 1 April).</summary>
    public Task<SaveResult> SubmitVerklaringAsync(Guid id, Upload? verklaring, bool protocolBevestigd = false, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!MagOpstellen || await InScope().FirstOrDefaultAsync(v => v.Id == id, ct) is not { } v)
                return SaveResult.NotFound();
            if (!v.IsIngediend)
                return SaveResult.Invalid("Status", "Dien eerst de productieverantwoording in; de controleverklaring hoort erbij.");
            var contract = await db.Contracten.AsNoTracking().FirstAsync(c => c.Id == v.ContractId, ct);
            var regels = RegelsOf(contract);
            if (!regels.IsVerklaringVereist(v.Totaal))
                return SaveResult.Invalid(Controleverklaring.Veld, regels.Verklaring is null
                    ? "Dit contract vraagt geen controleverklaring bij de productieverantwoording."
                    : $"Bij een omzet van {Bedrag(v.Totaal)} is geen controleverklaring vereist ({regels.Verklaring.Bron}: vanaf {Bedrag((long)(regels.Drempel!.Value * 100))}).");
            if (v.VerklaringOp is not null)
                return SaveResult.Invalid(Controleverklaring.Veld, $"De controleverklaring is al ingediend op {Datum(v.VerklaringOp)}.");
            var fouten = Controleverklaring.Validate(verklaring?.Naam, verklaring?.Inhoud).Concat(regels.ValidateBevestiging(protocolBevestigd)).ToList();
            if (fouten.Count > 0)
                return SaveResult.Invalid(fouten);
            AddVerklaring(v, contract, verklaring!, clock.GetUtcNow(), regels, protocolBevestigd);
            v.Versie = Guid.NewGuid();
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(v.Id);
        }, ct);

    /// <summary>The contractmanager's judgement of the reconciliation: "akkoord", or "afwijking" with a note.</summary>
    public Task<SaveResult> RecordOordeelAsync(Guid id, OordeelInput input, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!MagBeoordelen || await InScope().FirstOrDefaultAsync(v => v.Id == id, ct) is not { } v)
                return SaveResult.NotFound();
            var fouten = Aansluiting.ValidateOordeel(input.Oordeel, input.Toelichting);
            if (fouten.Count > 0)
                return SaveResult.Invalid(fouten);
            (v.Oordeel, v.OordeelToelichting, v.OordeelDoor, v.OordeelOp, v.Versie) =
                (input.Oordeel, string.IsNullOrWhiteSpace(input.Toelichting) ? null : input.Toelichting.Trim(), actor.Email, clock.GetUtcNow(), Guid.NewGuid());
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(v.Id);
        }, ct);

    private IQueryable<VerantwoordingBestand> Bestanden(Guid id, VerantwoordingBestandSoort soort) =>
        db.Set<VerantwoordingBestand>().Where(b => b.VerantwoordingId == id && b.Soort == soort);

    /// <summary>The stored accountant's statement, for both parties.</summary>
    public Task<VerantwoordingBestand?> VerklaringAsync(Guid id, CancellationToken ct = default) => BestandAsync(id, VerantwoordingBestandSoort.Controleverklaring, ct);

    /// <summary>The media type to serve a stored file with: the controleverklaring is a PDF, an uploaded statement xlsx (a zip,
    /// "PK") or CSV.</summary>
    public static string MediaType(VerantwoordingBestand b) => b.Soort == VerantwoordingBestandSoort.Controleverklaring ? "application/pdf"
        : b.Inhoud.AsSpan().StartsWith("PK"u8) ? VerantwoordingExport.ExcelType : "text/csv; charset=utf-8";

    /// <summary>The stored file of a statement (the latest of its kind), for both parties; the read goes to the audit trail.</summary>
    public async Task<VerantwoordingBestand?> BestandAsync(Guid id, VerantwoordingBestandSoort soort, CancellationToken ct = default)
    {
        if (!await InScope().AnyAsync(v => v.Id == id, ct))
            return null;
        var bestand = await Bestanden(id, soort).AsNoTracking().OrderByDescending(b => b.GeuploadOp).FirstOrDefaultAsync(ct);
        if (bestand is not null)
        {
            db.LogRead(nameof(VerantwoordingBestand), bestand.Id);
            await db.SaveChangesAsync(ct);
        }
        return bestand;
    }

    private void AddVerklaring(Productieverantwoording v, Contract contract, Upload verklaring, DateTimeOffset nu, Verantwoordingsregels regels, bool protocolBevestigd)
    {
        var bestand = new VerantwoordingBestand { VerantwoordingId = v.Id, ProtocolBevestigd = regels.Protocolbevestiging is null ? null : protocolBevestigd };
        bestand.Bewaar(verklaring.Naam, verklaring.Inhoud, actor.Email, nu);
        db.Add(bestand);
        v.VerklaringOp = nu;
        var bevestiging = regels.BevestigingTekst(bestand.ProtocolBevestigd) is { } tekst ? $"; {tekst}" : "";
        Register(contract, v.Jaar, Verantwoordingsregels.VerklaringIngediend,
            $"Controleverklaring bij de productieverantwoording {v.Jaar}: {bestand.Naam} (SHA-256 {bestand.Sha256[..12]}…){bevestiging}");
    }

    /// <summary>An event about the year's period subject of the contract (as jaareinde is), if the profile knows it.</summary>
    internal void Register(Contract contract, int jaar, string soort, string toelichting)
    {
        if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is not { } profiel || !profiel.KnowsGebeurtenis(soort) || profiel.Ignores(soort))
            return;
        db.Gebeurtenissen.Add(new ContractGebeurtenis
        {
            ContractId = contract.Id, Soort = soort, Moment = clock.GetUtcNow(), OnderwerpSoort = Periode.OnderwerpSoort,
            OnderwerpId = YearSubject(contract.Id, jaar), GeregistreerdDoor = actor.Email, Toelichting = toelichting,
        });
    }

    public static Guid YearSubject(Guid contractId, int jaar) => Periode.Containing(Periode.Jaar, new DateOnly(jaar, 1, 1)).SubjectId(contractId);

    private Verantwoordingsregels RegelsOf(Contract contract) =>
        catalogus.Find(contract.ProfielId, contract.ProfielVersie) is { } p ? Verantwoordingsregels.From(p) : new([], null, null, false, Verantwoordingsregels.Levering);

    public static string Bedrag(long centen) => Domain.Declaratiebeoordeling.PrestatieChecks.Cents(centen);

    private static string Datum(DateTimeOffset? moment) => moment is { } m ? Amsterdam.Local(m).ToString("dd-MM-yyyy") : "";
}
