namespace Maatwerk.Domain.Toewijzingen;

/// <summary>A temporary stop as it was before a resumption: what withdrawing that resumption brings back.</summary>
/// <param name="HervatOp">The resumption that opened the interrupted delivery period, if it was not the first start.</param>
public sealed record Onderbreking(DateOnly LaatsteZorgdag, DateOnly? HervatOp, string? Opname, DateOnly? VerwachteHervatting);

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

    /// <summary>Reads back what <see cref="Omschrijving"/> wrote on the timeline (admission code, expected return).</summary>
    public static (string? Opname, DateOnly? VerwachteHervatting) ReadOmschrijving(string? tekst)
    {
        if (tekst is null)
            return (null, null);
        var opname = Opnames.FirstOrDefault(o => tekst.Contains(o.Value.ToLowerInvariant(), StringComparison.Ordinal)).Key;
        var i = tekst.IndexOf("verwachte hervatting ", StringComparison.Ordinal);
        DateOnly? terug = i >= 0 && DateOnly.TryParseExact(tekst.AsSpan(i + 21, Math.Min(10, tekst.Length - i - 21)), "dd-MM-yyyy", out var d) ? d : null;
        return (opname, terug);
    }

    /// <summary>Whether the days without care — after <paramref name="laatsteZorgdag"/> and before
    /// <paramref name="hervatting"/> — cover at least one whole calendar month (the 1st to the last day).</summary>
    public static bool CoversWholeCalendarMonth(DateOnly laatsteZorgdag, DateOnly hervatting) =>
        hervatting >= EarliestResumption(laatsteZorgdag);

    /// <summary>The earliest day care may resume for the interruption to cover a whole calendar month.</summary>
    public static DateOnly EarliestResumption(DateOnly laatsteZorgdag)
    {
        var eersteVrijeDag = laatsteZorgdag.AddDays(1);
        var eersteHeleMaand = eersteVrijeDag.Day == 1 ? eersteVrijeDag : new DateOnly(eersteVrijeDag.Year, eersteVrijeDag.Month, 1).AddMonths(1);
        return eersteHeleMaand.AddMonths(1);
    }
}
