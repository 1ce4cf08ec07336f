using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Domain.Declaraties;

/// <summary>What the declaration needs of a toewijzing.</summary>
/// <param name="Eenheid">iWmo unit (WJ756) the line is declared in: the toewijzing's, else the product's.</param>
public sealed record DeclareerbareToewijzing(
    Guid Id, Guid ContractId, string Nummer, string Bsn, string Productcategorie, string? IWmoProductcode, string Productcode,
    DateOnly Ingangsdatum, DateOnly? Einddatum, string? Eenheid, Tijdregels Regels)
{
    /// <summary>The Omvang of the toegewezen product (volume, unit, frequency), checked by TR321/TR322.</summary>
    public Omvang? Omvang { get; init; }

    /// <summary>The toegewezen Budget in eurocents, checked by TR369; null when the toewijzing has none.</summary>
    public long? Budget { get; init; }

    /// <summary>The last day of delivery (the stop, WMO307): a traject (unit 82) is complete then (AMB-54).</summary>
    public DateOnly? EindeLevering { get; init; }

    /// <summary>The day a traject is completed: the stop of delivery, else the end of the toewijzing (AMB-54, IV089).</summary>
    public DateOnly? Afronding => EindeLevering ?? Einddatum;
}

/// <summary>One WMO323 line: toewijzing × product × productperiode (TR389/TR416), its period clipped to the toewijzing
/// (TR387/TR388) and to one tariff (TR418). Amounts in eurocents (IV024).</summary>
public sealed record Declaratieregel(
    DeclareerbareToewijzing Toewijzing, DateOnly Begindatum, DateOnly Einddatum, long GeleverdVolume, string Eenheid,
    long ProductTarief, long IngediendBedrag, int Minuten, decimal Uurtarief, string TariefBron)
{
    /// <summary>For a no-show line (DEV-Art8.4): the toewijzing of the product the client did not show up for.</summary>
    public DeclareerbareToewijzing? NoShowVan { get; init; }
}

/// <summary>Why the gemeente would reject a line (or why it cannot be built): shown before sending (pre-flight).</summary>
/// <param name="Blokkeert">The line is left out of the message until this is solved.</param>
public sealed record Bezwaar(Guid ToewijzingId, string Toewijzing, string Code, string Melding, bool Blokkeert);

/// <summary>Builds the lines of one month's WMO323 from the declarable registrations (DEV-Eis9-MI-R1: declarations are
/// built only from registrations), per the iWmo instructions and the contract: minutes in unit 01 (AMB-51), hours per
/// period rounded (IV079), etmalen (14) as complete contiguous 24 hours (AMB-28), a traject (82) once in the month it is
/// completed (AMB-54); a line per tariff in force (TR418); ProductTarief and IngediendBedrag in cents (IV024, IV081);
/// volume and budget against the toewijzing (TR321, TR322, TR369); no-show units on the no-show toewijzing (DEV-Art8.4).</summary>
public static class Declaratieopbouw
{
    public const string Minuut = "01";
    public const string Uur = "04";
    public const string Etmaal = "14";
    public const string Traject = "82";

    public sealed record Uitkomst(IReadOnlyList<Declaratieregel> Regels, IReadOnlyList<Bezwaar> Bezwaren)
    {
        public long Totaal => Regels.Sum(r => r.IngediendBedrag);
    }

    /// <param name="maand">Any day of the month to declare (CS340: one calendar month).</param>
    /// <param name="registraties">The month's registrations of the toewijzingen; for etmaal and traject toewijzingen also
    /// the earlier ones (a stay or a traject that began before the month).</param>
    /// <param name="tarief">The tariff in force for the toewijzing's product on a date (null = none: blocked).</param>
    /// <param name="vandaag">A month is declared after it ended (TR137: no period after the dagtekening).</param>
    /// <param name="eerder">What earlier sent 323s declared per toewijzing (TR322, TR369, and a traject once).</param>
    /// <param name="noShows">The no-show units that may be declared (DEV-Eis28-b), with the no-show product.</param>
    public static Uitkomst Bouw(DateOnly maand, IEnumerable<DeclareerbareToewijzing> toewijzingen, IEnumerable<Tijdregistratie> registraties,
        Func<DeclareerbareToewijzing, DateOnly, Tariefbepaling.GeldendTarief?> tarief, Func<DeclareerbareToewijzing, DateOnly, string> geenTarief, DateOnly vandaag,
        IReadOnlyDictionary<Guid, Gedeclareerd>? eerder = null, IEnumerable<NoShowEenheid>? noShows = null)
    {
        var eerste = new DateOnly(maand.Year, maand.Month, 1);
        var laatste = eerste.AddMonths(1).AddDays(-1);
        var regels = new List<Declaratieregel>();
        var bezwaren = new List<Bezwaar>();
        var tot = registraties.Where(r => r.Datum <= laatste).ToLookup(r => r.ToewijzingId);
        var lijst = toewijzingen as IReadOnlyList<DeclareerbareToewijzing> ?? toewijzingen.ToList();
        foreach (var t in lijst)
        {
            var eerderT = eerder?.GetValueOrDefault(t.Id);
            var opbouw = new Toewijzingopbouw(t, eerste, laatste, vandaag, tarief, geenTarief, eerderT);
            opbouw.Build(tot[t.Id]);
            regels.AddRange(opbouw.Regels);
            bezwaren.AddRange(opbouw.Bezwaren);
        }
        if (noShows is not null)
        {
            var (noShowRegels, noShowBezwaren) = NoShowDeclaratie.Build(eerste, laatste, vandaag, lijst, noShows, tarief, geenTarief, eerder);
            regels.AddRange(noShowRegels);
            bezwaren.AddRange(noShowBezwaren);
        }
        return new Uitkomst(regels, bezwaren);
    }

    /// <summary>IV079: a period's minutes in whole hours — the remainder under 30 minutes down, 30 or more up; at least 1.</summary>
    public static long Uren(int minuten) => Math.Max(1, minuten / 60 + (minuten % 60 >= 30 ? 1 : 0));

    /// <summary>ProductTarief and IngediendBedrag in cents for a volume in a unit (IV081): per minute the hourly tariff / 60
    /// rounded half up, but the amount from the hourly tariff × minutes / 60; otherwise volume × the tariff per unit.</summary>
    public static (long ProductTarief, long Bedrag) Bedragen(string eenheid, long volume, decimal tarief)
    {
        var centen = tarief * 100m;
        if (eenheid == Minuut)
            return ((long)Math.Round(centen / 60m, MidpointRounding.AwayFromZero), (long)Math.Round(centen * volume / 60m, MidpointRounding.AwayFromZero));
        var perEenheid = (long)Math.Round(centen, MidpointRounding.AwayFromZero);
        return (perEenheid, volume * perEenheid);
    }

    private static string MaandNaam(int maand) =>
        new[] { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december" }[maand - 1];

    public static string Periode(DateOnly maand) => $"{MaandNaam(maand.Month)} {maand.Year}";

    /// <summary>A volume with its unit as a Dutch reader says it: "155 minuten", "2 etmalen".</summary>
    public static string Toon(long volume, string eenheid) => $"{volume} {eenheid switch
    {
        Minuut => volume == 1 ? "minuut" : "minuten",
        Uur => "uur",
        Etmaal => volume == 1 ? "etmaal" : "etmalen",
        "16" => volume == 1 ? "dagdeel" : "dagdelen",
        Traject => volume == 1 ? "traject" : "trajecten",
        "83" => "euro",
        "84" => "stuks",
        _ => $"(eenheid {eenheid})",
    }}";
}

/// <summary>What earlier sent 323s declared on a toewijzing: debet minus credit, in the unit of its lines.</summary>
public sealed record Gedeclareerd(long Volume, string Eenheid, long Bedrag)
{
    public Gedeclareerd Add(long volume, long bedrag) => this with { Volume = Volume + volume, Bedrag = Bedrag + bedrag };
}
