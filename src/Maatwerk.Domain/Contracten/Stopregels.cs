using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Contracten;

/// <summary>Contract rules on the date of a stop message, read from the profile's controle rules (parameter
/// <c>stopdatum</c>), e.g. IB-33: the stop is dated on the last day of delivered care, not on the 1st of the next month.</summary>
public static class Stopregels
{
    public const string NietEersteVanDeMaand = "niet-eerste-van-de-maand";

    /// <param name="leveringOpStopdatum">The provider confirms that care was still delivered on that day.</param>
    public static IReadOnlyList<ValidationError> Validate(ContractProfile profiel, DateOnly stopdatum, bool leveringOpStopdatum)
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

    /// <summary>Contract rules on a temporary stop (parameters <c>tijdelijkeStopOpnames</c> and
    /// <c>tijdelijkeStopMinimaal: volledige-kalendermaand</c>), e.g. IB-32: only for an admission to a hospital or a
    /// rehabilitation centre, and for at least one whole calendar month.</summary>
    public static IReadOnlyList<ValidationError> ValidateTemporary(ContractProfile profiel, DateOnly laatsteZorgdag, string? opname, DateOnly? verwachteHervatting)
    {
        var fouten = new List<ValidationError>();
        foreach (var regel in profiel.Regels.Where(r => r.Type == RegelType.Controle))
        {
            if (regel.Parameters.TryGetValue("tijdelijkeStopOpnames", out var lijst))
            {
                var toegestaan = lijst.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (opname is null || !toegestaan.Contains(opname))
                    fouten.Add(new ValidationError("Opname",
                        $"Een tijdelijke stop mag volgens het contract alleen bij {string.Join(" of ", toegestaan.Select(o => Toewijzingen.TijdelijkeStop.Opnames.GetValueOrDefault(o, o).ToLowerInvariant()))} ({regel.Bron})."));
            }
            if (regel.Parameters.TryGetValue("tijdelijkeStopMinimaal", out var minimaal) && minimaal == VolledigeKalendermaand
                && (verwachteHervatting is not { } terug || !Toewijzingen.TijdelijkeStop.CoversWholeCalendarMonth(laatsteZorgdag, terug)))
                fouten.Add(new ValidationError("VerwachteHervatting",
                    $"Een tijdelijke stop moet minstens één volledige kalendermaand duren ({regel.Bron}); na een laatste zorgdag op {laatsteZorgdag:dd-MM-yyyy} " +
                    $"is de vroegste hervatting {Toewijzingen.TijdelijkeStop.EarliestResumption(laatsteZorgdag):dd-MM-yyyy}. Is de onderbreking korter, stop dan niet."));
        }
        return fouten;
    }

    public const string VolledigeKalendermaand = "volledige-kalendermaand";

    /// <summary>Whether the contract demands a whole calendar month of interruption (so a shorter one is worth a note).</summary>
    public static string? MinimumOnderbrekingBron(ContractProfile profiel) => profiel.Regels
        .FirstOrDefault(r => r.Type == RegelType.Controle && r.Parameters.TryGetValue("tijdelijkeStopMinimaal", out var m) && m == VolledigeKalendermaand)?.Bron;

    /// <summary>A resumption sooner than the contract's minimum interruption is not refused (care must go on), but noted so
    /// the gemeente sees the temporary stop should not have been used; null when there is nothing to note.</summary>
    public static string? NoteOnResumption(ContractProfile profiel, DateOnly laatsteZorgdag, DateOnly hervatting) =>
        !Toewijzingen.TijdelijkeStop.CoversWholeCalendarMonth(laatsteZorgdag, hervatting) && MinimumOnderbrekingBron(profiel) is { } bron
            ? $"Let op: de onderbreking was korter dan een volledige kalendermaand ({bron})."
            : null;
}
