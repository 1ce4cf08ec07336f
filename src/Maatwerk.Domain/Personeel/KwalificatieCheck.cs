using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Personeel;

/// <summary>Is the person qualified for the product under the contract (profile block <c>kwalificaties</c>: DEV-B4-Q-PO/OAD/RO,
/// IB-5/IB-6, BSD-2.7)? A warning with the clause when their level is below the product's minimum; nothing when the
/// contract sets no minimum for the product. Pure.</summary>
public static class KwalificatieCheck
{
    public static Kwalificatieniveau ReadNiveau(string niveau) => niveau.Replace(" ", "").ToUpperInvariant() switch
    {
        "MBO3" => Kwalificatieniveau.Mbo3,
        "MBO4" => Kwalificatieniveau.Mbo4,
        "HBO" => Kwalificatieniveau.Hbo,
        _ => throw new ArgumentException($"Onbekend kwalificatieniveau '{niveau}'.", nameof(niveau)),
    };

    public static VogProblem? Evaluate(Medewerker medewerker, string? productcode, IReadOnlyList<KwalificatieEis> eisen)
    {
        if (eisen.FirstOrDefault(e => string.Equals(e.Product, productcode, StringComparison.OrdinalIgnoreCase)) is not { } eis
            || medewerker.Niveau >= ReadNiveau(eis.Niveau))
            return null;
        return new VogProblem(eis.Bron, $"{medewerker.Naam} heeft kwalificatieniveau {Medewerker.Niveaus[medewerker.Niveau]}; " +
            $"voor {eis.Product} vraagt het contract minimaal {eis.Niveau}.");
    }
}
