using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Domain.Declaraties;

/// <summary>What the declaration needs of a toewijzing.</summary>
/// <param name="Eenheid">iWmo unit (WJ756) the line is declared in: the toewijzing's, else the product's.</param>
public sealed record DeclareerbareToewijzing(
    Guid Id, Guid ContractId, string Nummer, string Bsn, string Productcategorie, string? IWmoProductcode, string Productcode,
    DateOnly Ingangsdatum, DateOnly? Einddatum, string? Eenheid, Tijdregels Regels);

/// <summary>One WMO323 line: toewijzing × product × month (TR389/TR416), its period clipped to the toewijzing
/// (TR387/TR388). Amounts in eurocents (IV024).</summary>
public sealed record Declaratieregel(
    DeclareerbareToewijzing Toewijzing, DateOnly Begindatum, DateOnly Einddatum, long GeleverdVolume, string Eenheid,
    long ProductTarief, long IngediendBedrag, int Minuten, decimal Uurtarief, string TariefBron);

/// <summary>Why the gemeente would reject a line (or why it cannot be built): shown before sending (pre-flight).</summary>
/// <param name="Blokkeert">The line is left out of the message until this is solved.</param>
public sealed record Bezwaar(Guid ToewijzingId, string Toewijzing, string Code, string Melding, bool Blokkeert);

/// <summary>Builds the lines of one month's WMO323 from the declarable registrations (DEV-Eis9-MI-R1: declarations are
/// built only from registrations), per the iWmo instructions: minutes in unit 01 (AMB-51), hours per period rounded
/// (IV079: under 30 minutes down, 30 or more up, at least 1), ProductTarief and IngediendBedrag in cents (IV024, IV081).</summary>
public static class Declaratieopbouw
{
    public const string Minuut = "01";
    public const string Uur = "04";

    public sealed record Uitkomst(IReadOnlyList<Declaratieregel> Regels, IReadOnlyList<Bezwaar> Bezwaren)
    {
        public long Totaal => Regels.Sum(r => r.IngediendBedrag);
    }

    /// <param name="maand">Any day of the month to declare (CS340: one calendar month).</param>
    /// <param name="registraties">The month's registrations of the toewijzingen.</param>
    /// <param name="tarief">The tariff in force for the toewijzing's product on a date (null = none: blocked).</param>
    /// <param name="vandaag">A month is declared after it ended (TR137: no period after the dagtekening).</param>
    public static Uitkomst Bouw(DateOnly maand, IEnumerable<DeclareerbareToewijzing> toewijzingen, IEnumerable<Tijdregistratie> registraties,
        Func<DeclareerbareToewijzing, DateOnly, Tariefbepaling.GeldendTarief?> tarief, Func<DeclareerbareToewijzing, DateOnly, string> geenTarief, DateOnly vandaag)
    {
        var eerste = new DateOnly(maand.Year, maand.Month, 1);
        var laatste = eerste.AddMonths(1).AddDays(-1);
        var regels = new List<Declaratieregel>();
        var bezwaren = new List<Bezwaar>();
        var perToewijzing = registraties.Where(r => r.Datum >= eerste && r.Datum <= laatste).ToLookup(r => r.ToewijzingId);
        foreach (var t in toewijzingen)
        {
            var eigen = perToewijzing[t.Id].ToList();
            if (eigen.Count == 0)
                continue;
            void Bezwaar(string code, string melding, bool blokkeert = true) => bezwaren.Add(new Bezwaar(t.Id, t.Nummer, code, melding, blokkeert));
            if (laatste >= vandaag)
            {
                Bezwaar("TR137", $"{Periode(eerste)} is nog niet voorbij; een maand wordt gedeclareerd nadat zij is afgelopen.");
                continue;
            }
            var declarabel = eigen.Where(r => t.Regels.IsDeclarabel(r.Soort)).ToList();
            var nietDeclarabel = eigen.Count - declarabel.Count;
            if (nietDeclarabel > 0)
                Bezwaar(t.Regels.AlleenDirect!.Bron, $"{nietDeclarabel} registratie(s) indirecte tijd ({eigen.Where(r => !t.Regels.IsDeclarabel(r.Soort)).Sum(r => r.Minuten)} minuten) niet gedeclareerd: alleen directe tijd is declarabel ({t.Regels.AlleenDirect!.Bron}).", blokkeert: false);
            if (declarabel.Count == 0)
                continue;
            var begin = t.Ingangsdatum > eerste ? t.Ingangsdatum : eerste;
            var einde = t.Einddatum is { } e && e < laatste ? e : laatste;
            var buiten = declarabel.Where(r => r.Datum < begin || r.Datum > einde).ToList();
            if (buiten.Count > 0)
                Bezwaar("TR307", $"{buiten.Count} registratie(s) liggen buiten de toewijzingsperiode en worden niet gedeclareerd (retourcode 9307/9308).", blokkeert: false);
            declarabel = declarabel.Except(buiten).ToList();
            if (declarabel.Count == 0)
                continue;
            // Every reason the line cannot go is reported, not only the first.
            var geblokkeerd = false;
            if (t.IWmoProductcode is null)
            {
                Bezwaar("CD080", $"De toewijzing is per productcategorie ({t.Productcategorie}) gegeven, zonder productcode; een declaratieregel vraagt een productcode. Vraag de gemeente de productcode te koppelen (TR381).");
                geblokkeerd = true;
            }
            var eenheid = t.Eenheid ?? Minuut;
            if (eenheid is not (Minuut or Uur))
            {
                Bezwaar("TR341", $"Eenheid {eenheid} wordt (nog) niet uit tijdregistratie opgebouwd; alleen minuten (01) en uren (04).");
                geblokkeerd = true;
            }
            // The tariff in force at the start of the line's period; a change inside the month would need two lines.
            var geldend = tarief(t, begin);
            if (geldend is null)
                Bezwaar("TR418", geenTarief(t, begin));
            if (geblokkeerd || geldend is null)
                continue;
            if (tarief(t, einde) is { } aanEinde && aanEinde.Bedrag != geldend.Bedrag)
                Bezwaar("TR418", $"Het tarief van {t.Productcode} verandert binnen de maand ({Tariefbepaling.Euro(geldend.Bedrag)} → {Tariefbepaling.Euro(aanEinde.Bedrag)}); de regel gebruikt het tarief op {begin:dd-MM-yyyy}.", blokkeert: false);
            var minuten = declarabel.Sum(r => r.Minuten);
            var uurtariefCenten = geldend.Bedrag * 100m;
            long volume, productTarief, bedrag;
            if (eenheid == Minuut)
            {
                volume = minuten;
                productTarief = (long)Math.Round(uurtariefCenten / 60m, MidpointRounding.AwayFromZero); // IV081
                bedrag = (long)Math.Round(uurtariefCenten * minuten / 60m, MidpointRounding.AwayFromZero);
            }
            else
            {
                volume = Uren(minuten); // IV079
                productTarief = (long)Math.Round(uurtariefCenten, MidpointRounding.AwayFromZero);
                bedrag = volume * productTarief;
            }
            regels.Add(new Declaratieregel(t, begin, einde, volume, eenheid, productTarief, bedrag, minuten, geldend.Bedrag, geldend.Bron ?? geldend.Herkomst));
        }
        return new Uitkomst(regels, bezwaren);
    }

    /// <summary>IV079: a period's minutes in whole hours — the remainder under 30 minutes down, 30 or more up; at least 1.</summary>
    public static long Uren(int minuten) => Math.Max(1, minuten / 60 + (minuten % 60 >= 30 ? 1 : 0));

    private static string MaandNaam(int maand) =>
        new[] { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december" }[maand - 1];

    public static string Periode(DateOnly maand) => $"{MaandNaam(maand.Month)} {maand.Year}";
}
