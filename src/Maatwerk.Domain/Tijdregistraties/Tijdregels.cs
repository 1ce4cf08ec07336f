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
    public const string ZonderClientProductenParameter = "zonderClientProducten";
    public const string ZonderClientVereistParameter = "vereist";
    public const string GroepsgrootteParameter = "groepsgrootte";

    public static Tijdregels Geen { get; } = new(null, null, null, null);

    /// <summary>DEV-B2-DeclTime: products on which time without the client present is declarable under conditions
    /// (parameter <c>zonderClientProducten</c>), and which conditions (parameter <c>vereist</c>).</summary>
    public Regelwaarde<ZonderClientRegel>? ZonderClient { get; init; }

    /// <summary>DEV-Eis19-Group: the guideline of clients per professional in a group session, per product (parameter
    /// <c>groepsgrootte: [OAD-L=8, …]</c>). A guideline: exceeding it warns, it never refuses.</summary>
    public Regelwaarde<IReadOnlyDictionary<string, int>>? Groepsgrootte { get; init; }

    /// <summary>Whether time of this kind is declarable under the contract.</summary>
    public bool IsDeclarabel(Tijdsoort soort) => soort == Tijdsoort.Direct || AlleenDirect is not { Waarde: true };

    /// <summary>Whether this registration is declarable: direct time, or any time where the contract does not restrict
    /// it, or time without the client on a product of the DEV-B2-DeclTime exception that was registered with a plan goal
    /// (the plan's conditions were checked when it was registered, see <see cref="TijdregistratieControle"/>).</summary>
    public bool IsDeclarabel(Tijdregistratie r) => IsDeclarabel(r.Soort) || (IsZonderClientProduct(r.Productcode) && !string.IsNullOrWhiteSpace(r.Plandoel));

    public bool IsZonderClientProduct(string? productcode) =>
        productcode is not null && ZonderClient is { } z && z.Waarde.Producten.Contains(productcode, StringComparer.OrdinalIgnoreCase);

    public bool IsIndividueel(string? productcode) =>
        productcode is not null && NietOverlappen is { } lijst && lijst.Waarde.Contains(productcode, StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules of <paramref name="profiel"/>; unreadable parameters are left out here and reported by
    /// <see cref="Controleer"/> (at start-up and by <c>maatwerk contracts check</c>).</summary>
    public static Tijdregels Uit(ContractProfile profiel)
    {
        Regelwaarde<bool>? direct = null;
        Regelwaarde<IReadOnlyList<string>>? overlap = null;
        Regelwaarde<int>? professionals = null, perDag = null;
        Regelwaarde<ZonderClientRegel>? zonderClient = null;
        Regelwaarde<IReadOnlyDictionary<string, int>>? groep = null;
        foreach (var regel in profiel.Regels.Where(r => r.Type == RegelType.Controle))
        {
            if (regel.Parameters.TryGetValue(ZonderClientProductenParameter, out var zonder))
                zonderClient = new(new ZonderClientRegel(Lijst(zonder),
                    regel.Parameters.TryGetValue(ZonderClientVereistParameter, out var vereist) ? Lijst(vereist) : ZonderClientRegel.Alle), regel.Bron);
            if (regel.Parameters.TryGetValue(GroepsgrootteParameter, out var groepen))
                groep = new(Groepen(groepen).Where(g => g.Aantal is > 0).ToDictionary(g => g.Product, g => g.Aantal!.Value, StringComparer.OrdinalIgnoreCase), regel.Bron);
            if (regel.Parameters.TryGetValue(DeclarabelParameter, out var d) && d == "direct")
                direct = new(true, regel.Bron);
            if (regel.Parameters.TryGetValue(NietOverlappenParameter, out var lijst))
                overlap = new(Lijst(lijst), regel.Bron);
            if (Getal(regel, MaxProfessionalsParameter) is { } max)
                professionals = new(max, regel.Bron);
            if (Getal(regel, MaxMinutenPerDagParameter) is { } minuten)
                perDag = new(minuten, regel.Bron);
        }
        return new Tijdregels(direct, overlap, professionals, perDag) { ZonderClient = zonderClient, Groepsgrootte = groep };
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
            foreach (var parameter in new[] { NietOverlappenParameter, ZonderClientProductenParameter })
                if (regel.Parameters.TryGetValue(parameter, out var lijst))
                    foreach (var code in Lijst(lijst).Where(c => profiel.FindProduct(c) is null))
                        yield return new ContractProfileError(profiel.Bestand, lijn, 1, $"{Waar(parameter)} noemt product '{code}', dat niet in het profiel staat.");
            if (regel.Parameters.TryGetValue(ZonderClientVereistParameter, out var vereist))
            {
                if (!regel.Parameters.ContainsKey(ZonderClientProductenParameter))
                    yield return new ContractProfileError(profiel.Bestand, lijn, 1, $"{Waar(ZonderClientVereistParameter)} hoort bij '{ZonderClientProductenParameter}', dat ontbreekt.");
                foreach (var v in Lijst(vereist).Where(v => !ZonderClientRegel.Alle.Contains(v)))
                    yield return new ContractProfileError(profiel.Bestand, lijn, 1, $"{Waar(ZonderClientVereistParameter)} kent '{v}' niet; mogelijk: {string.Join(", ", ZonderClientRegel.Alle)}.");
            }
            if (regel.Parameters.TryGetValue(GroepsgrootteParameter, out var groepen))
                foreach (var (product, aantal, tekst) in Groepen(groepen))
                {
                    if (aantal is not > 0)
                        yield return new ContractProfileError(profiel.Bestand, lijn, 1, $"{Waar(GroepsgrootteParameter)}: '{tekst}' moet de vorm 'product=aantal' hebben met een positief geheel aantal.");
                    else if (profiel.FindProduct(product) is null)
                        yield return new ContractProfileError(profiel.Bestand, lijn, 1, $"{Waar(GroepsgrootteParameter)} noemt product '{product}', dat niet in het profiel staat.");
                }
        }
    }

    /// <summary>"OAD-L=8, OAD-B=7" → (OAD-L, 8), (OAD-B, 7); an unreadable number gives null.</summary>
    private static IEnumerable<(string Product, int? Aantal, string Tekst)> Groepen(string tekst) =>
        Lijst(tekst).Select(g => g.Split('=', 2, StringSplitOptions.TrimEntries) is [var product, var n]
            && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var aantal) ? (product, (int?)aantal, g) : (g, null, g));

    private static IReadOnlyList<string> Lijst(string tekst) =>
        tekst.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static int? Getal(Regel regel, string parameter) =>
        regel.Parameters.TryGetValue(parameter, out var tekst) && int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}

/// <summary>DEV-B2-DeclTime: on <paramref name="Producten"/> time without the client is declarable when the registration
/// meets <paramref name="Vereist"/>: <c>regieOvergenomen</c> (the plan says the aanbieder temporarily took over the
/// client's regie), <c>toestemming</c> (the client consented, on or before the day of the time) and <c>plandoel</c> (the
/// registration names the plan goal it served).</summary>
public sealed record ZonderClientRegel(IReadOnlyList<string> Producten, IReadOnlyList<string> Vereist)
{
    public const string RegieOvergenomen = "regieOvergenomen";
    public const string Toestemming = "toestemming";
    public const string Plandoel = "plandoel";
    public static readonly IReadOnlyList<string> Alle = [RegieOvergenomen, Toestemming, Plandoel];

    public bool Vraagt(string voorwaarde) => Vereist.Contains(voorwaarde, StringComparer.OrdinalIgnoreCase);
}

/// <summary>A rule's value and the clause it comes from, for messages that cite it.</summary>
public sealed record Regelwaarde<T>(T Waarde, string Bron);
