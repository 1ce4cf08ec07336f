using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Toewijzingen;
using static Maatwerk.Domain.Declaraties.Declaratieopbouw;

namespace Maatwerk.Domain.Declaraties;

/// <summary>Volume and budget of a month's lines against the toewijzing, as the gemeente checks them: TR321 (9321) the
/// volume of the period within the Omvang for its frequency, TR322 (9322) the sum over all declared lines within the
/// Omvang over the whole toewijzing, TR369 (9369) the amounts within the Budget. How a frequency maps to a period: IV077
/// (inspanningsgericht — the platform's products are: per week the calendar weeks, by week number, of the period, for
/// category 01 always 6 weeks; the total over the toewijzing counted the same way) and IV078 (a broken month or week
/// still allows the full volume of its frequency).</summary>
public static class Omvangcontrole
{
    public const string Dag = "1";
    public const string Week = "2";
    public const string Maand = "4";
    public const string Totaal = "6";

    /// <param name="begin">The month's productperiode (clipped to the toewijzing).</param>
    /// <param name="volume">The month's volume in <paramref name="eenheid"/>, the unit of the lines.</param>
    /// <param name="eerder">What earlier sent 323s declared on the toewijzing.</param>
    public static IEnumerable<(string Code, string Melding)> Check(DeclareerbareToewijzing t, DateOnly begin, DateOnly einde, long volume, string eenheid,
        long bedrag, Gedeclareerd? eerder)
    {
        var wat = $"Toewijzing {t.Nummer} ({t.Productcode})";
        if (t.Omvang is { Volume: not null, Eenheid: { } omvangEenheid } o && Factor(eenheid, omvangEenheid) is { } factor)
        {
            if (MaxPerPeriode(o, t.Productcategorie, begin, einde) is { } max && volume > max.Aantal * factor)
                yield return ("TR321", $"{wat}: in {Periode(begin)} ({begin:dd-MM} t/m {einde:dd-MM-yyyy}) is {Toon(volume, eenheid)} geleverd; de toegewezen omvang " +
                    $"staat hoogstens {Toon(max.Aantal * factor, eenheid)} toe ({max.Uitleg}). De gemeente wijst de regel af (retourcode 9321); " +
                    "vraag zo nodig een wijziging van de toewijzing aan (WMO317).");
            var eerderVolume = eerder is { } e && Factor(e.Eenheid, eenheid) is { } f ? e.Volume * f : 0;
            if (MaxOverToewijzing(o, t) is { } totaal && eerderVolume + volume > totaal.Aantal * factor)
                yield return ("TR322", $"{wat}: {Toon(eerderVolume, eenheid)} eerder gedeclareerd en {Toon(volume, eenheid)} in {Periode(begin)} is samen " +
                    $"{Toon(eerderVolume + volume, eenheid)}, meer dan de {Toon(totaal.Aantal * factor, eenheid)} die over de hele toewijzing zijn toegewezen " +
                    $"({totaal.Uitleg}). De gemeente wijst de regel af (retourcode 9322).");
        }
        if (t.Budget is { } budget && (eerder?.Bedrag ?? 0) + bedrag > budget)
            yield return ("TR369", $"{wat}: {Euro(eerder?.Bedrag ?? 0)} eerder gedeclareerd en {Euro(bedrag)} in {Periode(begin)} is samen " +
                $"{Euro((eerder?.Bedrag ?? 0) + bedrag)}, meer dan het toegewezen budget van {Euro(budget)}. De gemeente wijst de regel af (retourcode 9369).");
    }

    /// <summary>TR321 with IV077/IV078: the most that may be declared in the productperiode, in the Omvang's unit.</summary>
    public static (long Aantal, string Uitleg)? MaxPerPeriode(Omvang o, string productcategorie, DateOnly begin, DateOnly einde)
    {
        if (o is not { Volume: { } volume, Eenheid: { } eenheid })
            return null;
        var per = Toon(volume, eenheid);
        return o.Frequentie switch
        {
            Dag => (volume * Dagen(begin, einde), $"{per} per dag × {Dagen(begin, einde)} dagen"),
            Week when productcategorie == "01" => (volume * 6L, $"{per} per week × 6 voor huishoudelijke hulp (IV077)"),
            Week => (volume * Weken(begin, einde), $"{per} per week × {Weken(begin, einde)} kalenderweken (IV077)"),
            Maand => (volume, $"{per} per maand (IV078)"),
            Totaal => (volume, $"{per} in totaal"),
            _ => null,
        };
    }

    /// <summary>TR322 with IV077: the most over the whole toewijzing, in the Omvang's unit; none without an end date
    /// (except a total).</summary>
    public static (long Aantal, string Uitleg)? MaxOverToewijzing(Omvang o, DeclareerbareToewijzing t)
    {
        if (o is not { Volume: { } volume, Eenheid: { } eenheid })
            return null;
        var periode = t.Einddatum is { } e ? $"{t.Ingangsdatum:dd-MM-yyyy} t/m {e:dd-MM-yyyy}" : "";
        var per = Toon(volume, eenheid);
        return (o.Frequentie, t.Einddatum) switch
        {
            (Totaal, _) => (volume, $"{per} in totaal"),
            (Dag, { } eind) => (volume * Dagen(t.Ingangsdatum, eind), $"{Dagen(t.Ingangsdatum, eind)} dagen × {per}, {periode}"),
            (Week, { } eind) => (volume * Weken(t.Ingangsdatum, eind), $"{Weken(t.Ingangsdatum, eind)} kalenderweken × {per}, {periode} (IV077)"),
            (Maand, { } eind) => (volume * Maanden(t.Ingangsdatum, eind), $"{Maanden(t.Ingangsdatum, eind)} maanden × {per}, {periode} (IV078)"),
            _ => null,
        };
    }

    /// <summary>How many of <paramref name="van"/>'s units go in one of <paramref name="naar"/>'s: hours and dagdelen
    /// compare with minutes (TR341: allocated in hours may be declared in minutes); other units only with themselves.</summary>
    public static long? Factor(string van, string naar)
    {
        static long? Minuten(string e) => e switch { Minuut => 1, Uur => 60, "16" => 240, _ => null };
        if (van == naar)
            return 1;
        return Minuten(van) is { } a && Minuten(naar) is { } b && b % a == 0 ? b / a : null;
    }

    public static long Dagen(DateOnly begin, DateOnly einde) => einde.DayNumber - begin.DayNumber + 1;

    /// <summary>The number of calendar weeks (ISO week numbers) the period touches (IV077: "de weeknummers tellen").</summary>
    public static long Weken(DateOnly begin, DateOnly einde)
    {
        var maandag = begin.AddDays(-(((int)begin.DayOfWeek + 6) % 7));
        return (einde.DayNumber - maandag.DayNumber) / 7 + 1;
    }

    public static long Maanden(DateOnly begin, DateOnly einde) => (einde.Year - begin.Year) * 12L + einde.Month - begin.Month + 1;

    private static string Euro(long centen) => "€ " + Tariefbepaling.Euro(centen / 100m);
}
