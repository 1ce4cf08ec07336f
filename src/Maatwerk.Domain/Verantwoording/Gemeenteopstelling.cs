namespace Maatwerk.Domain.Verantwoording;

/// <summary>The production statement split per gemeente, as the national "Format Model Productieverantwoording Wmo"
/// (i-Sociaal Domein) asks it (OCO-6.2a "in het landelijke format"; DEV-Art22.1): per gemeente and per product the
/// clients, units and amount, with the tariff when one tariff held for the whole year. A contract covering several
/// gemeenten (a regio) splits by the gemeente of each WMO323 line. Summed over the gemeenten the amounts and volumes
/// equal <see cref="Productieopstelling.Calculate"/>; clients are counted per gemeente (a client who moved counts in both).</summary>
public static class Gemeenteopstelling
{
    public sealed record Rij(string Gemeente, string ProductCategorie, string ProductCode, string Eenheid, long? Tarief, int Clienten, long Volume, long Bedrag);

    public static IReadOnlyList<Rij> Calculate(IEnumerable<Productieopstelling.Lijn> lijnen) =>
        lijnen.GroupBy(l => l.Gemeente)
            .SelectMany(g => Productieopstelling.Calculate(g).Select(r => new Rij(g.Key, r.ProductCategorie, r.ProductCode, r.Eenheid,
                EnigTarief(g.Where(l => Productieopstelling.Key(l.ProductCategorie, l.ProductCode, l.Eenheid) == r.Sleutel)), r.Clienten, r.Volume, r.Bedrag)))
            .OrderBy(r => r.Gemeente, StringComparer.Ordinal).ThenBy(r => r.ProductCategorie, StringComparer.Ordinal)
            .ThenBy(r => r.ProductCode, StringComparer.Ordinal).ThenBy(r => r.Eenheid, StringComparer.Ordinal)
            .ToList();

    /// <summary>Back to one row per product (the reconciliation compares per product): volumes, amounts and clients summed.</summary>
    public static IReadOnlyList<Productieopstelling.Rij> PerProduct(IEnumerable<Rij> rijen) =>
        rijen.GroupBy(r => (r.ProductCategorie, r.ProductCode, r.Eenheid))
            .Select(g => new Productieopstelling.Rij(g.Key.ProductCategorie, g.Key.ProductCode, g.Key.Eenheid, g.Sum(r => r.Clienten), g.Sum(r => r.Volume), g.Sum(r => r.Bedrag)))
            .OrderBy(r => r.ProductCategorie, StringComparer.Ordinal).ThenBy(r => r.ProductCode, StringComparer.Ordinal).ThenBy(r => r.Eenheid, StringComparer.Ordinal)
            .ToList();

    /// <summary>The one tariff of these lines, or null ("diverse") when they carry more than one or none.</summary>
    public static long? EnigTarief(IEnumerable<Productieopstelling.Lijn> lijnen)
    {
        var tarieven = lijnen.Select(l => l.Tarief).Distinct().ToList();
        return tarieven is [{ } enig] ? enig : null;
    }
}
