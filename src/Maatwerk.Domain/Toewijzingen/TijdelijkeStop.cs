namespace Maatwerk.Domain.Toewijzingen;

/// <summary>A temporary stop: delivery is interrupted with a 307 carrying reden beëindiging 20 and resumed later with a
/// new 305 on the same toewijzing (IB-32, reading IB-A24). Which admissions allow it and how long it must last are
/// contract rules (see <see cref="Contracten.Stopregels"/>).</summary>
public static class TijdelijkeStop
{
    /// <summary>WMO588 code 20: "Levering is tijdelijk beëindigd (bijvoorbeeld ziekenhuisopname)".</summary>
    public const string Reden = "20";

    public static readonly IReadOnlyDictionary<string, string> Opnames = new Dictionary<string, string>
    {
        ["ziekenhuis"] = "Opname in een ziekenhuis",
        ["revalidatiecentrum"] = "Opname in een revalidatiecentrum",
        ["anders"] = "Andere reden (alleen als het contract dat toestaat)",
    };

    public static string Omschrijving(Toewijzing t) =>
        $"Tijdelijk gestopt: {(t.Opname is null ? "reden onbekend" : Opnames.GetValueOrDefault(t.Opname, t.Opname).ToLowerInvariant())}" +
        (t.VerwachteHervatting is { } terug ? $", verwachte hervatting {terug:dd-MM-yyyy}" : "");

    /// <summary>Whether the days without care — after <paramref name="laatsteZorgdag"/> and before
    /// <paramref name="hervatting"/> — cover at least one whole calendar month (the 1st to the last day).</summary>
    public static bool OmvatVolledigeKalendermaand(DateOnly laatsteZorgdag, DateOnly hervatting) =>
        hervatting >= VroegsteHervatting(laatsteZorgdag);

    /// <summary>The earliest day care may resume for the interruption to cover a whole calendar month.</summary>
    public static DateOnly VroegsteHervatting(DateOnly laatsteZorgdag)
    {
        var eersteVrijeDag = laatsteZorgdag.AddDays(1);
        var eersteHeleMaand = eersteVrijeDag.Day == 1 ? eersteVrijeDag : new DateOnly(eersteVrijeDag.Year, eersteVrijeDag.Month, 1).AddMonths(1);
        return eersteHeleMaand.AddMonths(1);
    }
}
