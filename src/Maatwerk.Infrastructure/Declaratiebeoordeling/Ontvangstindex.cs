using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
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
/// the toewijzingen of the aanbieder for the gemeente's residents that the message names, with the clients' others (a few columns, keyed by ToewijzingNummer, with the
/// client's Wlz indication, the contract's rules and tariffs and, for a no-show toewijzing, the voorzieningen) and the
/// earlier lines of the sender that the message's lines can be checked against (<see cref="EerdereRegels"/>), so the index
/// does not grow with the aanbieder's history (for a message naming up to <see cref="DeclaratieOntvangst.EerdereRegelsSmalTot"/> numbers). Apart from the named numbers no query depends on the
/// lines, so a 323 of 100,000 lines needs the same few queries as one of a single line.
/// <para>The toewijzingen are held as compact rows (one array of structs, their repeated short texts shared) and each
/// becomes a <see cref="ToewijzingStand"/> only when a line asks for it: a gemeente's 250,000 toewijzingen against a 323
/// that names 100,000 of them (bench/README.md, "a database step").</para></summary>
internal sealed class Ontvangstindex
{
    private readonly Toewijzingrijen _rijen;

    private Ontvangstindex(Toewijzingrijen rijen, EerdereRegels eerder) => (_rijen, Eerder) = (rijen, eerder);

    public IReadOnlyDictionary<string, ToewijzingStand> Toewijzingen => _rijen;
    public EerdereRegels Eerder { get; }

    /// <summary>The contract a toewijzing of the index falls under.</summary>
    public Guid ContractVan(ToewijzingStand t) => _rijen.Rij(t.Nummer).ContractId;

    public ContractTarief? Tarief(ToewijzingStand t, DateOnly datum) => _rijen.Tarief(t.Nummer, datum);

    /// <summary>One toewijzing as the query returns it.</summary>
    internal readonly record struct Rij(Guid Id, string ToewijzingNummer, Guid ClientId, Guid ContractId, string Productcategorie, string? Productcode,
        string? IWmoProductcode, DateOnly Ingangsdatum, DateOnly? Einddatum, int? Volume, string? Eenheid, string? Frequentie, string? RedenWijziging,
        decimal? Budget, string Bsn);

    /// <param name="genoemd">The ToewijzingNummers and references the message names (<see cref="GenoemdeNummers"/>): only the
    /// toewijzingen of the clients those belong to are loaded (a named one, and for a no-show toewijzing the client's others,
    /// whatever client the line names), and only the earlier lines that can matter. Null: every toewijzing of the aanbieder for the
    /// gemeente's residents and every earlier line of the sender.</param>
    /// <param name="eerdereSmalTot">Above this many named numbers every earlier line of the sender is loaded (see
    /// <see cref="DeclaratieOntvangst.EerdereRegelsSmalTot"/>).</param>
    public static async Task<Ontvangstindex> LoadAsync(MaatwerkDbContext db, ContractProfileCatalog catalogus, Guid gemeenteId, string agb, string afzender,
        GenoemdeNummers? genoemd, int eerdereSmalTot, CancellationToken ct)
    {
        var gedeeld = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Deel(string? s) => s is null || s.Length > 8 ? s : gedeeld.TryGetValue(s, out var d) ? d : gedeeld[s] = s;
        // Room for the named toewijzingen and a quarter more (the clients' others) at once, not growth by doubling on the large
        // object heap.
        var rijen = new List<Rij>(genoemd is null ? 0 : genoemd.Toewijzingen.Count + genoemd.Toewijzingen.Count / 4);
        var toewijzingen = db.Toewijzingen.AsNoTracking();
        if (genoemd is not null)
        {
            // One parameter (an array on PostgreSQL, JSON on SQLite): as separate parameters 100,000 numbers exceed SQLite's limit.
            var clienten = db.Toewijzingen.Where(t => EF.Parameter(genoemd.Toewijzingen).Contains(t.ToewijzingNummer)).Select(t => t.ClientId);
            toewijzingen = toewijzingen.Where(t => clienten.Contains(t.ClientId));
        }
        await foreach (var r in (from t in toewijzingen
                                 join c in db.Contracten on t.ContractId equals c.Id
                                 join a in db.Organisaties on c.AanbiederId equals a.Id
                                 join cl in db.Clienten on t.ClientId equals cl.Id
                                 where a.AgbCode == agb && cl.GemeenteId == gemeenteId
                                 select new Rij(t.Id, t.ToewijzingNummer, t.ClientId, t.ContractId, t.Productcategorie, t.Productcode, t.IWmoProductcode,
                                     t.Ingangsdatum, t.Einddatum, t.Volume, t.Eenheid, t.Frequentie, t.RedenWijziging, t.Budget, cl.Bsn))
                           .AsAsyncEnumerable().WithCancellation(ct))
            rijen.Add(r with
            {
                Productcategorie = Deel(r.Productcategorie)!, Productcode = Deel(r.Productcode), IWmoProductcode = Deel(r.IWmoProductcode),
                Eenheid = Deel(r.Eenheid), Frequentie = Deel(r.Frequentie), RedenWijziging = Deel(r.RedenWijziging),
            });
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

        var eerder = new EerdereRegels();
        var declaraties = db.Set<OntvangenDeclaratie>().Where(d => d.Afzender == afzender).Select(d => d.Id);
        var alleEerdere = db.Set<OntvangenPrestatie>().AsNoTracking().Where(p => declaraties.Contains(p.DeclaratieId));
        if (genoemd is null || genoemd.Toewijzingen.Count + genoemd.Referenties.Count > eerdereSmalTot)
        {
            await LoadEerdereAsync(alleEerdere, eerder, null, ct);
            return new Ontvangstindex(new Toewijzingrijen(rijen, profielen, controles, ingevoerd, wlzPerClient, wlzPerToewijzing), eerder);
        }
        // The earlier lines a line of this message can be checked against: those of the toewijzingen it names (TR322/TR369
        // totals, TR389/TR416 debits), those whose reference it names as its own or as VorigReferentieNummer (TR314, TR323), those
        // that credit a reference it names (TR390), and the credits of the named toewijzingen' debits (TR389/TR416 "not credited").
        var (ts, refs) = (genoemd.Toewijzingen, genoemd.Referenties);
        Expression<Func<OntvangenPrestatie, bool>> genoemdeRegel = p => EF.Parameter(ts).Contains(p.ToewijzingNummer)
            || EF.Parameter(refs).Contains(p.ReferentieNummer) || (p.VorigReferentieNummer != null && EF.Parameter(refs).Contains(p.VorigReferentieNummer));
        var debetsVanToewijzingen = new HashSet<string>(StringComparer.Ordinal);
        await LoadEerdereAsync(alleEerdere.Where(genoemdeRegel), eerder, debetsVanToewijzingen, ct);
        var nietGenoemd = Expression.Lambda<Func<OntvangenPrestatie, bool>>(Expression.Not(genoemdeRegel.Body), genoemdeRegel.Parameters);
        if (debetsVanToewijzingen.Count > 0)
            await LoadEerdereAsync(alleEerdere.Where(nietGenoemd)
                .Where(p => p.VorigReferentieNummer != null && EF.Parameter(debetsVanToewijzingen).Contains(p.VorigReferentieNummer)), eerder, null, ct);
        return new Ontvangstindex(new Toewijzingrijen(rijen, profielen, controles, ingevoerd, wlzPerClient, wlzPerToewijzing), eerder);
    }

    private static async Task LoadEerdereAsync(IQueryable<OntvangenPrestatie> regels, EerdereRegels eerder, HashSet<string>? debets, CancellationToken ct)
    {
        await foreach (var e in regels.Select(p => new EerdereRij(p.ReferentieNummer, p.VorigReferentieNummer, p.ToewijzingNummer, p.ProductCategorie,
                               p.ProductCode, p.Begindatum, p.Einddatum, p.GeleverdVolume, p.Bedrag, p.DebetCredit == "C", p.Beoordeling))
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            eerder.Add(e.ReferentieNummer, e.VorigReferentieNummer, e.ToewijzingNummer, e.ProductCategorie, e.ProductCode, e.Begindatum, e.Einddatum,
                e.GeleverdVolume, e.Bedrag, e.IsCredit, e.Beoordeling);
            if (!e.IsCredit)
                debets?.Add(e.ReferentieNummer);
        }
    }

    /// <summary>An earlier line as the query returns it: what <see cref="EerdereRegels"/> keeps, without a record per line.</summary>
    private readonly record struct EerdereRij(string ReferentieNummer, string? VorigReferentieNummer, string ToewijzingNummer, string ProductCategorie,
        string ProductCode, DateOnly Begindatum, DateOnly Einddatum, long GeleverdVolume, long Bedrag, bool IsCredit, Beoordeling Beoordeling);

    /// <summary>The toewijzingen by number as compact rows; a row becomes a <see cref="ToewijzingStand"/> on its first look-up.</summary>
    private sealed class Toewijzingrijen : IReadOnlyDictionary<string, ToewijzingStand>
    {
        private readonly List<Rij> _rijen;
        private readonly Dictionary<string, int> _perNummer;
        // The last one asked for: a line asks for its toewijzing twice in a row (the checks, then the line's row). Not one kept
        // per toewijzing: that was 100,000 of them held to the end of the receipt (bench/README.md, "Session 26").
        private ToewijzingStand? _laatste;
        private readonly Dictionary<Guid, ContractProfile?> _profielen;
        private readonly Dictionary<Guid, Contractcontroles> _controles;
        private readonly ILookup<Guid, Contracttarief> _ingevoerd;
        private readonly Dictionary<Guid, DateTimeOffset> _wlzPerClient;
        private readonly Dictionary<Guid, DateTimeOffset> _wlzPerToewijzing;
        private readonly Dictionary<(Guid, string), Product?> _producten = [];
        private readonly Dictionary<(Guid, string), IReadOnlyList<Tariefbepaling.GeldendTarief>> _historie = [];
        private readonly Dictionary<(Guid, string, DateOnly), ContractTarief?> _tarieven = [];
        private ILookup<(Guid ClientId, Guid ContractId), Rij>? _perClientContract;

        public Toewijzingrijen(List<Rij> rijen, Dictionary<Guid, ContractProfile?> profielen, Dictionary<Guid, Contractcontroles> controles,
            ILookup<Guid, Contracttarief> ingevoerd, Dictionary<Guid, DateTimeOffset> wlzPerClient, Dictionary<Guid, DateTimeOffset> wlzPerToewijzing)
        {
            (_rijen, _profielen, _controles, _ingevoerd, _wlzPerClient, _wlzPerToewijzing) = (rijen, profielen, controles, ingevoerd, wlzPerClient, wlzPerToewijzing);
            _perNummer = new Dictionary<string, int>(rijen.Count, StringComparer.Ordinal);
            for (var i = 0; i < rijen.Count; i++)
                _perNummer[rijen[i].ToewijzingNummer] = i; // as before: a number twice keeps the last row
        }

        public Rij Rij(string nummer) => _rijen[_perNummer[nummer]];

        public ContractTarief? Tarief(string nummer, DateOnly datum)
        {
            var r = Rij(nummer);
            if (Product(r) is not { } product)
                return null;
            // As Tariefbepaling.Op, with the history built once per contract and product and the answer kept per date
            // (a 323's lines share a few dates): not a sorted history per line (bench/README.md, "Session 26").
            if (_tarieven.TryGetValue((r.ContractId, product.Code, datum), out var tarief))
                return tarief;
            if (!_historie.TryGetValue((r.ContractId, product.Code), out var historie))
                _historie[(r.ContractId, product.Code)] = historie = Tariefbepaling.Historie(product, _ingevoerd[r.ContractId]);
            return _tarieven[(r.ContractId, product.Code, datum)] =
                historie.LastOrDefault(t => t.Vanaf <= datum) is { } g ? new ContractTarief(g.Bedrag, product.Eenheid, g.Vanaf, g.Bron) : null;
        }

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out ToewijzingStand value)
        {
            if (_laatste is { } laatste && string.Equals(laatste.Nummer, key, StringComparison.Ordinal))
            {
                value = laatste;
                return true;
            }
            if (!_perNummer.TryGetValue(key, out var i))
            {
                value = null;
                return false;
            }
            _laatste = value = Stand(_rijen[i]);
            return true;
        }

        private Product? Product(Rij r)
        {
            if (r.Productcode is null)
                return null;
            if (!_producten.TryGetValue((r.ContractId, r.Productcode), out var product))
                _producten[(r.ContractId, r.Productcode)] = product = _profielen[r.ContractId]?.FindProduct(r.Productcode);
            return product;
        }

        private ToewijzingStand Stand(Rij r)
        {
            var product = Product(r);
            var c = _controles[r.ContractId];
            DateTimeOffset? moment = null;
            if (_wlzPerClient.TryGetValue(r.ClientId, out var perClient)) moment = perClient;
            if (_wlzPerToewijzing.TryGetValue(r.Id, out var perToewijzing) && (moment is null || perToewijzing < moment)) moment = perToewijzing;
            // DEV-Eis28-b: for a no-show toewijzing, the client's other toewijzingen under the same contract.
            IReadOnlyList<Voorziening>? voorzieningen = c.NoShowProduct is { } ns && string.Equals(r.Productcode, ns.Waarde, StringComparison.OrdinalIgnoreCase)
                ? (_perClientContract ??= _rijen.Where(o => o.Productcode is not null).ToLookup(o => (o.ClientId, o.ContractId)))[(r.ClientId, r.ContractId)]
                    .Where(o => o.Id != r.Id).Select(o => new Voorziening(o.ToewijzingNummer, o.Productcode!, o.Ingangsdatum, o.Einddatum)).ToList()
                : null;
            return new ToewijzingStand(r.Id, r.ToewijzingNummer, r.Bsn, r.Productcategorie,
                ProductcodeKoppeling.Effective(r.IWmoProductcode, r.Productcode), r.Ingangsdatum, r.Einddatum, r.Volume, r.Eenheid ?? product?.IWmoEenheid,
                r.Frequentie, r.RedenWijziging, moment is { } w ? DateOnly.FromDateTime(Amsterdam.Local(w)) : null,
                r.Budget is { } budget ? (long)(budget * 100m) : null, c, voorzieningen);
        }

        public ToewijzingStand this[string key] => TryGetValue(key, out var t) ? t : throw new KeyNotFoundException(key);
        public IEnumerable<string> Keys => _perNummer.Keys;
        public IEnumerable<ToewijzingStand> Values => Keys.Select(k => this[k]);
        public int Count => _perNummer.Count;
        public bool ContainsKey(string key) => _perNummer.ContainsKey(key);
        public IEnumerator<KeyValuePair<string, ToewijzingStand>> GetEnumerator() => Keys.Select(k => KeyValuePair.Create(k, this[k])).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The Header's Afzender and Ontvanger and the DeclaratieNummer, read from the start of the message (the index
    /// is loaded before the lines stream past). Null when the message has no such header.</summary>
    public static (string Afzender, string Ontvanger, string DeclaratieNummer)? Kop(Stream xml)
    {
        string? afzender = null, ontvanger = null, nummer = null;
        var inHeader = false;
        try
        {
            using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
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
