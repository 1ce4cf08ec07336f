using Maatwerk.Domain.Tarieven;
using static Maatwerk.Domain.Declaraties.Declaratieopbouw;

namespace Maatwerk.Domain.Declaraties;

/// <summary>A no-show that may be declared (DEV-Eis28-b: at most one unit per voorziening per calendar month, decided by
/// <c>NoShowBeoordeling</c>).</summary>
/// <param name="ToewijzingId">The toewijzing of the product the client did not show up for (PO or OAD).</param>
/// <param name="Minuten">The size of the unit (AMB-13: one klokuur, <c>eenheidMinuten: 60</c>).</param>
/// <param name="NoShowProduct">The contract's product the gemeente registers the no-show under (Eis 28: "No Show").</param>
public sealed record NoShowEenheid(Guid ToewijzingId, DateOnly Dag, int Minuten, string NoShowProduct, string Bron);

/// <summary>No-show units on the 323 as the Deventer contract says (Eis 28, Art 8.4): Toegang registers the reported
/// no-show under the product "No Show", after which one unit per voorziening per month may be declared to the gemeente.
/// So a unit goes on the client's toewijzing for the no-show product under the same contract, valid on the day, at the
/// tariff of the missed product on that day (AMB-13: one klokuur of the underlying product); without such a toewijzing the
/// pre-flight says so and no line is built.</summary>
internal static class NoShowDeclaratie
{
    public static (List<Declaratieregel> Regels, List<Bezwaar> Bezwaren) Build(DateOnly eerste, DateOnly laatste, DateOnly vandaag,
        IReadOnlyList<DeclareerbareToewijzing> toewijzingen, IEnumerable<NoShowEenheid> noShows,
        Func<DeclareerbareToewijzing, DateOnly, Tariefbepaling.GeldendTarief?> tarief, Func<DeclareerbareToewijzing, DateOnly, string> geenTarief,
        IReadOnlyDictionary<Guid, Gedeclareerd>? eerder)
    {
        var regels = new List<Declaratieregel>();
        var bezwaren = new List<Bezwaar>();
        var perId = toewijzingen.ToDictionary(t => t.Id);
        var perClient = toewijzingen.ToLookup(t => (t.Bsn, t.ContractId));
        var perNoShowToewijzing = new Dictionary<DeclareerbareToewijzing, List<(NoShowEenheid Eenheid, DeclareerbareToewijzing Onder, Tariefbepaling.GeldendTarief Tarief)>>();
        foreach (var n in noShows.Where(n => n.Dag >= eerste && n.Dag <= laatste).OrderBy(n => n.Dag))
        {
            if (!perId.TryGetValue(n.ToewijzingId, out var onder))
                continue;
            void Bezwaar(DeclareerbareToewijzing t, string code, string melding) => bezwaren.Add(new Bezwaar(t.Id, t.Nummer, code, melding, true));
            if (laatste >= vandaag)
            {
                Bezwaar(onder, "TR137", $"De no-show van {n.Dag:dd-MM-yyyy} valt in {Periode(eerste)}, die nog niet voorbij is.");
                continue;
            }
            var ns = perClient[(onder.Bsn, onder.ContractId)].FirstOrDefault(t => string.Equals(t.Productcode, n.NoShowProduct, StringComparison.OrdinalIgnoreCase)
                && t.Ingangsdatum <= n.Dag && (t.Einddatum is null || t.Einddatum >= n.Dag));
            if (ns is null)
            {
                Bezwaar(onder, n.Bron, $"De no-show van {n.Dag:dd-MM-yyyy} bij {onder.Productcode} (toewijzing {onder.Nummer}) wordt niet gedeclareerd: de cliënt heeft " +
                    $"geen toewijzing voor het product '{n.NoShowProduct}' (No Show) die op die dag geldt. Meld de no-show bij Toegang; die registreert haar onder " +
                    $"het product No Show, waarna één eenheid per voorziening per maand gedeclareerd mag worden ({n.Bron}, DEV-Art8.4).");
                continue;
            }
            if (tarief(onder, n.Dag) is not { } geldend)
            {
                Bezwaar(onder, "TR418", geenTarief(onder, n.Dag));
                continue;
            }
            if (!perNoShowToewijzing.TryGetValue(ns, out var lijst))
                perNoShowToewijzing[ns] = lijst = [];
            lijst.Add((n, onder, geldend));
        }
        foreach (var (ns, eenheden) in perNoShowToewijzing)
        {
            void Bezwaar(string code, string melding) => bezwaren.Add(new Bezwaar(ns.Id, ns.Nummer, code, melding, true));
            var eenheid = ns.Eenheid ?? Minuut;
            if (ns.IWmoProductcode is null)
            {
                Bezwaar("CD080", $"De no-show-toewijzing is per productcategorie ({ns.Productcategorie}) gegeven, zonder productcode; vraag de gemeente de productcode te koppelen (TR381).");
                continue;
            }
            if (eenheid is not (Minuut or Uur) || eenheden.Any(e => eenheid == Uur && e.Eenheid.Minuten % 60 != 0))
            {
                Bezwaar("TR341", $"De no-show-toewijzing {ns.Nummer} heeft eenheid {eenheid}; een no-show-eenheid van {eenheden[0].Eenheid.Minuten} minuten (AMB-13) past daar niet in.");
                continue;
            }
            // One debet line per toewijzing and productperiode (TR416): units at another tariff cannot share it.
            var groepen = eenheden.GroupBy(e => e.Tarief.Bedrag).OrderByDescending(g => g.Count()).ToList();
            foreach (var ander in groepen.Skip(1).SelectMany(g => g))
                Bezwaar("TR416", $"De no-show van {ander.Eenheid.Dag:dd-MM-yyyy} bij {ander.Onder.Productcode} heeft een ander tarief ({Tariefbepaling.Euro(ander.Tarief.Bedrag)}) " +
                    $"dan de andere no-shows op toewijzing {ns.Nummer} in {Periode(eerste)}; één regel per toewijzing per periode kan maar één tarief dragen. Overleg met de gemeente.");
            var groep = groepen[0].ToList();
            var minuten = groep.Sum(e => e.Eenheid.Minuten);
            var volume = eenheid == Uur ? minuten / 60 : minuten;
            var geldend = groep[0].Tarief;
            var (productTarief, bedrag) = Bedragen(eenheid, volume, geldend.Bedrag);
            var begin = ns.Ingangsdatum > eerste ? ns.Ingangsdatum : eerste;
            var einde = ns.Einddatum is { } e && e < laatste ? e : laatste;
            var fouten = Omvangcontrole.Check(ns, begin, einde, volume, eenheid, bedrag, eerder?.GetValueOrDefault(ns.Id)).ToList();
            foreach (var (code, melding) in fouten)
                Bezwaar(code, melding);
            if (fouten.Count == 0)
                regels.Add(new Declaratieregel(ns, begin, einde, volume, eenheid, productTarief, bedrag, minuten, geldend.Bedrag,
                    $"{geldend.Bron ?? geldend.Herkomst}; no-show: tarief van {groep[0].Onder.Productcode} (AMB-13)") { NoShowVan = groep[0].Onder });
        }
        return (regels, bezwaren);
    }
}
