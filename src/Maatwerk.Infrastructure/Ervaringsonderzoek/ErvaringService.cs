using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Ervaringsonderzoek;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Ervaringsonderzoek;

/// <summary>The client-experience survey at the aanbieder (kwaliteit, administratie): responses per client from paper or
/// through a one-time link (IB-47a/b), the clients in care without a response this year (IB-A16), survey rounds (OCO-2.21,
/// BSD-63f) and the summary per year for the contract meeting (IB-47c). The gemeente's contractmanager sees the summaries of
/// its contracted aanbieders about its own residents and the rounds shared with it — never a name.</summary>
public sealed class ErvaringService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    public DateOnly Vandaag => Amsterdam.Today(clock);

    public bool MagRegistreren => scope.IsAanbieder && scope.Rol is Rol.Kwaliteit or Rol.Administratie;
    public bool IsGemeente => !scope.IsAanbieder && scope.Rol == Rol.Contractmanager;

    public sealed record ReactieRow(Clientervaring Reactie, string Client);
    public sealed record ClientRow(Guid ClientId, string Client);
    public sealed record RondeRow(Ervaringsronde Ronde, string Contract, string Aanbieder);
    public sealed record Overzicht(int Jaar, Ervaringssamenvatting Samenvatting, List<ReactieRow> Reacties, List<ClientRow> ZonderReactie, List<RondeRow> Rondes);

    private static (DateOnly Begin, DateOnly Einde) Jaar(int jaar) => (new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31));

    private static IReadOnlyList<ValidationError> CheckJaar(int jaar) => new Validator()
        .Check(nameof(ErvaringJaarInput.Jaar), jaar is >= 2000 and <= 2100, "Jaar: vul een jaar in (bijvoorbeeld 2026).").Errors;

    /// <summary>The aanbieder's year: responses with the client's name, the clients without one (IB-47a, IB-A16) and the rounds.</summary>
    public async Task<Overzicht?> OverviewAsync(int jaar, CancellationToken ct = default)
    {
        if (!MagRegistreren || CheckJaar(jaar).Count > 0)
            return null;
        var (begin, einde) = Jaar(jaar);
        var reacties = await db.Set<Clientervaring>().Where(r => r.AanbiederId == scope.Organisatie.Id && r.Datum >= begin && r.Datum <= einde)
            .OrderByDescending(r => r.Datum).ToListAsync(ct);
        var zorg = await scope.Toewijzingen().Where(t => t.StartdatumZorg != null && t.StartdatumZorg <= einde && (t.EinddatumZorg == null || t.EinddatumZorg >= begin))
            .Select(t => new { t.ClientId, t.StartdatumZorg, t.EinddatumZorg }).ToListAsync(ct);
        var zonder = Ervaringssamenvatting.ClientenZonderReactie(jaar, zorg.Select(z => (z.ClientId, z.StartdatumZorg, z.EinddatumZorg)), reacties);
        var ids = reacties.Select(r => r.ClientId).Concat(zonder).Distinct().ToList();
        var namen = (await db.Clienten.Where(c => ids.Contains(c.Id)).ToListAsync(ct)).ToDictionary(c => c.Id, c => c.VolledigeNaam);
        var samenvatting = Ervaringssamenvatting.Create(scope.Organisatie.Naam, jaar, reacties);
        return new Overzicht(jaar, samenvatting, reacties.Select(r => new ReactieRow(r, namen.GetValueOrDefault(r.ClientId, ""))).ToList(),
            zonder.Select(c => new ClientRow(c, namen.GetValueOrDefault(c, ""))).OrderBy(c => c.Client).ToList(), await RondesAsync(jaar, ct));
    }

    /// <summary>Rounds that ended in the year: the aanbieder's own; for the gemeente those under its contracts shared with it.</summary>
    public async Task<List<RondeRow>> RondesAsync(int jaar, CancellationToken ct = default)
    {
        var (begin, einde) = Jaar(jaar);
        var contracten = scope.Contracten();
        var query = db.Set<Ervaringsronde>().Where(r => r.Tot >= begin && r.Tot <= einde && contracten.Select(c => c.Id).Contains(r.ContractId));
        if (!MagRegistreren && !IsGemeente)
            return [];
        query = IsGemeente ? query.Where(r => r.GedeeldMetGemeenteOp != null) : query.Where(r => r.AanbiederId == scope.Organisatie.Id);
        var rondes = await query.OrderByDescending(r => r.Tot).ToListAsync(ct);
        var contractNamen = await contracten.ToDictionaryAsync(c => c.Id, c => new { c.Naam, c.AanbiederId }, ct);
        var aanbieders = await db.Organisaties.Where(o => o.Soort == Domain.Organisaties.OrganisatieSoort.Aanbieder).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        return rondes.Select(r => new RondeRow(r, contractNamen[r.ContractId].Naam, aanbieders.GetValueOrDefault(r.AanbiederId, ""))).ToList();
    }

    /// <summary>The summaries of a year per aanbieder (IB-47c): the aanbieder's own; for the gemeente one per contracted aanbieder,
    /// counting only responses of its own residents. No names, postcodes or ids of clients.</summary>
    public async Task<(List<Ervaringssamenvatting> Samenvattingen, IReadOnlyList<ValidationError> Fouten)> SummariesAsync(ErvaringJaarInput invoer, CancellationToken ct = default)
    {
        if (CheckJaar(invoer.Jaar) is { Count: > 0 } fouten)
            return ([], fouten);
        if (!MagRegistreren && !IsGemeente)
            return ([], []);
        var (begin, einde) = Jaar(invoer.Jaar);
        var aanbiederIds = scope.IsAanbieder ? [scope.Organisatie.Id] : await scope.Contracten().Select(c => c.AanbiederId).Distinct().ToListAsync(ct);
        if (invoer.AanbiederId is { } gekozen)
            aanbiederIds = aanbiederIds.Where(a => a == gekozen).ToList();
        var query = db.Set<Clientervaring>().Where(r => aanbiederIds.Contains(r.AanbiederId) && r.Datum >= begin && r.Datum <= einde);
        if (!scope.IsAanbieder)
        {
            var inwoners = scope.Clienten().Select(c => c.Id);
            query = query.Where(r => inwoners.Contains(r.ClientId));
        }
        var reacties = (await query.ToListAsync(ct)).ToLookup(r => r.AanbiederId);
        var namen = await db.Organisaties.Where(o => aanbiederIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        return (aanbiederIds.Select(a => Ervaringssamenvatting.Create(namen.GetValueOrDefault(a, ""), invoer.Jaar, reacties[a])).OrderBy(s => s.Aanbieder).ToList(), []);
    }

    public async Task<List<ClientKeuze>> ClientenAsync(CancellationToken ct = default) => MagRegistreren ? await ClientKeuze.ListAsync(scope, ct) : [];

    public sealed record Keuze(Guid Id, string Omschrijving);

    public async Task<List<Keuze>> ContractenAsync(CancellationToken ct = default) =>
        MagRegistreren ? await scope.Contracten().OrderBy(c => c.Naam).Select(c => new Keuze(c.Id, c.Naam)).ToListAsync(ct) : [];

    public async Task<List<Keuze>> AanbiedersAsync(CancellationToken ct = default)
    {
        if (!IsGemeente)
            return [];
        var ids = scope.Contracten().Select(c => c.AanbiederId);
        return await db.Organisaties.Where(o => ids.Contains(o.Id)).OrderBy(o => o.Naam).Select(o => new Keuze(o.Id, o.Naam)).ToListAsync(ct);
    }

    /// <summary>A response entered by the aanbieder (IB-47a/b), with its events in one transaction.</summary>
    public async Task<SaveResult> RegisterAsync(ClientervaringInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return SaveResult.NotFound();
        if (!await scope.Clienten().AnyAsync(c => c.Id == invoer.ClientId, ct))
            return SaveResult.Invalid(nameof(ClientervaringInput.ClientId), "Cliënt: kies een cliënt van uw organisatie.");
        var reactie = invoer.ToClientervaring();
        (reactie.AanbiederId, reactie.GeregistreerdDoor, reactie.GeregistreerdOp) = (scope.Organisatie.Id, actor.Email, clock.GetUtcNow());
        if (reactie.Validate(Vandaag) is { Count: > 0 } fouten)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            db.Add(reactie);
            await ErvaringEvents.AddAsync(db, catalogus, reactie, actor.Email, ct);
            return SaveResult.Ok(reactie.Id);
        }, ct);
    }

    public sealed record LinkResult(SaveResult Result, string? Token, DateTimeOffset? VerlooptOp);

    /// <summary>A one-time link for the client (IB-47b): the token is returned once, only its hash is stored.</summary>
    public async Task<LinkResult> CreateLinkAsync(ErvaringslinkInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return new(SaveResult.NotFound(), null, null);
        if (await scope.Clienten().FirstOrDefaultAsync(c => c.Id == invoer.ClientId, ct) is not { } client)
            return new(SaveResult.Invalid(nameof(ErvaringslinkInput.ClientId), "Cliënt: kies een cliënt van uw organisatie."), null, null);
        var token = ErvaringEvents.NewToken();
        var nu = clock.GetUtcNow();
        var link = new Ervaringslink
        {
            AanbiederId = scope.Organisatie.Id, ClientId = client.Id, TokenHash = ErvaringEvents.Hash(token),
            Aanhef = $"Beste {client.Voornamen.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "cliënt"}",
            Zorgaanbieder = scope.Organisatie.Naam, AangemaaktOp = nu, AangemaaktDoor = actor.Email, VerlooptOp = nu.Add(Ervaringslink.Geldigheid),
        };
        db.Add(link);
        await db.SaveChangesAsync(ct);
        return new(SaveResult.Ok(link.Id), token, link.VerlooptOp);
    }

    /// <summary>IB-47a: registers "zorg-in-jaar" for every client in care in the year, so each has an obligation on
    /// /Verplichtingen until a response dated in that year meets it.</summary>
    public async Task<SaveResult> RegisterZorgInJaarAsync(ErvaringJaarInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return SaveResult.NotFound();
        if (CheckJaar(invoer.Jaar) is { Count: > 0 } fouten)
            return SaveResult.Invalid(fouten);
        if (invoer.Jaar > Vandaag.Year)
            return SaveResult.Invalid(nameof(ErvaringJaarInput.Jaar), "Jaar: een jaar dat nog niet is begonnen kan niet worden vastgelegd.");
        return await unitOfWork.ExecuteAsync(async () =>
        {
            await ErvaringEvents.AddZorgInJaarAsync(db, catalogus, scope.Organisatie.Id, invoer.Jaar, actor.Email, ct);
            return SaveResult.Ok(scope.Organisatie.Id);
        }, ct);
    }

    /// <summary>A survey round (OCO-2.21, BSD-63f), with the events its contract knows.</summary>
    public async Task<SaveResult> RegisterRondeAsync(ErvaringsrondeInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return SaveResult.NotFound();
        if (await scope.Contracten().FirstOrDefaultAsync(c => c.Id == invoer.ContractId, ct) is not { } contract)
            return SaveResult.Invalid(nameof(ErvaringsrondeInput.ContractId), "Contract: kies een contract van uw organisatie.");
        var ronde = new Ervaringsronde
        {
            AanbiederId = scope.Organisatie.Id, ContractId = contract.Id, Doelgroep = invoer.Doelgroep, Van = invoer.Van, Tot = invoer.Tot,
            Methode = invoer.Methode.Trim(), Respondenten = invoer.Respondenten, Resultaten = invoer.Resultaten.Trim(),
            Verbetermaatregelen = string.IsNullOrWhiteSpace(invoer.Verbetermaatregelen) ? null : invoer.Verbetermaatregelen.Trim(),
            GedeeldMetGemeenteOp = invoer.GedeeldMetGemeenteOp, GeregistreerdDoor = actor.Email, GeregistreerdOp = clock.GetUtcNow(),
        };
        if (ronde.Validate(Vandaag) is { Count: > 0 } fouten)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(() =>
        {
            db.Add(ronde);
            AddEvents(contract, ronde, ronde.Gebeurtenissen());
            return Task.FromResult(SaveResult.Ok(ronde.Id));
        }, ct);
    }

    /// <summary>Shares a round's results with the gemeente afterwards (OCO-2.21).</summary>
    public async Task<SaveResult> ShareAsync(Guid id, DelenInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren || await db.Set<Ervaringsronde>().FirstOrDefaultAsync(r => r.Id == id && r.AanbiederId == scope.Organisatie.Id, ct) is not { } ronde)
            return SaveResult.NotFound();
        if (ronde.Share(invoer.Datum, Vandaag) is { Count: > 0 } fouten)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(fouten.Select(f => f with { Field = nameof(DelenInput.Datum) }).ToList());
        }
        var contract = await db.Contracten.FirstAsync(c => c.Id == ronde.ContractId, ct);
        return await unitOfWork.ExecuteAsync(() =>
        {
            AddEvents(contract, ronde, ronde.Gebeurtenissen().Where(g => g.Soort == ErvaringGebeurtenis.Tevredenheidsonderzoek));
            return Task.FromResult(SaveResult.Ok(ronde.Id));
        }, ct);
    }

    /// <summary>Organisation-wide events of a round, only those the contract's profile knows.</summary>
    private void AddEvents(Contract contract, Ervaringsronde ronde, IEnumerable<(string Soort, DateOnly Datum)> gebeurtenissen)
    {
        if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is { } profiel)
            ErvaringEvents.AddRonde(db, profiel, contract, ronde, gebeurtenissen, actor.Email);
    }

    /// <summary>The audit row of a summary export (IB-47c).</summary>
    public Task AuditExportAsync(int jaar, CancellationToken ct) => db.AuditExportAsync("Ervaringsonderzoek", $"samenvatting {jaar}", ct);
}
