using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Verzoeken;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Toewijzingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verzoeken;

/// <summary>Verzoeken om toewijzing: the aanbieder asks (WMO315), the gemeente grants with a toewijzing (WMO301 with
/// the aanbieder's reference) or answers with an antwoordbericht (WMO319: refused with a WJ759 reason, or in onderzoek).</summary>
public sealed class VerzoekService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, BerichtenService berichten, Contracten.ProductcodeService productcodes,
    ZorgketenService keten, UnitOfWork unitOfWork, TimeProvider clock)
{
    private DateOnly Vandaag => Amsterdam.Today(clock);

    public bool MagIndienen => scope.IsAanbieder && scope.Rol is Rol.Administratie or Rol.Begeleider;
    public bool MagBeantwoorden => !scope.IsAanbieder && scope.Rol == Rol.Consulent;

    private IQueryable<Verzoek> InView()
    {
        if (scope.IsAanbieder)
        {
            var contracten = scope.Contracten().Select(c => c.Id);
            return db.Verzoeken.Where(v => contracten.Contains(v.ContractId));
        }
        var gemeenten = scope.GemeenteIds;
        return db.Verzoeken.Where(v => gemeenten.Contains(v.GemeenteId));
    }

    /// <summary>The filter as the list page and API name it: status.</summary>
    public sealed record Filter(VerzoekStatus? Status = null)
    {
        public static Filter Read(QueryReader q) => new(q.Enum<VerzoekStatus>("status"));
    }

    /// <summary>The default puts the verzoeken still waiting for an answer (ingediend, in onderzoek) first, newest first.</summary>
    public static readonly Sorting<Verzoek> Sorteringen = new Sorting<Verzoek>()
        .Add("urgentie", "onbeantwoord eerst, dan de nieuwste", q => q
            .OrderBy(v => v.Status == VerzoekStatus.Ingediend || v.Status == VerzoekStatus.InOnderzoek ? 0 : 1)
            .ThenByDescending(v => v.Ingediend).ThenBy(v => v.Achternaam).ThenBy(v => v.Id))
        .Add("nieuwste", "nieuwste eerst", q => q.OrderByDescending(v => v.Ingediend).ThenBy(v => v.Achternaam).ThenBy(v => v.Id))
        .Add("naam", "achternaam", q => q.OrderBy(v => v.Achternaam).ThenBy(v => v.Voornamen).ThenBy(v => v.Id));

    public static readonly CsvExport<Verzoek> Csv = new CsvExport<Verzoek>()
        .Column("Ingediend", v => v.Ingediend)
        .Column("Bericht", v => v.Soort)
        .Column("Achternaam", v => v.Achternaam)
        .Column("Tussenvoegsel", v => v.Tussenvoegsel)
        .Column("Voornamen", v => v.Voornamen)
        .Column("BSN", v => v.Bsn)
        .Column("Geboortedatum", v => v.Geboortedatum)
        .Column("Product", v => v.Productcode)
        .Column("Ingangsdatum", v => v.Ingangsdatum)
        .Column("Einddatum", v => v.Einddatum)
        .Column("Referentie", v => v.ReferentieAanbieder)
        .Column("Status", v => v.Status switch
        {
            VerzoekStatus.Ingediend => "Ingediend", VerzoekStatus.InOnderzoek => "In onderzoek", VerzoekStatus.Afgewezen => "Afgewezen", _ => "Toegewezen",
        });

    /// <summary>One page of the verzoeken in view: search by BSN (exact), name (part) or the aanbieder's reference.</summary>
    public Task<ListPage<Verzoek>> PageAsync(Filter filter, ListQuery query, CancellationToken ct = default) =>
        Filtered(filter, query.Zoek).ToPageAsync(query, q => Sorteringen.Apply(q, query.Sortering), q => q, ct);

    /// <summary>The whole filtered list for a CSV export, after an audit line (names and BSNs).</summary>
    public async Task<IAsyncEnumerable<Verzoek>> ExportAsync(Filter filter, ListQuery query, CancellationToken ct = default)
    {
        await db.AuditExportAsync("Verzoeken", query.Beschrijf(("status", filter.Status)), ct);
        return Filtered(filter, query.Zoek).Stream(q => Sorteringen.Apply(q, query.Sortering), q => q.AsNoTracking());
    }

    private IQueryable<Verzoek> Filtered(Filter filter, string? zoek)
    {
        var query = InView();
        if (filter.Status is { } status)
            query = query.Where(v => v.Status == status);
        if (string.IsNullOrWhiteSpace(zoek))
            return query;
        if (ListQueries.AlsBsn(zoek) is { } bsn)
            return query.Where(v => v.Bsn == bsn);
        var z = zoek.Trim().ToLowerInvariant();
        var referentie = zoek.Trim();
        return query.Where(v => v.ReferentieAanbieder == referentie || v.Achternaam.ToLower().Contains(z) || v.Voornamen.ToLower().Contains(z)
            || (v.Voornamen + " " + v.Achternaam).ToLower().Contains(z));
    }

    public async Task<Verzoek?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var verzoek = await InView().FirstOrDefaultAsync(v => v.Id == id, ct);
        if (verzoek is not null)
        {
            db.LogRead(nameof(Verzoek), id);
            await db.SaveChangesAsync(ct);
        }
        return verzoek;
    }

    /// <summary>Gemeenten a verzoek under this contract can go to: the opdrachtgever, or the members of its regio.</summary>
    public async Task<List<Organisatie>> GemeentenForAsync(Guid contractId, CancellationToken ct = default)
    {
        var contract = await scope.Contracten().FirstOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null)
            return [];
        return await db.Organisaties.Where(o => o.Soort == OrganisatieSoort.Gemeente && (o.Id == contract.OpdrachtgeverId || o.RegioId == contract.OpdrachtgeverId))
            .OrderBy(o => o.Naam).ToListAsync(ct);
    }

    public async Task<SaveResult> SubmitAsync(VerzoekInput invoer, CancellationToken ct = default)
    {
        if (!MagIndienen)
            return SaveResult.NotFound();
        var contract = await scope.Contracten().FirstOrDefaultAsync(c => c.Id == invoer.ContractId, ct);
        if (contract is null)
            return SaveResult.Invalid(nameof(Verzoek.ContractId), "Kies een contract van uw organisatie.");
        // Only what the aanbieder may choose is taken from the input; the rest is set here (no over-posting).
        var verzoek = invoer.NewVerzoek(Vandaag, "VZ" + BerichtenService.NewIdentificatie()[..10]);
        var errors = verzoek.Validate(Vandaag).ToList();
        var gemeente = (await GemeentenForAsync(contract.Id, ct)).FirstOrDefault(g => g.Id == verzoek.GemeenteId);
        if (gemeente is null)
            errors.Add(new(nameof(Verzoek.GemeenteId), "Kies de gemeente van de cliënt; zij moet onder dit contract vallen."));
        var product = catalogus.Find(contract.ProfielId, contract.ProfielVersie)?.FindProduct(verzoek.Productcode);
        if (product is null)
            errors.Add(new(nameof(Verzoek.Productcode), $"Product '{verzoek.Productcode}' staat niet in uw contract (profiel {contract.ProfielId})."));
        if (product?.VasteOmvang is { } vast && verzoek.Volume is null)
            (verzoek.Volume, verzoek.Eenheid, verzoek.Frequentie) = (vast.Volume, verzoek.Eenheid ?? product.IWmoEenheid, verzoek.Frequentie ?? vast.Frequentie);
        var iwmoCode = product is null ? null : await productcodes.IWmoCodeAsync(contract.Id, product.Code, ct);
        if (iwmoCode is not null && (verzoek.Volume is null || verzoek.Eenheid is null || verzoek.Frequentie is null))
            errors.Add(new(nameof(Verzoek.Volume), $"Bij een verzoek om product met iWmo-productcode {iwmoCode} is de omvang verplicht: volume, eenheid en frequentie (iWmo CD041)."));
        if (errors.Count > 0)
            return SaveResult.Invalid(errors);

        if (Bsn(verzoek.Bsn) is { } bsn)
            verzoek.Bsn = bsn;
        var aanbieder = scope.Organisatie;
        var partijen = new BerichtBuilder.Parties(aanbieder.AgbCode!, gemeente!.Gemeentecode!, BerichtenService.NewIdentificatie(), Vandaag);
        berichten.Send(BerichtBuilder.VerzoekOmToewijzing315(partijen, verzoek, product!.Productcategorie ?? "02", iwmoCode), aanbieder, gemeente, null, null);
        db.Verzoeken.Add(verzoek);
        await db.SaveChangesAsync(ct);
        return SaveResult.Ok(verzoek.Id);
    }

    /// <summary>Verzoek om wijziging (WMO317) of one of the aanbieder's toewijzingen: a new end date and/or volume.</summary>
    public async Task<SaveResult> RequestWijzigingAsync(Guid toewijzingId, WijzigingsverzoekInput invoer, CancellationToken ct = default)
    {
        if (!MagIndienen || await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct) is not { } toewijzing)
            return SaveResult.NotFound();
        var client = await db.Clienten.FirstAsync(c => c.Id == toewijzing.ClientId, ct);
        var verzoek = new Verzoek
        {
            Soort = "WMO317", TeWijzigenToewijzingId = toewijzing.Id, RedenVerzoek = invoer.RedenVerzoek, ContractId = toewijzing.ContractId,
            GemeenteId = client.GemeenteId, Bsn = client.Bsn, Voornamen = client.Voornamen, Tussenvoegsel = client.Tussenvoegsel,
            Achternaam = client.Achternaam, Geboortedatum = client.Geboortedatum, Productcode = toewijzing.Productcode ?? toewijzing.Productcategorie,
            Ingangsdatum = invoer.Ingangsdatum ?? Vandaag, Einddatum = invoer.Einddatum, Volume = invoer.Volume,
            Eenheid = toewijzing.Eenheid, Frequentie = toewijzing.Frequentie, VerwijzerType = "01", Commentaar = string.IsNullOrWhiteSpace(invoer.Commentaar) ? null : invoer.Commentaar.Trim(),
            Ingediend = Vandaag, ReferentieAanbieder = "VW" + BerichtenService.NewIdentificatie()[..10],
        };
        var errors = verzoek.ValidateWijziging(toewijzing, Vandaag);
        if (errors.Count > 0)
            return SaveResult.Invalid(errors);
        var gemeente = await db.Organisaties.FirstAsync(o => o.Id == client.GemeenteId, ct);
        var partijen = new BerichtBuilder.Parties(scope.Organisatie.AgbCode!, gemeente.Gemeentecode!, BerichtenService.NewIdentificatie(), Vandaag);
        berichten.Send(BerichtBuilder.VerzoekOmWijziging317(partijen, verzoek, toewijzing), scope.Organisatie, gemeente, toewijzing.Id, client.Id);
        db.Verzoeken.Add(verzoek);
        await db.SaveChangesAsync(ct);
        return SaveResult.Ok(verzoek.Id);
    }

    /// <summary>Refuse (WJ759 reason) or mark "in onderzoek": answered with a WMO319.</summary>
    public async Task<SaveResult> AnswerAsync(Guid id, bool inOnderzoek, string? reden, CancellationToken ct = default)
    {
        if (!MagBeantwoorden || await InView().FirstOrDefaultAsync(v => v.Id == id, ct) is not { } verzoek)
            return SaveResult.NotFound();
        var errors = verzoek.Answer(inOnderzoek, reden);
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(errors);
        }
        await SendAntwoordAsync(verzoek, inOnderzoek, ct);
        await db.SaveChangesAsync(ct);
        return SaveResult.Ok(verzoek.Id);
    }

    /// <summary>Grant: a toewijzing for the client (who must be registered at the gemeente) with the aanbieder's reference.
    /// Granting is a decision, so the beschikking it carries out is recorded with it; a verzoek om wijziging changes the
    /// toewijzing instead. All in one transaction.</summary>
    public async Task<SaveResult> GrantAsync(Guid id, DateOnly? einddatum, CancellationToken ct = default)
    {
        if (!MagBeantwoorden || await InView().FirstOrDefaultAsync(v => v.Id == id, ct) is not { } verzoek)
            return SaveResult.NotFound();
        if (verzoek.Status is not (VerzoekStatus.Ingediend or VerzoekStatus.InOnderzoek))
            return SaveResult.Invalid("Status", "Dit verzoek is al afgehandeld.");
        return await unitOfWork.ExecuteAsync(async () =>
        {
            if (verzoek.TeWijzigenToewijzingId is { } teWijzigen)
            {
                var wijziging = await keten.ChangeOnVerzoekAsync(teWijzigen, einddatum ?? verzoek.Einddatum, verzoek.Volume, verzoek.ReferentieAanbieder, ct);
                if (wijziging.Status != SaveStatus.Ok)
                    return wijziging;
                verzoek.Status = VerzoekStatus.Toegewezen;
                verzoek.ToewijzingId = teWijzigen;
                return SaveResult.Ok(verzoek.Id);
            }
            var client = await db.Clienten.FirstOrDefaultAsync(c => c.GemeenteId == verzoek.GemeenteId && c.Bsn == verzoek.Bsn, ct);
            if (client is null)
                return SaveResult.Invalid(nameof(Verzoek.Bsn), "Deze cliënt (BSN) staat nog niet bij de gemeente ingeschreven; registreer de cliënt eerst.");
            var beschikking = new Domain.Beschikkingen.Beschikking
            {
                ClientId = client.Id, Nummer = $"V{verzoek.ReferentieAanbieder}"[..Math.Min(20, verzoek.ReferentieAanbieder.Length + 1)], Besluitdatum = Vandaag,
                Ingangsdatum = verzoek.Ingangsdatum, Einddatum = einddatum ?? verzoek.Einddatum,
                Omschrijving = $"Toekenning van het verzoek om toewijzing {verzoek.ReferentieAanbieder} ({verzoek.Productcode})",
            };
            if (beschikking.Validate(Vandaag) is { Count: > 0 } fouten)
                return SaveResult.Invalid(fouten);
            db.Beschikkingen.Add(beschikking);
            await db.SaveChangesAsync(ct);
            var result = await keten.IssueAsync(new ToewijzingInput
            {
                ClientId = client.Id, ContractId = verzoek.ContractId, Productcode = verzoek.Productcode, Ingangsdatum = verzoek.Ingangsdatum,
                Einddatum = einddatum ?? verzoek.Einddatum, Volume = verzoek.Volume, Eenheid = verzoek.Eenheid, Frequentie = verzoek.Frequentie,
                ReferentieAanbieder = verzoek.ReferentieAanbieder, BeschikkingId = beschikking.Id,
            }, ct);
            if (result.Status != SaveStatus.Ok)
                return result;
            verzoek.Status = VerzoekStatus.Toegewezen;
            verzoek.ToewijzingId = result.Id;
            return SaveResult.Ok(verzoek.Id);
        }, ct);
    }

    private async Task SendAntwoordAsync(Verzoek verzoek, bool inOnderzoek, CancellationToken ct)
    {
        var gemeente = await db.Organisaties.FirstAsync(o => o.Id == verzoek.GemeenteId, ct);
        var contract = await db.Contracten.FirstAsync(c => c.Id == verzoek.ContractId, ct);
        var aanbieder = await db.Organisaties.FirstAsync(o => o.Id == contract.AanbiederId, ct);
        var partijen = new BerichtBuilder.Parties(gemeente.Gemeentecode!, aanbieder.AgbCode!, BerichtenService.NewIdentificatie(), Vandaag);
        berichten.Send(BerichtBuilder.Antwoord319(partijen, verzoek.ReferentieAanbieder, inOnderzoek, verzoek.RedenAfwijzing), gemeente, aanbieder, null, null);
    }

    private static string? Bsn(string input) => Domain.Clienten.Bsn.TryParse(input, out var bsn, out _) ? bsn.Value : null;
}
