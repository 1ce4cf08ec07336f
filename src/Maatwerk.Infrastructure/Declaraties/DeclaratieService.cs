using System.Globalization;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Validatie;
using Microsoft.EntityFrameworkCore;
using Basis = Maatwerk.IWmo.Berichten.Model.Basis;
using Wmo323 = Maatwerk.IWmo.Berichten.Model.Wmo323;

namespace Maatwerk.Infrastructure.Declaraties;

/// <summary>The aanbieder's WMO323 per gemeente per calendar month (CS340), built from its registrations: first a
/// pre-flight (every line and what the gemeente would reject and why), then the message — checked by the iWmo library's
/// own validator before it leaves — sent to the gemeente's inbox on the platform (stored as an outgoing Bericht, like the
/// 301/305/307) or downloaded for a gemeente with its own system.</summary>
public sealed class DeclaratieService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, BerichtenService berichten, ICurrentActor actor, TimeProvider clock,
    UnitOfWork unitOfWork, Declaratiebeoordeling.DeclaratieOntvangst ontvangst, DeclaratieRetourVerwerking retour)
{
    public DateOnly Vandaag => Amsterdam.Today(clock);

    public bool MagDeclareren => scope.IsAanbieder && scope.Rol == Rol.Administratie;

    public sealed record Voorbereiding(Organisatie Gemeente, DateOnly Maand, Declaratieopbouw.Uitkomst Uitkomst, Declaratie? AlVerzonden,
        IReadOnlyList<string> BerichtFouten)
    {
        public bool KanVerzenden => AlVerzonden is null && Uitkomst.Regels.Count > 0 && BerichtFouten.Count == 0;
    }

    /// <summary>The gemeenten whose residents have toewijzingen under the aanbieder's contracts.</summary>
    public async Task<List<Organisatie>> GemeentenAsync(CancellationToken ct = default)
    {
        if (!MagDeclareren)
            return [];
        var clientIds = scope.Toewijzingen().Select(t => t.ClientId);
        var gemeenteIds = db.Clienten.Where(c => clientIds.Contains(c.Id)).Select(c => c.GemeenteId).Distinct();
        return await db.Organisaties.Where(o => gemeenteIds.Contains(o.Id)).OrderBy(o => o.Naam).ToListAsync(ct);
    }

    public async Task<Voorbereiding?> PrepareAsync(DateOnly maand, Guid gemeenteId, CancellationToken ct = default)
    {
        if (!MagDeclareren || (await GemeentenAsync(ct)).FirstOrDefault(g => g.Id == gemeenteId) is not { } gemeente)
            return null;
        var eerste = new DateOnly(maand.Year, maand.Month, 1);
        var laatste = eerste.AddMonths(1).AddDays(-1);
        var org = scope.Organisatie.Id;
        // Read-only (also when sending): nothing loaded here is changed, so nothing is tracked.
        var vanGemeente = scope.Toewijzingen().AsNoTracking()
            .Join(db.Clienten.Where(c => c.GemeenteId == gemeenteId), t => t.ClientId, c => c.Id, (t, c) => new { Toewijzing = t, c.Bsn });
        var toewijzingen = await vanGemeente.ToListAsync(ct);
        // A subquery over the index (ToewijzingId, Datum). The aanbieder is checked after reading: with it in the query SQLite
        // walks every registration of the aanbieder, for each of its gemeenten (bench/README.md, declaratie-db).
        var toewijzingIds = vanGemeente.Select(x => x.Toewijzing.Id);
        var registraties = (await db.Set<Tijdregistratie>().AsNoTracking()
            .Where(r => toewijzingIds.Contains(r.ToewijzingId) && r.Datum >= eerste && r.Datum <= laatste)
            .Select(Opbouwgegevens.AlleenVoorDeOpbouw).ToListAsync(ct)).Where(r => r.AanbiederId == org).ToList();
        var contractIds = toewijzingen.Select(t => t.Toewijzing.ContractId).Distinct().ToList();
        var contracten = await db.Contracten.Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var ingevoerd = (await db.Set<Contracttarief>().Where(t => contractIds.Contains(t.ContractId)).ToListAsync(ct)).ToLookup(t => t.ContractId);
        var profielen = contracten.Values.ToDictionary(c => c.Id, c => catalogus.Find(c.ProfielId, c.ProfielVersie));
        var tijdregels = profielen.ToDictionary(p => p.Key, p => p.Value is null ? Tijdregels.Geen : Tijdregels.Uit(p.Value));

        var declareerbaar = toewijzingen.Select(x =>
        {
            var t = x.Toewijzing;
            var profiel = profielen[t.ContractId];
            var product = t.Productcode is null ? null : profiel?.FindProduct(t.Productcode);
            return new DeclareerbareToewijzing(t.Id, t.ContractId, t.ToewijzingNummer, x.Bsn, t.Productcategorie, t.BerichtProductcode, t.Productcode ?? t.Productcategorie,
                t.Ingangsdatum, t.Einddatum, t.Eenheid ?? product?.IWmoEenheid, tijdregels[t.ContractId])
            {
                Omvang = t.Volume is { } volume && t.Eenheid is { } eenheid ? new Omvang(volume, eenheid, t.Frequentie) : null,
                Budget = t.BudgetInCenten,
                EindeLevering = t.EinddatumZorg,
            };
        }).ToList();
        registraties.AddRange(await Opbouwgegevens.EarlierAsync(db, org, declareerbaar, eerste, ct));
        var eerder = await Opbouwgegevens.DeclaredAsync(db, org, gemeenteId, eerste, declareerbaar, ct);
        var noShows = await Opbouwgegevens.NoShowsAsync(db, org, declareerbaar, profielen, eerste, laatste, ct);
        Product? Product(DeclareerbareToewijzing t) => profielen[t.ContractId]?.FindProduct(t.Productcode);
        var uitkomst = Declaratieopbouw.Bouw(eerste, declareerbaar, registraties,
            (t, datum) => Product(t) is { } p ? Tariefbepaling.Op(p, ingevoerd[t.ContractId], datum) : null,
            (t, datum) => Product(t) is { } p ? Tariefbepaling.GeenTarief(p, datum) : $"Product {t.Productcode} staat niet in het contract.",
            Vandaag, eerder, noShows);
        uitkomst = uitkomst with { Bezwaren = [.. uitkomst.Bezwaren, .. await UnsignedListsAsync(declareerbaar, registraties, toewijzingen.Select(x => x.Toewijzing), profielen, eerste, ct)] };
        var termijnen = profielen.ToDictionary(p => p.Key, p => Declaratietermijnen.Uit(p.Value));
        uitkomst = Declaratietermijnen.Ouderdom(uitkomst, t => termijnen[t.ContractId], Vandaag); // OCO-6.1c: too old to be processed
        var alVerzonden = await db.Set<Declaratie>().Where(d => d.AanbiederId == org && d.GemeenteId == gemeenteId && d.Periode == eerste).FirstOrDefaultAsync(ct);
        var fouten = uitkomst.Regels.Count == 0 ? [] : BerichtFouten(Bouw(gemeente, eerste, uitkomst, "000000000000"));
        return new Voorbereiding(gemeente, eerste, uitkomst, alVerzonden, fouten);
    }

    /// <summary>The message as XML, e.g. to upload into a gemeente's own system; null when there is nothing to declare.</summary>
    public async Task<byte[]?> XmlAsync(DateOnly maand, Guid gemeenteId, CancellationToken ct = default)
    {
        var v = await PrepareAsync(maand, gemeenteId, ct);
        return v is null || v.Uitkomst.Regels.Count == 0 ? null : BerichtWriter.ToBytes(Bouw(v.Gemeente, v.Maand, v.Uitkomst, BerichtenService.NewIdentificatie()));
    }

    /// <summary>Sends the month's lines that pass the pre-flight to the gemeente's inbox; a month is sent once (TR389:
    /// corrections go by credit and new debit, not by a second message for the same lines).</summary>
    /// <summary>Sends the month's WMO323 and registers, per contract with the gemeente, that the month was declared
    /// (declaratie-verzonden about that month's period subject), which meets the period's declaration terms (DEV-Art8.1
    /// MR-20, DEV-Art8.13 MR-21, BSD-66) in the same transaction.</summary>
    public Task<SaveResult> SendAsync(DateOnly maand, Guid gemeenteId, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(() => SendInUnitAsync(maand, gemeenteId, ct), ct);

    private async Task<SaveResult> SendInUnitAsync(DateOnly maand, Guid gemeenteId, CancellationToken ct)
    {
        if (await PrepareAsync(maand, gemeenteId, ct) is not { } v)
            return SaveResult.NotFound();
        if (v.AlVerzonden is { } eerder)
            return SaveResult.Invalid("Maand", $"De declaratie over {Declaratieopbouw.Periode(v.Maand)} is al verzonden (declaratienummer {eerder.Nummer}); corrigeren gaat met een creditregel en een nieuwe regel (TR389).");
        if (v.Uitkomst.Regels.Count == 0)
            return SaveResult.Invalid("Maand", $"Er is over {Declaratieopbouw.Periode(v.Maand)} niets te declareren voor {v.Gemeente.Naam}.");
        if (v.BerichtFouten.Count > 0)
            return SaveResult.Invalid("Maand", "Het bericht voldoet niet aan de iWmo-regels: " + string.Join(" ", v.BerichtFouten));
        var nummer = BerichtenService.NewIdentificatie();
        var bericht = berichten.Send(Bouw(v.Gemeente, v.Maand, v.Uitkomst, nummer), scope.Organisatie, v.Gemeente, null, null);
        await ontvangst.RegisterAsync(bericht, ct); // the gemeente's queue (issue 12): its 325 follows after its checks
        var declaratie = new Declaratie
        {
            AanbiederId = scope.Organisatie.Id, GemeenteId = v.Gemeente.Id, Periode = v.Maand, Nummer = nummer, BerichtId = bericht.Id,
            Regels = v.Uitkomst.Regels.Count, Totaal = v.Uitkomst.Totaal, VerzondenDoor = actor.Email, VerzondenOp = clock.GetUtcNow(),
        };
        db.Add(declaratie);
        await RegisterDeclaredAsync(v.Gemeente.Id, v.Maand, nummer, ct);
        await db.SaveChangesAsync(ct);
        return await retour.RecordSentAsync(declaratie, bericht, ct);
    }

    /// <summary>DEV-Eis3-REG: warnings for declared units from unsigned periods of the registration list, under contracts
    /// whose profile makes signing an obligation (MR-10).</summary>
    private async Task<IEnumerable<Bezwaar>> UnsignedListsAsync(IReadOnlyList<DeclareerbareToewijzing> declareerbaar, IEnumerable<Tijdregistratie> registraties,
        IEnumerable<Toewijzing> toewijzingen, IReadOnlyDictionary<Guid, ContractProfile?> profielen, DateOnly maand, CancellationToken ct)
    {
        var metLijst = toewijzingen.Where(t => t.StartdatumZorg is not null && Registratielijst.Verplichting(profielen[t.ContractId]) is not null)
            .ToDictionary(t => t.Id);
        if (metLijst.Count == 0)
            return [];
        var ids = metLijst.Keys.ToList();
        var getekend = (await db.Set<Ondertekening>().AsNoTracking().Where(o => ids.Contains(o.ToewijzingId))
            .Select(o => new { o.ToewijzingId, o.Periode }).ToListAsync(ct)).ToLookup(o => o.ToewijzingId, o => o.Periode);
        return OngetekendeLijsten.Bezwaren(declareerbaar, registraties, maand, Vandaag, id =>
        {
            if (!metLijst.TryGetValue(id, out var t))
                return null;
            var profiel = profielen[t.ContractId];
            return new LijstStand(t.StartdatumZorg!.Value, t.Status == ToewijzingStatus.Gestopt ? t.EinddatumZorg : null,
                Registratielijst.DagenUit(profiel), getekend[id].ToHashSet(), Registratielijst.Verplichting(profiel)!.Bron);
        }).ToList();
    }

    private async Task RegisterDeclaredAsync(Guid gemeenteId, DateOnly maand, string nummer, CancellationToken ct)
    {
        var periode = Periode.Containing(Periode.Maand, maand);
        var contracten = await db.Contracten.AsNoTracking()
            .Where(c => c.OpdrachtgeverId == gemeenteId && c.AanbiederId == scope.Organisatie.Id).ToListAsync(ct);
        foreach (var contract in contracten.Where(c => c.Ingangsdatum <= periode.Einde && (c.Einddatum is null || c.Einddatum >= periode.Begin)))
        {
            if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is not { } profiel || !profiel.KnowsGebeurtenis(KetenGebeurtenis.DeclaratieVerzonden))
                continue;
            db.Gebeurtenissen.Add(new ContractGebeurtenis
            {
                ContractId = contract.Id, Soort = KetenGebeurtenis.DeclaratieVerzonden, Moment = clock.GetUtcNow(), OnderwerpSoort = Periode.OnderwerpSoort,
                OnderwerpId = periode.SubjectId(contract.Id), GeregistreerdDoor = actor.Email,
                Toelichting = $"Declaratie {nummer} over {periode.Name} verzonden (WMO323)",
            });
        }
    }

    private List<string> BerichtFouten(BerichtElement bericht) =>
        BerichtValidator.Validate(BerichtWriter.ToBytes(bericht), new ValidationOptions { Vandaag = Vandaag }).Fouten.Select(f => f.ToString()).ToList();

    /// <summary>The WMO323: one Client per BSN, one Prestatie per line, amounts in cents, debet.</summary>
    private BerichtElement Bouw(Organisatie gemeente, DateOnly maand, Declaratieopbouw.Uitkomst uitkomst, string nummer)
    {
        var volgnummer = 0;
        var bericht = new Wmo323.Bericht
        {
            Header = new Wmo323.Header
            {
                BerichtCode = BerichtCatalog.Wmo323.BerichtCode, BerichtVersie = 3, BerichtSubversie = 2,
                Afzender = scope.Organisatie.AgbCode!, Ontvanger = gemeente.Gemeentecode!,
                BerichtIdentificatie = new Basis.BerichtIdentificatie { Identificatie = nummer, Dagtekening = Vandaag },
                XsdVersie = new Basis.XsdVersie { BasisschemaXsdVersie = "1.0.0", BerichtXsdVersie = "1.0.0" },
            },
            Declaratie = new Wmo323.Declaratie
            {
                DeclaratieNummer = nummer,
                DeclaratiePeriode = new Basis.GeslotenPeriode { Begindatum = maand, Einddatum = maand.AddMonths(1).AddDays(-1) },
                DeclaratieDagtekening = Vandaag,
                TotaalIngediendBedrag = new Basis.TotaalBedragMetDC { TotaalBedrag = uitkomst.Totaal, DebetCredit = "D" },
                Clienten = new Wmo323.Clienten
                {
                    Client = uitkomst.Regels.GroupBy(r => r.Toewijzing.Bsn).Select(g => new Wmo323.Client
                    {
                        Bsn = g.Key,
                        Prestaties = new Wmo323.Prestaties
                        {
                            Prestatie = g.Select(r => new Wmo323.Prestatie
                            {
                                ProductReferentie = new Basis.Referentie { ReferentieNummer = $"{nummer}{++volgnummer:D5}" },
                                ToewijzingNummer = long.Parse(r.Toewijzing.Nummer, NumberStyles.None, CultureInfo.InvariantCulture),
                                ProductCategorie = r.Toewijzing.Productcategorie,
                                ProductCode = r.Toewijzing.IWmoProductcode!,
                                ProductPeriode = new Basis.GeslotenPeriode { Begindatum = r.Begindatum, Einddatum = r.Einddatum },
                                GeleverdVolume = r.GeleverdVolume,
                                Eenheid = r.Eenheid,
                                ProductTarief = r.ProductTarief,
                                IngediendBedrag = new Basis.BedragMetDC { Bedrag = r.IngediendBedrag, DebetCredit = "D" },
                            }).ToList(),
                        },
                    }).ToList(),
                },
            },
        };
        return IWmo.Berichten.Model.BerichtModel.ToElement(bericht);
    }
}
