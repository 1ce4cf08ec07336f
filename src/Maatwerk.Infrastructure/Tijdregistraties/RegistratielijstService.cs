using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Toewijzingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Tijdregistraties;

/// <summary>What the aanbieder records when the client (or a representative) signed a period's list.</summary>
public sealed record OndertekeningInput
{
    public Ondertekenaar Door { get; init; } = Ondertekenaar.Client;
    public string? Naam { get; init; }
    public DateOnly Datum { get; init; }
    public Ondertekenwijze Wijze { get; init; } = Ondertekenwijze.OpPapier;
}

/// <summary>DEV-Eis3-REG (MR-10): the 4-weekly registration list per toewijzing — the direct registrations per period of
/// 28 days from the start of care — to view, print (PDF) and have signed. Signing stores the <see cref="Ondertekening"/>
/// and registers <see cref="Registratielijst.Gebeurtenis"/> about the toewijzing in one <see cref="UnitOfWork"/>, which
/// meets the contract's obligation (Deventer MR-10). The list is the client's, so the administratie and every begeleider
/// of the aanbieder see all direct time on it, not only their own.</summary>
public sealed class RegistratielijstService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, UnitOfWork unitOfWork,
    ICurrentActor actor, TimeProvider clock)
{
    public DateOnly Vandaag => Amsterdam.Today(clock);

    public bool MagInzien => scope.IsAanbieder && scope.Rol is Rol.Administratie or Rol.Begeleider;

    public sealed record Regel(DateOnly Datum, TimeOnly Begintijd, TimeOnly Eindtijd, int Minuten, string Contactwijze, string Medewerker);

    public sealed record Periode(Registratieperiode Registratieperiode, int Minuten, int Regels, Ondertekening? Ondertekening)
    {
        /// <summary>The registrations changed after signing: the signed total differs from the list now.</summary>
        public bool GewijzigdNaOndertekening => Ondertekening is { } o && o.Minuten != Minuten;
    }

    /// <summary>One toewijzing's lists: header data, the periods so far and, for the chosen period, its lines.</summary>
    public sealed record Lijst(Toewijzing Toewijzing, Client Client, string Aanbieder, string Product, string? Bron,
        IReadOnlyList<Periode> Periodes, Periode Gekozen, IReadOnlyList<Regel> Regels)
    {
        public int Minuten => Regels.Sum(r => r.Minuten);
    }

    /// <summary>The list of period <paramref name="nummer"/> (null: the latest period), or null when the toewijzing is not
    /// in view, care has not started, or the period does not exist (yet).</summary>
    public async Task<Lijst?> LoadAsync(Guid toewijzingId, int? nummer, CancellationToken ct = default)
    {
        if (!MagInzien || await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct) is not { StartdatumZorg: { } start } t)
            return null;
        var contract = await db.Contracten.FirstAsync(c => c.Id == t.ContractId, ct);
        var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie);
        var stop = t.Status == ToewijzingStatus.Gestopt ? t.EinddatumZorg : null;
        var periodes = Registratielijst.Periodes(start, Vandaag, stop, Registratielijst.DagenUit(profiel));
        if (periodes.Count == 0)
            return null;
        var registraties = await db.Set<Tijdregistratie>().Where(r => r.ToewijzingId == t.Id && r.Soort == Tijdsoort.Direct)
            .OrderBy(r => r.Datum).ThenBy(r => r.Begintijd).ToListAsync(ct);
        var ondertekeningen = await db.Set<Ondertekening>().Where(o => o.ToewijzingId == t.Id).ToDictionaryAsync(o => o.Periode, ct);
        var lijst = periodes.Select(p =>
        {
            var binnen = registraties.Where(r => p.Bevat(r.Datum)).ToList();
            return new Periode(p, binnen.Sum(r => r.Minuten), binnen.Count, ondertekeningen.GetValueOrDefault(p.Nummer));
        }).ToList();
        var gekozen = nummer is { } n ? lijst.FirstOrDefault(p => p.Registratieperiode.Nummer == n) : lijst[^1];
        if (gekozen is null)
            return null;
        var client = await db.Clienten.FirstAsync(c => c.Id == t.ClientId, ct);
        db.LogRead(nameof(Client), client.Id);
        await db.SaveChangesAsync(ct);
        var aanbieder = await db.Organisaties.Where(o => o.Id == contract.AanbiederId).Select(o => o.Naam).FirstAsync(ct);
        var product = (t.Productcode is { } code ? profiel?.FindProduct(code)?.Naam is { } naam ? $"{naam} ({code})" : code : null)
            ?? $"productcategorie {t.Productcategorie}";
        var regels = registraties.Where(r => gekozen.Registratieperiode.Bevat(r.Datum))
            .Select(r => new Regel(r.Datum, r.Begintijd, r.Eindtijd, r.Minuten, Tijdregistratie.Contactwijzen[r.Contactwijze], r.MedewerkerNaam)).ToList();
        return new Lijst(t, client, aanbieder, product, Registratielijst.Verplichting(profiel)?.Bron, lijst, gekozen, regels);
    }

    /// <summary>Records that the list of period <paramref name="nummer"/> was signed and registers the event that meets
    /// the contract's obligation (MR-10), together or not at all.</summary>
    public async Task<SaveResult> SignAsync(Guid toewijzingId, int nummer, OndertekeningInput invoer, CancellationToken ct = default)
    {
        if (await LoadAsync(toewijzingId, nummer, ct) is not { } lijst)
            return SaveResult.NotFound();
        var t = lijst.Toewijzing;
        var periode = lijst.Gekozen.Registratieperiode;
        var fouten = Ondertekening.Validate(periode, invoer.Door, invoer.Naam, invoer.Datum, invoer.Wijze, Vandaag, lijst.Gekozen.Ondertekening is not null);
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        var contract = await db.Contracten.FirstAsync(c => c.Id == t.ContractId, ct);
        var ondertekening = new Ondertekening
        {
            AanbiederId = scope.Organisatie.Id, ContractId = t.ContractId, ToewijzingId = t.Id, ClientId = t.ClientId, Periode = periode.Nummer,
            PeriodeVan = periode.Van, PeriodeTot = periode.Tot, Door = invoer.Door, Naam = invoer.Naam!.Trim(), Datum = invoer.Datum, Wijze = invoer.Wijze,
            Minuten = lijst.Minuten, GeregistreerdDoor = actor.Email, GeregistreerdOp = clock.GetUtcNow(),
        };
        var toelichting = $"Periode {periode.Nummer} ({periode.Van:dd-MM-yyyy} t/m {periode.Tot:dd-MM-yyyy}), {lijst.Minuten} minuten direct; getekend door "
            + $"{Ondertekening.Ondertekenaars[invoer.Door].ToLowerInvariant()} {ondertekening.Naam}, {Ondertekening.Wijzen[invoer.Wijze].ToLowerInvariant()}";
        return await unitOfWork.ExecuteAsync(() =>
        {
            db.Add(ondertekening);
            KetenGebeurtenissen.Add(db, catalogus, clock, actor.Email, t, contract, Registratielijst.Gebeurtenis, invoer.Datum, toelichting);
            return Task.FromResult(SaveResult.Ok(ondertekening.Id));
        }, ct);
    }
}
