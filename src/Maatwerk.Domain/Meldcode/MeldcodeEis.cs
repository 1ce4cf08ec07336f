using System.Globalization;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Meldcode;

/// <summary>What a contract asks of the staff's Meldcode training, read from a controle rule of the profile with
/// <c>soort: meldcode</c> and <c>parameters: {scholing: verplicht}</c> (IB-52a). <see cref="GeldigMaanden"/> comes from the
/// optional parameter <c>geldigMaanden</c>: without it a training does not expire (the contracts say nothing about refreshing it).</summary>
public sealed record MeldcodeEis(string Bron, string Contract, int? GeldigMaanden)
{
    public const string Soort = "meldcode";

    /// <summary>The Meldcode training rules of a profile (none when the contract asks no training).</summary>
    public static IEnumerable<MeldcodeEis> From(ContractProfile profiel, string contract) =>
        profiel.Regels.Where(r => r.Type == RegelType.Controle && r.Soort == Soort
                && r.Parameters.TryGetValue("scholing", out var s) && s == "verplicht")
            .Select(r => new MeldcodeEis(r.Bron, contract,
                r.Parameters.TryGetValue("geldigMaanden", out var m) && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null));
}
