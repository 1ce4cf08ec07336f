using System.Globalization;

namespace Maatwerk.Domain.Verantwoording;

/// <summary>The layout of the productieverantwoording in the national format ("Format Model Productieverantwoording Wmo" of
/// i-Sociaal Domein, after its public description; the official Excel is not available offline): a header block (aanbieder,
/// AGB-code, KvK, verslagjaar, accountantsprotocol, contract, date of drawing up), one row per gemeente × product with
/// <see cref="Kolommen"/>, a subtotal per gemeente, the grand total, and an empty signature block. OCO-6.2a, DEV-Art22.1.
/// The same layout is written to Excel and CSV and read back when an aanbieder uploads its own statement.</summary>
public static class LandelijkFormaat
{
    public const string Titel = "Productieverantwoording Wmo — landelijk format (i-Sociaal Domein)";
    public const string Aanbieder = "Aanbieder", AgbCode = "AGB-code", KvK = "KvK-nummer", Verslagjaar = "Verslagjaar", Protocol = "Accountantsprotocol",
        Contract = "Contract", Datum = "Datum opgesteld", Subtotaal = "Subtotaal", Totaal = "Totaal", Ondertekening = "Ondertekening";
    public const string Diverse = "diverse";

    public static readonly string[] Kolommen =
        ["Gemeentecode", "Gemeentenaam", "Productcategorie", "Productcode", "Productomschrijving", "Eenheid", "Tarief (€)", "Volume", "Aantal cliënten", "Bedrag (€)"];

    public static readonly string[] Handtekening = ["Naam", "Functie", "Datum", "Handtekening"];

    public sealed record Kop(string Aanbieder, string? AgbCode, string? KvK, int Verslagjaar, string Protocol, string Contract, DateOnly Opgesteld);

    /// <summary>One row: amounts and tariff in eurocents, <paramref name="Tarief"/> null = "diverse".</summary>
    public sealed record Regel(string Gemeentecode, string Gemeentenaam, string ProductCategorie, string ProductCode, string Omschrijving, string Eenheid,
        long? Tarief, long Volume, int Clienten, long Bedrag);

    /// <summary>Eurocents as euros with two decimals (adding 0.00m keeps the scale, so 234 is written 234,00).</summary>
    public static decimal Euro(long centen) => centen / 100m + 0.00m;

    /// <summary>The sheet as rows of cells: text, whole numbers and euro amounts (decimal).</summary>
    public static List<object[]> Rijen(Kop kop, IEnumerable<Regel> regels)
    {
        var rijen = new List<object[]>
        {
            new object[] { Titel },
            new object[] { Aanbieder, kop.Aanbieder },
            new object[] { AgbCode, kop.AgbCode ?? "" },
            new object[] { KvK, kop.KvK ?? "" },
            new object[] { Verslagjaar, kop.Verslagjaar },
            new object[] { Protocol, kop.Protocol },
            new object[] { Contract, kop.Contract },
            new object[] { Datum, kop.Opgesteld.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) },
            Array.Empty<object>(),
            Kolommen.Cast<object>().ToArray(),
        };
        var totaal = 0L;
        foreach (var gemeente in regels.GroupBy(r => (r.Gemeentecode, r.Gemeentenaam)).OrderBy(g => g.Key.Gemeentecode, StringComparer.Ordinal))
        {
            foreach (var r in gemeente)
                rijen.Add([r.Gemeentecode, r.Gemeentenaam, r.ProductCategorie, r.ProductCode, r.Omschrijving, Productieopstelling.EenheidNaam(r.Eenheid),
                    r.Tarief is { } t ? Euro(t) : Diverse, r.Volume, r.Clienten, Euro(r.Bedrag)]);
            var sub = gemeente.Sum(r => r.Bedrag);
            totaal += sub;
            rijen.Add(["", $"{Subtotaal} {gemeente.Key.Gemeentenaam}".TrimEnd(), "", "", "", "", "", "", "", Euro(sub)]);
        }
        rijen.Add(["", Totaal, "", "", "", "", "", "", "", Euro(totaal)]);
        rijen.Add([]);
        rijen.Add([Ondertekening]);
        rijen.AddRange(Handtekening.Select(h => new object[] { h, "" }));
        return rijen;
    }
}
