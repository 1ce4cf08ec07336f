using System.Xml;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>What the check of a received 323 needs, loaded once per aanbieder and gemeente before the message is read:
/// every toewijzing of the aanbieder for the gemeente's residents (a few columns, keyed by ToewijzingNummer, with the
/// client's Wlz indication, the contract's rules and tariffs and, for a no-show toewijzing, the voorzieningen) and every
/// earlier line of the sender (<see cref="EerdereRegels"/>). No query depends on the lines, so a 323 of 100,000 lines
/// needs the same few queries as one of a single line.</summary>
internal sealed class Ontvangstindex
{
    public required Dictionary<string, ToewijzingStand> Toewijzingen { get; init; }
    public required Dictionary<Guid, Guid> ContractVan { get; init; }
    public required Dictionary<Guid, Func<DateOnly, ContractTarief?>> TariefVan { get; init; }
    public required EerdereRegels Eerder { get; init; }

    public ContractTarief? Tarief(ToewijzingStand t, DateOnly datum) => TariefVan.TryGetValue(t.Id, out var f) ? f(datum) : null;

    public static async Task<Ontvangstindex> LoadAsync(MaatwerkDbContext db, ContractProfileCatalog catalogus, Guid gemeenteId, string agb, string afzender,
        CancellationToken ct)
    {
        var rijen = await (from t in db.Toewijzingen.AsNoTracking()
                           join c in db.Contracten on t.ContractId equals c.Id
                           join a in db.Organisaties on c.AanbiederId equals a.Id
                           join cl in db.Clienten on t.ClientId equals cl.Id
                           where a.AgbCode == agb && cl.GemeenteId == gemeenteId
                           select new
                           {
                               t.Id, t.ToewijzingNummer, t.ClientId, t.ContractId, t.Productcategorie, t.Productcode, t.IWmoProductcode, t.Ingangsdatum,
                               t.Einddatum, t.Volume, t.Eenheid, t.Frequentie, t.RedenWijziging, t.Budget, cl.Bsn,
                           }).ToListAsync(ct);
        var contractIds = rijen.Select(r => r.ContractId).Distinct().ToList();
        var contracten = await db.Contracten.AsNoTracking().Where(c => contractIds.Contains(c.Id)).ToListAsync(ct);
        var profielen = contracten.ToDictionary(c => c.Id, c => catalogus.Find(c.ProfielId, c.ProfielVersie));
        var controles = profielen.ToDictionary(p => p.Key, p => p.Value is { } profiel ? Contractcontroles.From(profiel) : Contractcontroles.Geen);
        var ingevoerd = (await db.Set<Contracttarief>().AsNoTracking().Where(t => contractIds.Contains(t.ContractId)).ToListAsync(ct)).ToLookup(t => t.ContractId);

        // Wlz indications (IB-A11) of the gemeente's residents, or about the aanbieder's toewijzingen: a handful of events.
        var wlz = await (from g in db.Gebeurtenissen.AsNoTracking()
                         where g.Soort == WlzStopdatum.Afgegeven
                               && (db.Clienten.Any(cl => cl.Id == g.ClientId && cl.GemeenteId == gemeenteId)
                                   || db.Toewijzingen.Any(t => t.Id == g.ToewijzingId && contractIds.Contains(t.ContractId)))
                         select new { g.ClientId, g.ToewijzingId, g.Moment }).ToListAsync(ct);
        var wlzPerClient = wlz.Where(w => w.ClientId is not null).GroupBy(w => w.ClientId!.Value).ToDictionary(g => g.Key, g => g.Min(w => w.Moment));
        var wlzPerToewijzing = wlz.Where(w => w.ToewijzingId is not null).GroupBy(w => w.ToewijzingId!.Value).ToDictionary(g => g.Key, g => g.Min(w => w.Moment));

        // DEV-Eis28-b: for a no-show toewijzing, the client's other toewijzingen under the same contract.
        var perClientContract = rijen.Where(r => r.Productcode is not null).ToLookup(r => (r.ClientId, r.ContractId));

        var tarieven = new Dictionary<(Guid, string), Func<DateOnly, ContractTarief?>>();
        var toewijzingen = new Dictionary<string, ToewijzingStand>(rijen.Count, StringComparer.Ordinal);
        var contractVan = new Dictionary<Guid, Guid>(rijen.Count);
        var tariefVan = new Dictionary<Guid, Func<DateOnly, ContractTarief?>>(rijen.Count);
        foreach (var r in rijen)
        {
            var profiel = profielen[r.ContractId];
            var product = r.Productcode is null ? null : profiel?.FindProduct(r.Productcode);
            var c = controles[r.ContractId];
            DateTimeOffset? moment = null;
            if (wlzPerClient.TryGetValue(r.ClientId, out var perClient)) moment = perClient;
            if (wlzPerToewijzing.TryGetValue(r.Id, out var perToewijzing) && (moment is null || perToewijzing < moment)) moment = perToewijzing;
            IReadOnlyList<Voorziening>? voorzieningen = c.NoShowProduct is { } ns && string.Equals(r.Productcode, ns.Waarde, StringComparison.OrdinalIgnoreCase)
                ? perClientContract[(r.ClientId, r.ContractId)].Where(o => o.Id != r.Id)
                    .Select(o => new Voorziening(o.ToewijzingNummer, o.Productcode!, o.Ingangsdatum, o.Einddatum)).ToList()
                : null;
            toewijzingen[r.ToewijzingNummer] = new ToewijzingStand(r.Id, r.ToewijzingNummer, r.Bsn, r.Productcategorie,
                ProductcodeKoppeling.Effective(r.IWmoProductcode, r.Productcode), r.Ingangsdatum, r.Einddatum, r.Volume, r.Eenheid ?? product?.IWmoEenheid,
                r.Frequentie, r.RedenWijziging, moment is { } w ? DateOnly.FromDateTime(Amsterdam.Local(w)) : null,
                r.Budget is { } budget ? (long)(budget * 100m) : null, c, voorzieningen);
            contractVan[r.Id] = r.ContractId;
            if (product is not null)
            {
                if (!tarieven.TryGetValue((r.ContractId, product.Code), out var f))
                {
                    var lijst = ingevoerd[r.ContractId].ToList();
                    tarieven[(r.ContractId, product.Code)] = f = datum =>
                        Tariefbepaling.Op(product, lijst, datum) is { } g ? new ContractTarief(g.Bedrag, product.Eenheid, g.Vanaf, g.Bron) : null;
                }
                tariefVan[r.Id] = f;
            }
        }

        var eerder = new EerdereRegels();
        var declaraties = db.Set<OntvangenDeclaratie>().Where(d => d.Afzender == afzender).Select(d => d.Id);
        await foreach (var e in db.Set<OntvangenPrestatie>().AsNoTracking().Where(p => declaraties.Contains(p.DeclaratieId))
                           .Select(p => new EerderePrestatie(p.ReferentieNummer, p.VorigReferentieNummer, p.ToewijzingNummer, p.ProductCategorie, p.ProductCode,
                               p.Begindatum, p.Einddatum, p.GeleverdVolume, p.Eenheid, p.Bedrag, p.DebetCredit == "C", p.Beoordeling))
                           .AsAsyncEnumerable().WithCancellation(ct))
            eerder.Add(e);
        return new Ontvangstindex { Toewijzingen = toewijzingen, ContractVan = contractVan, TariefVan = tariefVan, Eerder = eerder };
    }

    /// <summary>The Header's Afzender and Ontvanger and the DeclaratieNummer, read from the start of the message (the index
    /// is loaded before the lines stream past). Null when the message has no such header.</summary>
    public static (string Afzender, string Ontvanger, string DeclaratieNummer)? Kop(string xml)
    {
        string? afzender = null, ontvanger = null, nummer = null;
        var inHeader = false;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var verder = reader.Read();
            while (verder)
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "Header") inHeader = false;
                if (reader.NodeType == XmlNodeType.Element)
                {
                    // ReadElementContentAsString leaves the reader on the next node: read on from there.
                    switch (reader.LocalName)
                    {
                        case "Header": inHeader = true; break;
                        case "Afzender" when inHeader: afzender = reader.ReadElementContentAsString().Trim(); continue;
                        case "Ontvanger" when inHeader: ontvanger = reader.ReadElementContentAsString().Trim(); continue;
                        case "DeclaratieNummer": nummer = reader.ReadElementContentAsString().Trim(); continue;
                        case "Client": verder = false; continue;
                    }
                }
                verder = reader.Read();
            }
        }
        catch (XmlException)
        {
            return null;
        }
        return afzender is null || ontvanger is null ? null : (afzender, ontvanger, nummer ?? "");
    }
}
