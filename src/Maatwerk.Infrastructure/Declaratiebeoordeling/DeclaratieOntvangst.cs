using System.Text;
using Maatwerk.Domain.Berichten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.IWmo.Berichten.Declaratie;
using Maatwerk.IWmo.Validatie;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>Receipt of a WMO323 by the gemeente, whatever way it came (sent on the platform, uploaded, posted to
/// /api/iwmo/berichten): registered once per Bericht with its lines and the outcome of every check against the platform's
/// state (<see cref="PrestatieChecks"/>), in the declaratiebeoordelaar's queue.
/// <para>The iWmo library answers every heenbericht at once. For a 323 that answer is only the technical stage: a 323 it
/// rejects technically (0001, controleniveau 1–2, IV088) keeps that 325 as its one answer and is not queued; any other 323
/// has its automatic 325 withdrawn (the Bericht's RetourXml is emptied) because iWmo allows ONE 325 per 323 (IV087) and
/// the gemeente's comes after its checks, within 10 working days (OP090x4: <c>declaratie-ontvangen</c> starts the
/// obligation, <c>declaratie-antwoord-verzonden</c> about the same declaration meets it).</para></summary>
public sealed class DeclaratieOntvangst(MaatwerkDbContext db, ContractProfileCatalog catalogus, TimeProvider clock)
{
    public const string OnderwerpSoort = "declaratie";
    public const string Ontvangen = "declaratie-ontvangen";
    public const string AntwoordVerzonden = "declaratie-antwoord-verzonden";

    /// <summary>What the Bericht says while the gemeente checks it.</summary>
    public const string InBeoordeling = "In beoordeling bij de gemeente: de WMO325 volgt na de controles, binnen 10 werkdagen na ontvangst (OP090x4).";

    private sealed record Regel(string Bsn, DeclaratiePrestatie Prestatie, string Pad);

    /// <summary>Registers the 323 in <paramref name="bericht"/> (stored or just added) once; the same Bericht, or the same
    /// sender and BerichtIdentificatie again, gives the declaration already registered. Null when it is no 323 for a
    /// gemeente on the platform or it was rejected technically.</summary>
    public async Task<OntvangenDeclaratie?> RegisterAsync(Bericht bericht, CancellationToken ct = default)
    {
        if (bericht.Soort != "WMO323")
            return null;
        if (await db.Set<OntvangenDeclaratie>().FirstOrDefaultAsync(d => d.BerichtId == bericht.Id
                || (d.Afzender == bericht.Afzender && d.Identificatie == bericht.Identificatie), ct) is { } al)
            return al;
        var regels = new List<Regel>();
        DeclaratieKop? kop = null;
        var validatie = Wmo323Reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(bericht.Xml)), (k, bsn, p, e) =>
        {
            kop ??= k;
            regels.Add(new Regel(bsn, p, e.Pad));
        }, new ValidationOptions { Vandaag = Amsterdam.Today(clock) });
        if (kop is null || validatie.IsTechnischAfgekeurd)
            return null;
        var gemeente = await db.Organisaties.AsNoTracking().FirstOrDefaultAsync(o => o.Gemeentecode == kop.Header.Ontvanger, ct);
        if (gemeente is null)
            return null;
        var aanbieder = await db.Organisaties.AsNoTracking().FirstOrDefaultAsync(o => o.AgbCode == kop.Header.Afzender, ct);
        var afzender = bericht.Afzender;
        var declaratie = new OntvangenDeclaratie
        {
            BerichtId = bericht.Id, GemeenteId = gemeente.Id, AanbiederId = aanbieder?.Id, Afzender = afzender, Identificatie = bericht.Identificatie,
            DeclaratieNummer = kop.DeclaratieNummer, PeriodeBegin = kop.PeriodeBegin, PeriodeEinde = kop.PeriodeEind, Ontvangen = bericht.Ontvangen,
            TotaalIngediend = kop.DebetCredit == "C" ? -kop.TotaalBedrag : kop.TotaalBedrag, Regels = regels.Count,
        };
        // TR333 (9333): the DeclaratieNummer is unique for the aanbieder; otherwise the whole declaration is rejected (IV087).
        if (await db.Set<OntvangenDeclaratie>().AnyAsync(d => d.Afzender == afzender && d.DeclaratieNummer == kop.DeclaratieNummer, ct))
            declaratie.Declaratiecode = "9333";

        var stand = await StateAsync(gemeente, kop.Header.Afzender, regels, ct);
        var eerder = await EarlierAsync(afzender, regels, ct);
        var context = await ContextAsync(declaratie, ct);
        var inMessage = validatie.Fouten.Where(f => !f.IsTechnisch).ToLookup(f => Owner(f.Pad));
        var volgnummer = 0;
        foreach (var r in regels)
        {
            var p = r.Prestatie;
            var t = stand.Toewijzingen.GetValueOrDefault(p.ToewijzingNummer);
            var checks = PrestatieChecks.Run(r.Bsn, p, t?.Stand, eerder, datum => t?.Tarief(datum),
                stand.Context.IsProductcodeKnown(gemeente.Gemeentecode!, p.ProductCategorie, p.ProductCode), context).ToList();
            checks.AddRange(inMessage[r.Pad].Where(f => checks.All(c => c.Regel != f.Code))
                .Select(f => PrestatieCheck.Reject(f.Code, f.Retourcode, f.Melding)));
            if (declaratie.Declaratiecode is not null)
                checks.Add(PrestatieCheck.Reject("TR333", "0233", $"DeclaratieNummer {kop.DeclaratieNummer} is al eerder gebruikt; de hele declaratie wordt afgewezen (9333, IV087)."));
            var regel = new OntvangenPrestatie
            {
                DeclaratieId = declaratie.Id, Volgnummer = ++volgnummer, Pad = r.Pad, Bsn = r.Bsn, ReferentieNummer = p.ReferentieNummer,
                VorigReferentieNummer = p.VorigReferentieNummer, ToewijzingNummer = p.ToewijzingNummer, ToewijzingId = t?.Stand.Id,
                ProductCategorie = p.ProductCategorie, ProductCode = p.ProductCode, Begindatum = p.Begindatum, Einddatum = p.Einddatum,
                GeleverdVolume = p.GeleverdVolume, Eenheid = p.Eenheid, ProductTarief = p.ProductTarief, Bedrag = p.Bedrag, DebetCredit = p.DebetCredit,
                Checks = PrestatieCheck.Write(checks),
            };
            // A line for a closed year after its last correction window is blocked (DEV-Art8.8a/b): rejected at receipt.
            if (checks.FirstOrDefault(c => c.Outcome == CheckOutcome.Rejected && c.Regel == stand.Toewijzingen.GetValueOrDefault(p.ToewijzingNummer)?.Stand.Contract?.LaatsteCorrectie?.Bron
                    && c.Retourcode == ContractChecks.NietBeoordeeld) is { } geblokkeerd)
                (regel.Beoordeling, regel.Retourcode, regel.Toelichting, regel.BeoordeeldDoor, regel.BeoordeeldOp) =
                    (Beoordeling.Afgewezen, geblokkeerd.Retourcode, geblokkeerd.Melding.Length <= 500 ? geblokkeerd.Melding : geblokkeerd.Melding[..500], "platform", clock.GetUtcNow());
            db.Add(regel);
            eerder.Add(new EerderePrestatie(p.ReferentieNummer, p.VorigReferentieNummer, p.ToewijzingNummer, p.ProductCategorie, p.ProductCode,
                p.Begindatum, p.Einddatum, p.GeleverdVolume, p.Eenheid, p.Bedrag, p.DebetCredit == "C", Beoordeling.Open));
        }
        db.Add(declaratie);
        // One 325 per 323 (IV087): the library's automatic answer is withdrawn; the gemeente's comes after the checks.
        bericht.RetourXml = null;
        bericht.Retourcodes = InBeoordeling;
        await RegisterEventAsync(declaratie, aanbieder?.Id, stand.ContractIds, Ontvangen, declaratie.Ontvangen,
            $"WMO323 {declaratie.Identificatie} ({regels.Count} regels) ontvangen", "platform", ct);
        return declaratie;
    }

    /// <summary>Registers an event about the declaration (its own subject, so its obligations are met by evidence about the
    /// same declaration only) under each contract its lines fall under, or else every contract between gemeente and aanbieder.</summary>
    internal async Task RegisterEventAsync(OntvangenDeclaratie d, Guid? aanbiederId, IReadOnlyCollection<Guid> contractIds, string soort, DateTimeOffset moment,
        string toelichting, string door, CancellationToken ct)
    {
        var ids = contractIds.ToList();
        if (ids.Count == 0 && aanbiederId is { } a)
        {
            var gemeente = await db.Organisaties.AsNoTracking().FirstAsync(o => o.Id == d.GemeenteId, ct);
            var opdrachtgevers = new[] { gemeente.Id, gemeente.RegioId ?? gemeente.Id };
            ids = await db.Contracten.Where(c => c.AanbiederId == a && opdrachtgevers.Contains(c.OpdrachtgeverId)
                && c.Ingangsdatum <= d.PeriodeEinde && (c.Einddatum == null || c.Einddatum >= d.PeriodeBegin)).Select(c => c.Id).ToListAsync(ct);
        }
        var contracten = await db.Contracten.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        foreach (var contract in contracten)
        {
            if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is not { } profiel || !profiel.KnowsGebeurtenis(soort))
                continue;
            db.Gebeurtenissen.Add(new ContractGebeurtenis
            {
                ContractId = contract.Id, Soort = soort, Moment = moment, OnderwerpSoort = OnderwerpSoort, OnderwerpId = d.Id,
                GeregistreerdDoor = door, Toelichting = toelichting,
            });
        }
    }

    /// <summary>The contracts a received declaration falls under: those its receipt was registered under, else every
    /// contract between the gemeente (or its regio) and the aanbieder that runs in its period; with their profile's rules.</summary>
    internal async Task<Contractcontroles> ControlsAsync(OntvangenDeclaratie d, CancellationToken ct)
    {
        var ids = await db.Gebeurtenissen.Where(g => g.OnderwerpSoort == OnderwerpSoort && g.OnderwerpId == d.Id).Select(g => g.ContractId).Distinct().ToListAsync(ct);
        var query = db.Contracten.AsNoTracking();
        if (ids.Count > 0)
            query = query.Where(c => ids.Contains(c.Id));
        else
        {
            var gemeente = await db.Organisaties.AsNoTracking().FirstAsync(o => o.Id == d.GemeenteId, ct);
            var opdrachtgevers = new[] { gemeente.Id, gemeente.RegioId ?? gemeente.Id };
            query = query.Where(c => c.AanbiederId == d.AanbiederId && opdrachtgevers.Contains(c.OpdrachtgeverId)
                && c.Ingangsdatum <= d.PeriodeEinde && (c.Einddatum == null || c.Einddatum >= d.PeriodeBegin));
        }
        var controles = (await query.ToListAsync(ct)).Select(c => catalogus.Find(c.ProfielId, c.ProfielVersie)).OfType<ContractProfile>()
            .Select(Contractcontroles.From).ToList();
        return controles.FirstOrDefault(c => c.BoetePerRegel is not null || c.LaatsteCorrectie is not null) ?? controles.FirstOrDefault() ?? Contractcontroles.Geen;
    }

    private sealed record ToewijzingInfo(ToewijzingStand Stand, Guid ContractId, Func<DateOnly, ContractTarief?> Tarief);

    private sealed record State(Dictionary<string, ToewijzingInfo> Toewijzingen, DbBerichtContext Context, IReadOnlyCollection<Guid> ContractIds);

    /// <summary>The toewijzingen the lines refer to (between this gemeente's residents and the sending aanbieder), with
    /// the client's Wlz indication and the contract tariff per date.</summary>
    private async Task<State> StateAsync(Domain.Organisaties.Organisatie gemeente, string agb, List<Regel> regels, CancellationToken ct)
    {
        var nummers = regels.Select(r => r.Prestatie.ToewijzingNummer).Distinct().ToList();
        var rijen = await (from t in db.Toewijzingen.AsNoTracking()
                           join c in db.Contracten on t.ContractId equals c.Id
                           join a in db.Organisaties on c.AanbiederId equals a.Id
                           join cl in db.Clienten on t.ClientId equals cl.Id
                           where nummers.Contains(t.ToewijzingNummer) && a.AgbCode == agb && cl.GemeenteId == gemeente.Id
                           select new { Toewijzing = t, cl.Bsn, Contract = c }).ToListAsync(ct);
        var toewijzingIds = rijen.Select(r => (Guid?)r.Toewijzing.Id).ToList();
        var clientIds = rijen.Select(r => (Guid?)r.Toewijzing.ClientId).ToList();
        var wlz = (await db.Gebeurtenissen.AsNoTracking()
                .Where(g => g.Soort == WlzStopdatum.Afgegeven && (clientIds.Contains(g.ClientId) || toewijzingIds.Contains(g.ToewijzingId)))
                .Select(g => new { g.ClientId, g.ToewijzingId, g.Moment }).ToListAsync(ct));
        var contractIds = rijen.Select(r => r.Contract.Id).Distinct().ToList();
        var ingevoerd = (await db.Set<Contracttarief>().AsNoTracking().Where(t => contractIds.Contains(t.ContractId)).ToListAsync(ct)).ToLookup(t => t.ContractId);
        var controles = rijen.Select(r => r.Contract).DistinctBy(c => c.Id)
            .ToDictionary(c => c.Id, c => catalogus.Find(c.ProfielId, c.ProfielVersie) is { } p ? Contractcontroles.From(p) : Contractcontroles.Geen);
        var voorzieningen = await VoorzieningenAsync(rijen.Select(r => (r.Toewijzing, controles[r.Contract.Id])).ToList(), ct);
        var toewijzingen = new Dictionary<string, ToewijzingInfo>();
        foreach (var r in rijen)
        {
            var t = r.Toewijzing;
            var afgifte = wlz.Where(w => w.ClientId == t.ClientId || w.ToewijzingId == t.Id).Select(w => (DateOnly?)DateOnly.FromDateTime(Amsterdam.Local(w.Moment))).Min();
            var product = t.Productcode is null ? null : catalogus.Find(r.Contract.ProfielId, r.Contract.ProfielVersie)?.FindProduct(t.Productcode);
            var stand = new ToewijzingStand(t.Id, t.ToewijzingNummer, r.Bsn, t.Productcategorie, t.BerichtProductcode, t.Ingangsdatum, t.Einddatum, t.Volume,
                t.Eenheid ?? product?.IWmoEenheid, t.Frequentie, t.RedenWijziging, afgifte, t.BudgetInCenten, Contract: controles[r.Contract.Id],
                Voorzieningen: voorzieningen.GetValueOrDefault(t.Id));
            var tarieven = ingevoerd[r.Contract.Id].ToList();
            toewijzingen[t.ToewijzingNummer] = new ToewijzingInfo(stand, r.Contract.Id, datum =>
                product is not null && Tariefbepaling.Op(product, tarieven, datum) is { } g ? new ContractTarief(g.Bedrag, product.Eenheid, g.Vanaf, g.Bron) : null);
        }
        return new State(toewijzingen, new DbBerichtContext(db, catalogus), contractIds);
    }

    /// <summary>For each toewijzing of its contract's no-show product (DEV-Eis28-b): the client's toewijzingen under the same
    /// contract, whose no-show may be declared on it.</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<Voorziening>>> VoorzieningenAsync(List<(Toewijzing T, Contractcontroles C)> toewijzingen, CancellationToken ct)
    {
        var noShow = toewijzingen.Where(x => x.C.NoShowProduct is { } ns && string.Equals(x.T.Productcode, ns.Waarde, StringComparison.OrdinalIgnoreCase)).ToList();
        if (noShow.Count == 0)
            return [];
        var clienten = noShow.Select(x => x.T.ClientId).Distinct().ToList();
        var anderen = await db.Toewijzingen.AsNoTracking().Where(t => clienten.Contains(t.ClientId))
            .Select(t => new { t.Id, t.ClientId, t.ContractId, t.ToewijzingNummer, t.Productcode, t.Ingangsdatum, t.Einddatum }).ToListAsync(ct);
        return noShow.ToDictionary(x => x.T.Id, x => (IReadOnlyList<Voorziening>)anderen
            .Where(a => a.ClientId == x.T.ClientId && a.ContractId == x.T.ContractId && a.Id != x.T.Id && a.Productcode is not null)
            .Select(a => new Voorziening(a.ToewijzingNummer, a.Productcode!, a.Ingangsdatum, a.Einddatum)).ToList());
    }

    /// <summary>The 323 as a whole against earlier ones (TR318: the latest DeclaratiePeriode of this aanbieder to this
    /// gemeente, not counting declarations rejected as a whole) and the day of receipt.</summary>
    private async Task<Berichtcontext> ContextAsync(OntvangenDeclaratie d, CancellationToken ct)
    {
        var vorige = await db.Set<OntvangenDeclaratie>().Where(o => o.Afzender == d.Afzender && o.GemeenteId == d.GemeenteId && o.Declaratiecode == null && o.Id != d.Id)
            .MaxAsync(o => (DateOnly?)o.PeriodeBegin, ct);
        var gesloten = await db.Set<Jaarafsluiting>().Where(j => j.GemeenteId == d.GemeenteId).Select(j => j.Jaar).ToListAsync(ct);
        return new Berichtcontext(d.PeriodeBegin, vorige, DateOnly.FromDateTime(Amsterdam.Local(d.Ontvangen)), gesloten.ToHashSet());
    }

    /// <summary>The aanbieder's lines in earlier declarations that the checks compare with: the same references (TR314,
    /// TR323, TR390) or toewijzingen (TR322, TR369, TR389).</summary>
    private async Task<List<EerderePrestatie>> EarlierAsync(string afzender, List<Regel> regels, CancellationToken ct)
    {
        var nummers = regels.Select(r => r.Prestatie.ToewijzingNummer).Distinct().ToList();
        var referenties = regels.Select(r => r.Prestatie.ReferentieNummer).Concat(regels.Select(r => r.Prestatie.VorigReferentieNummer).OfType<string>()).Distinct().ToList();
        var declaraties = db.Set<OntvangenDeclaratie>().Where(d => d.Afzender == afzender).Select(d => d.Id);
        return await db.Set<OntvangenPrestatie>().AsNoTracking()
            .Where(p => declaraties.Contains(p.DeclaratieId) && (nummers.Contains(p.ToewijzingNummer) || referenties.Contains(p.ReferentieNummer)))
            .Select(p => new EerderePrestatie(p.ReferentieNummer, p.VorigReferentieNummer, p.ToewijzingNummer, p.ProductCategorie, p.ProductCode,
                p.Begindatum, p.Einddatum, p.GeleverdVolume, p.Eenheid, p.Bedrag, p.DebetCredit == "C", p.Beoordeling))
            .ToListAsync(ct);
    }

    /// <summary>The Prestatie a finding's path belongs to (…/Prestatie[n]).</summary>
    private static string Owner(string pad)
    {
        var i = pad.IndexOf("/Prestatie[", StringComparison.Ordinal);
        if (i < 0) return pad;
        var j = pad.IndexOf(']', i);
        return j < 0 ? pad : pad[..(j + 1)];
    }
}
