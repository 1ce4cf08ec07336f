using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>The stored OCO invoice (OCO-6.1a/c): the coordinator (administratie) stores the specification of a gemeente and
/// period as an invoice and submits it, which registers <c>factuur-ingediend</c> for each melding on it (meets OCO-6.1c);
/// the gemeente's contractmanager reads the submitted invoices of its own gemeenten — melding numbers, never names.</summary>
public sealed class OcoFactuurService(MaatwerkDbContext db, DataScope scope, FactuurService specificaties, ContractProfileCatalog catalogus,
    ICurrentActor actor, UnitOfWork unitOfWork, TimeProvider clock)
{
    public sealed record Row(OcoFactuur Factuur, string Gemeente, string Aanbieder);

    public bool MagOpstellen => specificaties.MagOpstellen;
    public bool MagLezen => MagOpstellen || (!scope.IsAanbieder && scope.Rol == Rol.Contractmanager);

    /// <summary>Stores the specification as an invoice (status opgesteld), or the field messages; nothing saved then.</summary>
    public async Task<SaveResult> StoreAsync(FactuurInput invoer, CancellationToken ct = default)
    {
        if (!MagOpstellen)
            return SaveResult.NotFound();
        var (specificatie, fouten) = await specificaties.BuildAsync(invoer, ct);
        if (specificatie is null)
            return SaveResult.Invalid(fouten);
        var org = scope.Organisatie.Id;
        var gemeente = await db.Organisaties.FirstAsync(o => o.Id == invoer.GemeenteId, ct);
        var contract = (await scope.OcoContracten().ToListAsync(ct)).First(c => c.OpdrachtgeverId == gemeente.Id || c.OpdrachtgeverId == gemeente.RegioId);
        var bestaande = await db.Set<OcoFactuur>().Where(f => f.AanbiederId == org && f.GemeenteId == gemeente.Id)
            .Select(f => new Factuuropslag.Bestaand(f.Nummer, f.Van, f.Tot)).ToListAsync(ct);
        var regelContacten = specificatie.Factuur.Regels.SelectMany(r => r.Contacten).ToList();
        var meldingen = scope.Meldingen(db).Where(m => m.GemeenteId == gemeente.Id).Select(m => m.Id);
        var geregistreerd = (await db.Set<Contactmoment>().Where(c => regelContacten.Contains(c.Id) && meldingen.Contains(c.MeldingId))
            .Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var nu = clock.GetUtcNow();
        var nummers = await db.Set<OcoFactuur>().Where(f => f.AanbiederId == org).Select(f => f.Nummer).ToListAsync(ct);
        var (factuur, weigering) = Factuuropslag.Maak(specificatie.Factuur, bestaande, geregistreerd, () => new OcoFactuur
        {
            Nummer = OcoFactuur.NextNummer(Amsterdam.Today(clock).Year, nummers), ContractId = contract.Id, AanbiederId = org, GemeenteId = gemeente.Id,
            Status = OcoFactuurStatus.Opgesteld, OpgesteldOp = nu, OpgesteldDoor = actor.Email,
        });
        if (factuur is null)
            return SaveResult.Invalid(weigering);
        return await unitOfWork.ExecuteAsync(() =>
        {
            db.Add(factuur);
            return Task.FromResult(SaveResult.Ok(factuur.Id));
        }, ct);
    }

    /// <summary>Opgesteld → ingediend from the version the user saw (another version: 409, nothing changed); registers
    /// <c>factuur-ingediend</c> about each melding on the invoice, so OCO-6.1c (levering + 1 jaar) is met.</summary>
    public async Task<SaveResult> SubmitAsync(Guid id, Guid? versie, CancellationToken ct = default)
    {
        if (!MagOpstellen)
            return SaveResult.NotFound();
        return await unitOfWork.ExecuteAsync(async () =>
        {
            if (await InView().Include(f => f.Regels).FirstOrDefaultAsync(f => f.Id == id, ct) is not { } factuur)
                return SaveResult.NotFound();
            if (OcoScope.IsStale(factuur, versie))
                return SaveResult.Conflict();
            var nu = clock.GetUtcNow();
            var fouten = factuur.Indienen(nu, actor.Email);
            if (fouten.Count > 0)
                return SaveResult.Invalid(fouten);
            var contract = await db.Contracten.FirstAsync(c => c.Id == factuur.ContractId, ct);
            var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie);
            if (profiel is not null && profiel.KnowsGebeurtenis(OcoFactuur.Ingediend) && !profiel.Ignores(OcoFactuur.Ingediend))
                foreach (var melding in factuur.Regels.Select(r => r.MeldingId).Distinct())
                    db.Gebeurtenissen.Add(new ContractGebeurtenis
                    {
                        ContractId = contract.Id, GemeenteId = factuur.GemeenteId, OnderwerpSoort = Melding.Onderwerp, OnderwerpId = melding,
                        Soort = OcoFactuur.Ingediend, Moment = nu, GeregistreerdDoor = actor.Email,
                        Toelichting = $"Factuur {factuur.Nummer} {factuur.Van:dd-MM-yyyy} t/m {factuur.Tot:dd-MM-yyyy}",
                    });
            return SaveResult.Ok(factuur.Id);
        }, ct);
    }

    /// <summary>Removes a draft from the version the user saw (another version: 409); a submitted invoice is refused
    /// (<see cref="OcoFactuur.ValidateRemove"/>), nothing removed.</summary>
    public async Task<SaveResult> RemoveAsync(Guid id, Guid? versie, CancellationToken ct = default)
    {
        if (!MagOpstellen)
            return SaveResult.NotFound();
        return await unitOfWork.ExecuteAsync(async () =>
        {
            if (await InView().Include(f => f.Regels).ThenInclude(r => r.Contacten).FirstOrDefaultAsync(f => f.Id == id, ct) is not { } factuur)
                return SaveResult.NotFound();
            if (versie is { } v && v != factuur.Versie)
                return SaveResult.Conflict();
            var fouten = factuur.ValidateRemove();
            if (fouten.Count > 0)
                return SaveResult.Invalid(fouten);
            db.Remove(factuur);
            return SaveResult.Ok(factuur.Id);
        }, ct);
    }

    /// <summary>The provider's coordinator sees its own invoices; the gemeente's contractmanager only the submitted ones.</summary>
    private IQueryable<OcoFactuur> InView()
    {
        var zichtbaar = scope.InView<OcoFactuur>(db, MagLezen);
        return scope.IsAanbieder ? zichtbaar : zichtbaar.Where(f => f.Status == OcoFactuurStatus.Ingediend);
    }

    public async Task<List<Row>> ListAsync(CancellationToken ct = default) =>
        await Project(await InView().Include(f => f.Regels).OrderByDescending(f => f.Van).ThenByDescending(f => f.OpgesteldOp).Take(200).ToListAsync(ct), ct);

    public async Task<Row?> GetAsync(Guid id, CancellationToken ct = default) =>
        (await Project(await InView().Include(f => f.Regels).ThenInclude(r => r.Contacten).Where(f => f.Id == id).ToListAsync(ct), ct)).FirstOrDefault();

    private async Task<List<Row>> Project(List<OcoFactuur> lijst, CancellationToken ct)
    {
        var orgIds = lijst.Select(f => f.GemeenteId).Concat(lijst.Select(f => f.AanbiederId)).Distinct().ToList();
        var namen = await db.Organisaties.Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        foreach (var f in lijst)
            f.Regels = f.Regels.OrderBy(r => r.EersteLevering).ThenBy(r => r.Soort).ToList();
        return lijst.Select(f => new Row(f, namen.GetValueOrDefault(f.GemeenteId, ""), namen.GetValueOrDefault(f.AanbiederId, ""))).ToList();
    }
}
