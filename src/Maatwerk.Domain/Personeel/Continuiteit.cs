using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Personeel;

/// <summary>A follow-up step after a change of the fixed worker that the contract asks for, with the clauses it meets
/// (e.g. <c>client-gebeld</c> meets BSD-44c).</summary>
public sealed record Vervolgstap(string Soort, string Omschrijving, IReadOnlyList<string> Bronnen)
{
    public override string ToString() => $"{Omschrijving} ({string.Join(", ", Bronnen)})";
}

/// <summary>Continuity of care when a client's fixed worker changes (BSD-44a–d: replacement within 48 hours, the client
/// phoned within 24 hours and informed by letter within 10 working days; IB-15c: structural replacement within 4 weeks).
/// The terms are the profile's rules on <see cref="PersoneelGebeurtenis.UitvalMedewerker"/> and
/// <see cref="PersoneelGebeurtenis.LangdurigeAfwezigheid"/>; this class only says when they start and which steps meet them.
/// Pure: no storage, no clock.</summary>
public static class Continuiteit
{
    /// <summary>The events a change of the fixed worker registers; each profile keeps the one it knows.</summary>
    public static IReadOnlyList<string> Wisseling { get; } = [PersoneelGebeurtenis.UitvalMedewerker, PersoneelGebeurtenis.LangdurigeAfwezigheid];

    /// <summary>A change of the fixed worker (not the first assignment, not only a new deputy) starts the continuity terms.</summary>
    public static bool IsWisseling(VasteMedewerker? vorige, VasteMedewerker nieuw) => vorige is not null && vorige.MedewerkerId != nieuw.MedewerkerId;

    /// <summary>The steps that meet the profile's continuity rules, in the order of the rules, each with the clauses it meets.
    /// Empty when the contract has no such rules (Deventer, OCO).</summary>
    public static IReadOnlyList<Vervolgstap> Vervolgstappen(ContractProfile profiel)
    {
        var regels = profiel.Regels.Where(r => r.Gebeurtenissen.Intersect(Wisseling).Any()).ToList();
        return regels.SelectMany(r => r.VoldaanDoor).Distinct()
            .Select(soort => new Vervolgstap(soort, profiel.Gebeurtenissen.FirstOrDefault(g => g.Id == soort)?.Omschrijving ?? soort,
                regels.Where(r => r.VoldaanDoor.Contains(soort)).Select(r => r.Bron).Distinct().ToList()))
            .ToList();
    }
}
