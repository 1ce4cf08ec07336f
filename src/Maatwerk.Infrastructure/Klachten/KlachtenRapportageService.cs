using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Klachten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Klachten;

/// <summary>The generated complaints overviews of the aanbieder: the quarterly overview per gemeente (OCO-2.22b) and the
/// annual report (DEV-Eis16-AR), as a page and a PDF; handing one in registers the event that meets the contract's
/// obligation (klachtenoverzicht-ingediend about the quarter, klachtenrapportage-verstrekt for MR-51b).</summary>
public sealed class KlachtenRapportageService(MaatwerkDbContext db, DataScope scope, KlachtService klachten, ContractProfileCatalog catalogus,
    ICurrentActor actor, UnitOfWork unitOfWork, TimeProvider clock)
{
    public const string KwartaalIngediend = "klachtenoverzicht-ingediend";
    public const string JaarVerstrekt = "klachtenrapportage-verstrekt";

    public sealed record Rapport(KlachtenRapportage Rapportage, Contract Contract, string Aanbieder, bool IsKwartaal, string? Indienen, string? Bron);

    public async Task<List<KlachtService.Keuze>> ContractenAsync(CancellationToken ct = default) => await klachten.ContractenAsync(ct);

    public async Task<(Rapport? Rapport, IReadOnlyList<ValidationError> Fouten)> CreateAsync(KlachtenRapportageInput invoer, CancellationToken ct = default)
    {
        if (!klachten.MagRegistreren || await scope.Contracten().FirstOrDefaultAsync(c => c.Id == invoer.ContractId, ct) is not { } contract)
            return (null, [new ValidationError(nameof(KlachtenRapportageInput.ContractId), "Kies een contract van uw organisatie.")]);
        var v = new Validator()
            .Check(nameof(KlachtenRapportageInput.Jaar), invoer.Jaar is >= 2000 and <= 2100, "Vul een jaar in (bijvoorbeeld 2026).")
            .Check(nameof(KlachtenRapportageInput.Kwartaal), invoer.Kwartaal is null or >= 1 and <= 4, "Kies kwartaal 1 tot en met 4, of geen kwartaal voor de jaarrapportage.");
        if (!v.IsValid)
            return (null, v.Errors);
        var isKwartaal = invoer.Kwartaal is not null;
        var periode = isKwartaal
            ? Periode.Containing(Periode.Kwartaal, new DateOnly(invoer.Jaar, (invoer.Kwartaal!.Value - 1) * 3 + 1, 1))
            : Periode.Containing(Periode.Jaar, new DateOnly(invoer.Jaar, 1, 1));
        var eind = Amsterdam.StartOf(periode.Einde.AddDays(1));
        var lijst = await db.Set<Klacht>().Where(k => k.ContractId == contract.Id && k.AanbiederId == scope.Organisatie.Id && k.Ontvangen < eind)
            .ToListAsync(ct);
        var clientIds = lijst.Where(k => k.ClientId is not null).Select(k => k.ClientId!.Value).Distinct().ToList();
        var clienten = await db.Clienten.Where(c => clientIds.Contains(c.Id)).Select(c => new { c.Id, c.VolledigeNaam, c.GemeenteId }).ToDictionaryAsync(c => c.Id, ct);
        var gemeenteIds = clienten.Values.Select(c => c.GemeenteId).Append(contract.OpdrachtgeverId).Distinct().ToList();
        var gemeenten = await db.Organisaties.Where(o => gemeenteIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        var rapportage = KlachtenRapportage.Create(periode, lijst.Select(k =>
        {
            var client = k.ClientId is { } id && clienten.TryGetValue(id, out var c) ? c : null;
            return (k, gemeenten.GetValueOrDefault(client?.GemeenteId ?? contract.OpdrachtgeverId, ""), client?.VolledigeNaam);
        }), m => DateOnly.FromDateTime(Amsterdam.Local(m)));
        var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie);
        var indienen = isKwartaal ? KwartaalIngediend : JaarVerstrekt;
        var regel = profiel?.Regels.FirstOrDefault(r => r.VoldaanDoor.Contains(indienen));
        var aanbieder = await db.Organisaties.Where(o => o.Id == contract.AanbiederId).Select(o => o.Naam).FirstAsync(ct);
        await db.AuditExportAsync("Klachtenrapportage", $"{contract.Naam}, {periode.Name}", ct);
        return (new Rapport(rapportage, contract, aanbieder, isKwartaal, profiel?.KnowsGebeurtenis(indienen) == true ? indienen : null, regel?.Bron), []);
    }

    /// <summary>Hands the overview in: registers the event the contract's rule waits for (OCO-2.22b about the quarter;
    /// MR-51b for the annual report), in one transaction with the re-evaluation of that obligation.</summary>
    public async Task<SaveResult> SubmitAsync(KlachtenRapportageInput invoer, CancellationToken ct = default)
    {
        if (!klachten.MagRegistreren)
            return SaveResult.NotFound();
        var (rapport, fouten) = await CreateAsync(invoer, ct);
        if (rapport is null)
            return SaveResult.Invalid(fouten);
        if (rapport.Indienen is not { } soort)
            return SaveResult.Invalid(nameof(KlachtenRapportageInput.ContractId), $"Het contract {rapport.Contract.Naam} vraagt deze rapportage niet op (geen termijnregel in het contractprofiel).");
        var periode = rapport.Rapportage.Periode;
        if (rapport.IsKwartaal && periode.Einde >= Amsterdam.Today(clock))
            return SaveResult.Invalid(nameof(KlachtenRapportageInput.Kwartaal), $"Het {periode.Name} is nog niet voorbij; dien het overzicht in na afloop (OCO-2.22b).");
        return await unitOfWork.ExecuteAsync(() =>
        {
            var gebeurtenis = new ContractGebeurtenis
            {
                ContractId = rapport.Contract.Id, Soort = soort, Moment = clock.GetUtcNow(), GeregistreerdDoor = actor.Email,
                Toelichting = $"Klachten{(rapport.IsKwartaal ? "overzicht" : "rapportage")} {periode.Name}: {rapport.Rapportage.Ontvangen} ontvangen",
            };
            if (rapport.IsKwartaal)
                (gebeurtenis.OnderwerpSoort, gebeurtenis.OnderwerpId) = (Periode.OnderwerpSoort, periode.SubjectId(rapport.Contract.Id));
            db.Gebeurtenissen.Add(gebeurtenis);
            return Task.FromResult(SaveResult.Ok(gebeurtenis.Id));
        }, ct);
    }
}
