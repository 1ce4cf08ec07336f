namespace Maatwerk.Domain.Verantwoording;

/// <summary>Totals per product of approved WMO323 lines: the figures of a production statement (DEV-Art22.2a: "totaal
/// geleverde eenheden per ondersteuningsvorm en gefactureerde tarieven"; OCO-6.1b; IB-44) and of the gemeente's own
/// side of the reconciliation. A credit (IV091) subtracts its volume and amount from the line it withdraws, so a credited
/// line nets to nothing; a client counts for a product when its net volume or amount there is not zero.</summary>
public static class Productieopstelling
{
    /// <summary>One approved line: amount in eurocents without sign, <paramref name="Credit"/> gives the direction.</summary>
    /// <param name="Gemeente">The gemeentecode of the line's gemeente (WMO323), for the national format's split per gemeente.</param>
    /// <param name="Tarief">The line's ProductTarief in eurocents per unit, if known.</param>
    public sealed record Lijn(string Bsn, string ProductCategorie, string ProductCode, string Eenheid, long Volume, long Bedrag, bool Credit,
        string Gemeente = "", long? Tarief = null)
    {
        public long VolumeMetTeken => Credit ? -Volume : Volume;
        public long BedragMetTeken => Credit ? -Bedrag : Bedrag;
    }

    public sealed record Rij(string ProductCategorie, string ProductCode, string Eenheid, int Clienten, long Volume, long Bedrag)
    {
        public string Sleutel => Key(ProductCategorie, ProductCode, Eenheid);
    }

    public static string Key(string categorie, string code, string eenheid) => $"{categorie}|{code}|{eenheid}";

    public static IReadOnlyList<Rij> Calculate(IEnumerable<Lijn> lijnen) =>
        lijnen.GroupBy(l => (l.ProductCategorie, l.ProductCode, l.Eenheid))
            .Select(g => new Rij(g.Key.ProductCategorie, g.Key.ProductCode, g.Key.Eenheid,
                g.GroupBy(l => l.Bsn).Count(c => c.Sum(l => l.VolumeMetTeken) != 0 || c.Sum(l => l.BedragMetTeken) != 0),
                g.Sum(l => l.VolumeMetTeken), g.Sum(l => l.BedragMetTeken)))
            .Where(r => r.Volume != 0 || r.Bedrag != 0 || r.Clienten != 0)
            .OrderBy(r => r.ProductCategorie, StringComparer.Ordinal).ThenBy(r => r.ProductCode, StringComparer.Ordinal).ThenBy(r => r.Eenheid, StringComparer.Ordinal)
            .ToList();

    /// <summary>The name of an iWmo unit (WJ756) for people.</summary>
    public static string EenheidNaam(string eenheid) => eenheid switch
    {
        "01" => "minuten",
        "04" => "uren",
        "14" => "etmalen",
        "16" => "dagdelen",
        "82" => "trajecten",
        "83" => "euro's",
        "84" => "stuks",
        _ => eenheid,
    };
}
