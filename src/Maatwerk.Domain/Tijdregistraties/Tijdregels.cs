using System.Globalization;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Tijdregistraties;

/// <summary>The contract's rules on registered time, read from the profile's controle rules (their <c>parameters</c>),
/// each with the clause it comes from. A contract without such a rule does not apply it.</summary>
/// <param name="AlleenDirect">Only direct time is declarable (parameter <c>declarabel: direct</c>; DEV-Art8.3, IB-59).</param>
/// <param name="NietOverlappen">Products that are individual: one worker's time on them may not overlap other time of
/// that worker (parameter <c>nietOverlappen</c>; DEV-B4-PO-Indiv).</param>
/// <param name="MaxProfessionals">At most this many workers on one contact (parameter <c>maxProfessionals</c>; BSD-2.4-b5).</param>
/// <param name="MaxMinutenPerDag">At most this many registered minutes per worker per day (parameter
/// <c>maxMinutenPerMedewerkerPerDag</c>; platform rule in the base profile).</param>
public sealed record Tijdregels(
    Regelwaarde<bool>? AlleenDirect,
    Regelwaarde<IReadOnlyList<string>>? NietOverlappen,
    Regelwaarde<int>? MaxProfessionals,
    Regelwaarde<int>? MaxMinutenPerDag)
{
    public const string DeclarabelParameter = "declarabel";
    public const string NietOverlappenParameter = "nietOverlappen";
    public const string MaxProfessionalsParameter = "maxProfessionals";
    public const string MaxMinutenPerDagParameter = "maxMinutenPerMedewerkerPerDag";

    public static Tijdregels Geen { get; } = new(null, null, null, null);

    /// <summary>Whether time of this kind is declarable under the contract.</summary>
    public bool IsDeclarabel(Tijdsoort soort) => soort == Tijdsoort.Direct || AlleenDirect is not { Waarde: true };

    public bool IsIndividueel(string? productcode) =>
        productcode is not null && NietOverlappen is { } lijst && lijst.Waarde.Contains(productcode, StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules of <paramref name="profiel"/>; unreadable parameters are left out here and reported by
    /// <see cref="Controleer"/> (at start-up and by <c>maatwerk contracts check</c>).</summary>
    public static Tijdregels Uit(ContractProfile profiel)
    {
        Regelwaarde<bool>? direct = null;
        Regelwaarde<IReadOnlyList<string>>? overlap = null;
        Regelwaarde<int>? professionals = null, perDag = null;
        foreach (var regel in profiel.Regels.Where(r => r.Type == RegelType.Controle))
        {
            if (regel.Parameters.TryGetValue(DeclarabelParameter, out var d) && d == "direct")
                direct = new(true, regel.Bron);
            if (regel.Parameters.TryGetValue(NietOverlappenParameter, out var lijst))
                overlap = new(Lijst(lijst), regel.Bron);
            if (Getal(regel, MaxProfessionalsParameter) is { } max)
                professionals = new(max, regel.Bron);
            if (Getal(regel, MaxMinutenPerDagParameter) is { } minuten)
                perDag = new(minuten, regel.Bron);
        }
        return new Tijdregels(direct, overlap, professionals, perDag);
    }

    /// <summary>Parameters that the time registration cannot use, naming profile, rule and parameter.</summary>
    public static IEnumerable<ContractProfileError> Controleer(ContractProfile profiel)
    {
        foreach (var regel in profiel.Regels.Where(r => r.Type == RegelType.Controle))
        {
            var lijn = regel.Positie?.Lijn ?? profiel.LineNumber("regels");
            string Waar(string parameter) => $"profiel '{profiel.Sleutel}', regel '{regel.Id}' ({regel.Bron}): parameter '{parameter}'";
            if (regel.Parameters.TryGetValue(DeclarabelParameter, out var d) && d != "direct")
                yield return new ContractProfileError(profiel.Bestand, lijn, 1, $"{Waar(DeclarabelParameter)} kent alleen de waarde 'direct'.");
            foreach (var parameter in new[] { MaxProfessionalsParameter, MaxMinutenPerDagParameter })
                if (regel.Parameters.TryGetValue(parameter, out var tekst) && Getal(regel, parameter) is null)
                    yield return new ContractProfileError(profiel.Bestand, lijn, 1, $"{Waar(parameter)} moet een positief geheel getal zijn, niet '{tekst}'.");
            if (regel.Parameters.TryGetValue(NietOverlappenParameter, out var lijst))
                foreach (var code in Lijst(lijst).Where(c => profiel.FindProduct(c) is null))
                    yield return new ContractProfileError(profiel.Bestand, lijn, 1, $"{Waar(NietOverlappenParameter)} noemt product '{code}', dat niet in het profiel staat.");
        }
    }

    private static IReadOnlyList<string> Lijst(string tekst) =>
        tekst.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static int? Getal(Regel regel, string parameter) =>
        regel.Parameters.TryGetValue(parameter, out var tekst) && int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}

/// <summary>A rule's value and the clause it comes from, for messages that cite it.</summary>
public sealed record Regelwaarde<T>(T Waarde, string Bron);
