using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Personeel;

/// <summary>BSD-44a: the fixed worker may be replaced only for the reasons the contract names (a controle rule with
/// <c>parameters: {redenen: [...]}</c>; Gooi: leaving employment, illness, leave, holiday, a handled complaint). A
/// replacement for another or no reason is still registered (it happened, and the register must say so) but warns with the
/// clause. Pure.</summary>
public static class Wisselreden
{
    public sealed record Eis(string Bron, IReadOnlyList<string> Redenen);

    /// <summary>The contract's permitted reasons, or null when it names none.</summary>
    public static Eis? Van(ContractProfile profiel) => profiel.Regels
        .Where(r => r.Type == RegelType.Controle && r.Parameters.ContainsKey("redenen"))
        .Select(r => new Eis(r.Bron, r.Parameters["redenen"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        .FirstOrDefault();

    /// <summary>A warning when <paramref name="reden"/> of a replacement is none of the contract's reasons; the reason counts
    /// when it names one of them (e.g. "ziekte sinds 3 november").</summary>
    public static VogProblem? Evaluate(ContractProfile profiel, string? reden)
    {
        if (Van(profiel) is not { } eis)
            return null;
        if (!string.IsNullOrWhiteSpace(reden) && eis.Redenen.Any(r => reden.Contains(r, StringComparison.OrdinalIgnoreCase)))
            return null;
        var opgegeven = string.IsNullOrWhiteSpace(reden) ? "er is geen reden opgegeven" : $"de opgegeven reden ('{reden.Trim()}') is daar geen van";
        return new VogProblem(eis.Bron,
            $"Onder dit contract mag de vaste medewerker alleen worden vervangen bij {string.Join(", ", eis.Redenen)}; {opgegeven}. De wisseling is vastgelegd.");
    }
}
