using System.Globalization;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Verantwoording;

/// <summary>The contract's profit cap, read from its controle rule with <c>maxWinstPercentage</c> (Voorne IB-45 "maximaal 8%
/// winst per jaar"; Deventer MR-30, DEV-Eis25 "excessieve winsten (&gt; 8%)"): both flag a percentage above the cap. A
/// contract without such a rule (Gooi en Vechtstreek, OCO) has no cap and flags nothing.
/// The percentage is <c>resultaat / omzet × 100</c> over the financial year from the annual accounts — the reading of IB-A15
/// ("the basis is not defined": result ÷ total revenue of the financial year, company-wide as the accounts give it).</summary>
public sealed record Winstnorm(decimal MaxPercentage, string Bron, string RegelId)
{
    public const string Parameter = "maxWinstPercentage";
    public const string Lezing = "winst = resultaat ÷ omzet × 100 over het boekjaar, uit de jaarrekening (lezing IB-A15: de grondslag is niet gedefinieerd)";

    public static Winstnorm? From(ContractProfile profiel) =>
        profiel.Regels.Where(r => r.Type == RegelType.Controle && !profiel.Uitschakelen.Contains(r.Id))
            .Select(r => r.Parameters.GetValueOrDefault(Parameter) is { } p && decimal.TryParse(p, NumberStyles.Number, CultureInfo.InvariantCulture, out var max)
                ? new Winstnorm(max, r.Bron, r.Id) : null)
            .FirstOrDefault(n => n is not null);

    /// <summary>resultaat / omzet × 100, or null without a positive revenue.</summary>
    public static decimal? Percentage(decimal? omzet, decimal? resultaat) =>
        omzet is > 0 && resultaat is { } r ? r / omzet.Value * 100m : null;

    /// <summary>Above the cap: strictly more than the maximum (IB-45 "maximaal 8%", DEV-Eis25 "&gt; 8%").</summary>
    public bool IsBoven(decimal? percentage) => percentage is { } p && p > MaxPercentage;

    public static string Tekst(decimal percentage) => percentage.ToString("0.0", CultureInfo.GetCultureInfo("nl-NL")) + " %";

    /// <summary>The flag as the gemeente reads it: the percentage, the cap and the clause.</summary>
    public string Signalering(decimal percentage) =>
        $"Winst {Tekst(percentage)} ligt boven de norm van {MaxPercentage.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL"))} % ({Bron}).";

    /// <summary>Revenue and result as the aanbieder enters them, in euros: revenue positive, both at most € 10 billion, cents at most.</summary>
    public static IReadOnlyList<ValidationError> ValidateCijfers(decimal? omzet, decimal? resultaat)
    {
        var fouten = new List<ValidationError>();
        if (omzet is not { } o || o <= 0 || o > 10_000_000_000m || decimal.Round(o, 2) != o)
            fouten.Add(new("Omzet", "Vul de omzet over het boekjaar in euro's in, groter dan 0 en met hoogstens twee decimalen (uit de jaarrekening)."));
        if (resultaat is not { } r || Math.Abs(r) > 10_000_000_000m || decimal.Round(r, 2) != r)
            fouten.Add(new("Resultaat", "Vul het resultaat over het boekjaar in euro's in (een verlies met een minteken), met hoogstens twee decimalen."));
        return fouten;
    }
}
