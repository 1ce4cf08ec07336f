using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Tijdregistraties;
using static Maatwerk.Domain.Declaraties.Declaratieopbouw;

namespace Maatwerk.Domain.Declaraties;

/// <summary>The lines of one toewijzing in one month and what the pre-flight says about them.</summary>
internal sealed class Toewijzingopbouw(DeclareerbareToewijzing t, DateOnly eerste, DateOnly laatste, DateOnly vandaag,
    Func<DeclareerbareToewijzing, DateOnly, Tariefbepaling.GeldendTarief?> tarief, Func<DeclareerbareToewijzing, DateOnly, string> geenTarief,
    Gedeclareerd? eerder)
{
    public List<Declaratieregel> Regels { get; } = [];
    public List<Bezwaar> Bezwaren { get; } = [];

    private void Bezwaar(string code, string melding, bool blokkeert = true) => Bezwaren.Add(new Bezwaar(t.Id, t.Nummer, code, melding, blokkeert));

    /// <param name="registraties">The toewijzing's registrations up to the end of the month.</param>
    public void Build(IEnumerable<Tijdregistratie> registraties)
    {
        var eenheid = t.Eenheid ?? Minuut;
        var alle = registraties as IReadOnlyCollection<Tijdregistratie> ?? registraties.ToList();
        var eigen = alle.Where(r => r.Datum >= eerste).ToList();
        // AMB-54, IV089: a traject is declared in the month it is completed, also when nothing was registered that month.
        var afgerond = eenheid == Traject && t.Afronding is { } a && a >= eerste && a <= laatste;
        if (eigen.Count == 0 && !(afgerond && alle.Any(r => t.Regels.IsDeclarabel(r))))
            return;
        if (laatste >= vandaag)
        {
            Bezwaar("TR137", $"{Periode(eerste)} is nog niet voorbij; een maand wordt gedeclareerd nadat zij is afgelopen.");
            return;
        }
        var declarabel = eigen.Where(r => t.Regels.IsDeclarabel(r)).ToList();
        var nietDeclarabel = eigen.Count - declarabel.Count;
        if (nietDeclarabel > 0)
            Bezwaar(t.Regels.AlleenDirect!.Bron, $"{nietDeclarabel} registratie(s) indirecte tijd ({eigen.Where(r => !t.Regels.IsDeclarabel(r)).Sum(r => r.Minuten)} minuten) niet gedeclareerd: alleen directe tijd is declarabel ({t.Regels.AlleenDirect!.Bron}).", blokkeert: false);
        var begin = t.Ingangsdatum > eerste ? t.Ingangsdatum : eerste;
        var einde = t.Einddatum is { } e && e < laatste ? e : laatste;
        var buiten = declarabel.Where(r => r.Datum < begin || r.Datum > einde).ToList();
        if (buiten.Count > 0)
            Bezwaar("TR307", $"{buiten.Count} registratie(s) liggen buiten de toewijzingsperiode en worden niet gedeclareerd (retourcode 9307/9308).", blokkeert: false);
        declarabel = declarabel.Except(buiten).ToList();
        if (declarabel.Count == 0 && !afgerond)
            return;
        // Every reason the line cannot go is reported, not only the first.
        var geblokkeerd = false;
        if (t.IWmoProductcode is null)
        {
            Bezwaar("CD080", $"De toewijzing is per productcategorie ({t.Productcategorie}) gegeven, zonder productcode; een declaratieregel vraagt een productcode. Vraag de gemeente de productcode te koppelen (TR381).");
            geblokkeerd = true;
        }
        if (eenheid is not (Minuut or Uur or Etmaal or Traject))
        {
            Bezwaar("TR341", $"Eenheid {eenheid} wordt (nog) niet uit tijdregistratie opgebouwd; alleen minuten (01), uren (04), etmalen (14) en trajecten (82).");
            geblokkeerd = true;
        }
        if (eenheid == Traject && !afgerond)
        {
            Bezwaar("AMB-54", $"Traject {t.Productcode} is in {Periode(eerste)} niet afgerond (geen stop en geen einddatum in deze maand); een traject wordt één keer gedeclareerd, in de maand waarin het is afgerond (TC-07, IV089).", blokkeert: false);
            return;
        }
        var inToewijzing = alle.Where(r => t.Regels.IsDeclarabel(r) && r.Datum >= t.Ingangsdatum && (t.Einddatum is null || r.Datum <= t.Einddatum)).ToList();
        var etmalen = eenheid == Etmaal ? Eenheden.EtmaalEinden(inToewijzing) : [];
        var lijnen = new List<Declaratieregel>();
        foreach (var (van, totEn, geldend) in Tariefperiodes(begin, einde))
        {
            var inPeriode = declarabel.Where(r => r.Datum >= van && r.Datum <= totEn).ToList();
            var minuten = inPeriode.Sum(r => r.Minuten);
            long volume = eenheid switch
            {
                Minuut => minuten,
                Uur => minuten > 0 ? Uren(minuten) : 0, // IV079: rounded per period
                Etmaal => etmalen.Count(d => d >= van && d <= totEn), // AMB-28
                _ => t.Afronding is { } af && (af > einde ? einde : af) is var dag && dag >= van && dag <= totEn ? 1 : 0, // AMB-54
            };
            if (volume == 0)
                continue;
            if (geldend is null)
            {
                Bezwaar("TR418", geenTarief(t, van));
                continue;
            }
            if (geblokkeerd)
                continue;
            var (productTarief, bedrag) = Bedragen(eenheid, volume, geldend.Bedrag);
            lijnen.Add(new Declaratieregel(t, van, totEn, volume, eenheid, productTarief, bedrag, minuten, geldend.Bedrag, geldend.Bron ?? geldend.Herkomst));
        }
        if (lijnen.Count > 1)
            Bezwaar("TR418", $"Het tarief van {t.Productcode} verandert binnen {Periode(eerste)}: {lijnen.Count} regels, elk met het tarief dat op die dagen gold ({string.Join("; ", lijnen.Select(l => $"{l.Begindatum:dd-MM} t/m {l.Einddatum:dd-MM}: {Tariefbepaling.Euro(l.Uurtarief)}"))}).", blokkeert: false);
        if (lijnen.Count == 0)
            return;
        var fouten = Omvangcontrole.Check(t, begin, einde, lijnen.Sum(l => l.GeleverdVolume), eenheid, lijnen.Sum(l => l.IngediendBedrag), eerder).ToList();
        foreach (var (code, melding) in fouten)
            Bezwaar(code, melding);
        if (fouten.Count == 0)
            Regels.AddRange(lijnen);
    }

    /// <summary>The line's period cut where another tariff comes into force (TR418: the tariff on the line's days is the
    /// one in force on them), oldest first; adjacent parts with the same amount stay one.</summary>
    private List<(DateOnly Van, DateOnly Tot, Tariefbepaling.GeldendTarief? Tarief)> Tariefperiodes(DateOnly begin, DateOnly einde)
    {
        var delen = new List<(DateOnly Van, DateOnly Tot, Tariefbepaling.GeldendTarief? Tarief)>();
        var tot = einde;
        while (true)
        {
            var geldend = tarief(t, tot);
            var van = geldend is { } g && g.Vanaf > begin ? g.Vanaf : begin;
            if (delen.Count > 0 && delen[^1].Tarief?.Bedrag == geldend?.Bedrag)
                delen[^1] = delen[^1] with { Van = van, Tarief = geldend };
            else
                delen.Add((van, tot, geldend));
            if (van <= begin)
                break;
            tot = van.AddDays(-1);
        }
        delen.Reverse();
        return delen;
    }
}
