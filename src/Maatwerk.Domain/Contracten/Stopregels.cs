using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Contracten;

/// <summary>Contract rules on the date of a stop message, read from the profile's controle rules (parameter
/// <c>stopdatum</c>), e.g. IB-33: the stop is dated on the last day of delivered care, not on the 1st of the next month.</summary>
public static class Stopregels
{
    public const string NietEersteVanDeMaand = "niet-eerste-van-de-maand";

    /// <param name="leveringOpStopdatum">The provider confirms that care was still delivered on that day.</param>
    public static IReadOnlyList<ValidationError> Controleer(ContractProfiel profiel, DateOnly stopdatum, bool leveringOpStopdatum)
    {
        var fouten = new List<ValidationError>();
        foreach (var regel in profiel.Regels.Where(r => r.Type == RegelType.Controle
                     && r.Parameters.TryGetValue("stopdatum", out var waarde) && waarde == NietEersteVanDeMaand))
        {
            if (stopdatum.Day == 1 && !leveringOpStopdatum)
                fouten.Add(new ValidationError("Datum",
                    $"De stopdatum is de laatste dag waarop zorg is geleverd, niet de 1e van een nieuwe maand als de zorg in de vorige maand eindigde ({regel.Bron}). " +
                    "Kies de laatste dag van levering, of bevestig dat er op deze dag nog zorg is geleverd."));
        }
        return fouten;
    }
}
