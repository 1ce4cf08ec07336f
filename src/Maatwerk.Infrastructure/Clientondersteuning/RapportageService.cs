using System.Text.Json;
using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Klachten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>The periodic report OCO-4.7 (a)–(q): the provider's coordinator (administratie) computes it for a period and
/// gemeente from the registrations and submits it, which registers <c>periodieke-rapportage</c> (OCO-4.7-h1/h2); the
/// gemeente's contractmanager reads the submitted reports of its own gemeente — figures only, no resident's details.</summary>
public sealed class RapportageService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    public sealed record Concept(string Gemeente, DateOnly Van, DateOnly Tot, IReadOnlyList<Cijfer> Cijfers);

    /// <summary>A figure as stored with a submitted report: the count of records, never the records themselves.</summary>
    public sealed record IngediendCijfer(string Onderdeel, string Omschrijving, string Waarde, int Records);

    public sealed record Ingediend(IngediendeRapportage Rapportage, string Gemeente, string Aanbieder, IReadOnlyList<IngediendCijfer> Cijfers);

    public bool MagOpstellen => scope.IsAanbieder && scope.Rol == Rol.Administratie;
    public bool MagLezen => MagOpstellen || (!scope.IsAanbieder && scope.Rol == Rol.Contractmanager);
    public DateOnly Vandaag => Amsterdam.Today(clock);

    /// <summary>The last full calendar half-year before today (OCO-A8).</summary>
    public (DateOnly Van, DateOnly Tot) StandaardPeriode => Rapportage.HalfJaar(Rapportage.HalfJaar(Vandaag).Van.AddDays(-1));

    public async Task<List<Domain.Organisaties.Organisatie>> GemeentenAsync(CancellationToken ct = default) =>
        MagOpstellen ? await OcoScope.GemeentenAsync(db, await scope.OcoContracten().ToListAsync(ct), ct) : [];

    /// <summary>The figures for a period and gemeente, or the field messages.</summary>
    public async Task<(Concept? Concept, IReadOnlyList<ValidationError> Errors)> CalculateAsync(RapportageInput invoer, CancellationToken ct = default)
    {
        if (!MagOpstellen)
            return (null, [new ValidationError("", "Alleen de coördinator van de aanbieder stelt de rapportage op.")]);
        var fouten = Rapportage.ValidatePeriode(invoer.Van, invoer.Tot).ToList();
        var gemeente = (await GemeentenAsync(ct)).FirstOrDefault(g => g.Id == invoer.GemeenteId);
        if (gemeente is null)
            fouten.Add(new(nameof(RapportageInput.GemeenteId), "Kies een gemeente van uw contract voor cliëntondersteuning."));
        if (invoer.Trends is { Length: > 4000 })
            fouten.Add(new(nameof(RapportageInput.Trends), "Trends en ontwikkelingen mag hoogstens 4000 tekens lang zijn."));
        if (fouten.Count > 0)
            return (null, fouten);
        var meldingen = await scope.Meldingen(db).Where(m => m.GemeenteId == gemeente!.Id).ToListAsync(ct);
        var ids = meldingen.Select(m => m.Id).ToList();
        var gegevens = new RapportageGegevens(meldingen,
            await db.Set<Contactmoment>().Where(c => ids.Contains(c.MeldingId)).ToListAsync(ct),
            await db.Set<Traject>().Where(t => ids.Contains(t.MeldingId)).ToListAsync(ct),
            await db.Set<Verwijzing>().Where(v => ids.Contains(v.MeldingId)).ToListAsync(ct),
            await KlachtenAsync(gemeente!, ids, ct));
        return (new Concept(gemeente!.Naam, invoer.Van, invoer.Tot, Rapportage.Calculate(gegevens, invoer.Van, invoer.Tot, OcoScope.Day, invoer.Trends)), []);
    }

    /// <summary>(j)–(l) from the complaints register: the provider's complaints under its OCO contracts that are linked to a
    /// melding of this gemeente, or not linked but under a contract of this gemeente itself (not of its regio, whose
    /// complaints cannot be placed in one member gemeente without a melding). Resolved = settled by the provider itself: on
    /// the spot or without putting it to the gemeente.</summary>
    private async Task<List<OcoKlacht>> KlachtenAsync(Domain.Organisaties.Organisatie gemeente, List<Guid> meldingen, CancellationToken ct)
    {
        var org = scope.Organisatie.Id;
        var contracten = scope.OcoContracten().Select(c => c.Id);
        var links = db.Set<MeldingKlacht>();
        var rijen = await (from k in db.Set<Klacht>().Where(k => k.AanbiederId == org && contracten.Contains(k.ContractId))
                           join l in links on k.Id equals l.KlachtId into gekoppeld
                           from l in gekoppeld.DefaultIfEmpty()
                           where (l != null && meldingen.Contains(l.MeldingId)) || (l == null && k.OpdrachtgeverId == gemeente.Id)
                           select new { k.Id, MeldingId = l == null ? (Guid?)null : l.MeldingId, k.Ontvangen, k.AfgehandeldOp, k.DirectOpgelost, k.GeescaleerdOp })
            .ToListAsync(ct);
        return rijen.Select(k => new OcoKlacht(k.Id, k.MeldingId, OcoScope.Day(k.Ontvangen), k.AfgehandeldOp is { } a ? OcoScope.Day(a) : null,
            k.AfgehandeldOp is not null && (k.DirectOpgelost || k.GeescaleerdOp is null))).ToList();
    }

    /// <summary>Stores the report as submitted to the gemeente and registers <c>periodieke-rapportage</c> under the contract.</summary>
    public async Task<SaveResult> SubmitAsync(RapportageInput invoer, CancellationToken ct = default)
    {
        if (!MagOpstellen)
            return SaveResult.NotFound();
        var (concept, fouten) = await CalculateAsync(invoer, ct);
        if (concept is null)
            return SaveResult.Invalid(fouten);
        var gemeente = await db.Organisaties.FirstAsync(o => o.Id == invoer.GemeenteId, ct);
        var contract = (await scope.OcoContracten().ToListAsync(ct))
            .First(c => c.OpdrachtgeverId == gemeente.Id || c.OpdrachtgeverId == gemeente.RegioId);
        var nu = clock.GetUtcNow();
        var rapportage = new IngediendeRapportage
        {
            ContractId = contract.Id, AanbiederId = scope.Organisatie.Id, GemeenteId = gemeente.Id, Van = invoer.Van, Tot = invoer.Tot,
            Trends = string.IsNullOrWhiteSpace(invoer.Trends) ? null : invoer.Trends.Trim(),
            Cijfers = JsonSerializer.Serialize(concept.Cijfers.Select(c => new IngediendCijfer(c.Onderdeel, c.Omschrijving, c.Waarde, c.Meldingen.Count))),
            IngediendOp = nu, IngediendDoor = actor.Email,
        };
        return await unitOfWork.ExecuteAsync(() =>
        {
            db.Add(rapportage);
            var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie);
            if (profiel is not null && profiel.KnowsGebeurtenis(IngediendeRapportage.Gebeurtenis) && !profiel.Ignores(IngediendeRapportage.Gebeurtenis))
                db.Gebeurtenissen.Add(new ContractGebeurtenis
                {
                    ContractId = contract.Id, Soort = IngediendeRapportage.Gebeurtenis, Moment = nu, GeregistreerdDoor = actor.Email,
                    Toelichting = $"Rapportage OCO-4.7 {gemeente.Naam} {invoer.Van:dd-MM-yyyy} t/m {invoer.Tot:dd-MM-yyyy}",
                });
            return Task.FromResult(SaveResult.Ok(rapportage.Id));
        }, ct);
    }

    private IQueryable<IngediendeRapportage> InView() => scope.InView<IngediendeRapportage>(db, MagLezen);

    public async Task<List<Ingediend>> ListAsync(CancellationToken ct = default) =>
        await Project(await InView().OrderByDescending(r => r.Van).ThenByDescending(r => r.IngediendOp).Take(200).ToListAsync(ct), ct);

    public async Task<Ingediend?> GetAsync(Guid id, CancellationToken ct = default) =>
        (await Project(await InView().Where(r => r.Id == id).ToListAsync(ct), ct)).FirstOrDefault();

    private async Task<List<Ingediend>> Project(List<IngediendeRapportage> lijst, CancellationToken ct)
    {
        var orgIds = lijst.Select(r => r.GemeenteId).Concat(lijst.Select(r => r.AanbiederId)).Distinct().ToList();
        var namen = await db.Organisaties.Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        return lijst.Select(r => new Ingediend(r, namen.GetValueOrDefault(r.GemeenteId, ""), namen.GetValueOrDefault(r.AanbiederId, ""),
            JsonSerializer.Deserialize<List<IngediendCijfer>>(r.Cijfers) ?? [])).ToList();
    }
}
