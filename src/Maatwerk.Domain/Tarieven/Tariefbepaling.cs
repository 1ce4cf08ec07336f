using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Tarieven;

/// <summary>The tariff in force on a date: the last one (from the profile or entered for the contract) whose start is on
/// or before that date; an entered tariff goes before a profile tariff of the same date.</summary>
public static class Tariefbepaling
{
    public sealed record GeldendTarief(DateOnly Vanaf, decimal Bedrag, decimal? Schaduwbedrag, bool Bevroren, string Herkomst, string? Bron);

    /// <summary>Every tariff of the product, oldest first: the profile's, then the entered ones.</summary>
    public static IReadOnlyList<GeldendTarief> Historie(Product product, IEnumerable<Contracttarief> ingevoerd) =>
        product.Tarieven.Select(t => new GeldendTarief(t.Vanaf, t.Bedrag, t.Schaduwbedrag, t.Bevroren, "contractprofiel", t.Bron ?? product.Bron))
            .Concat(ingevoerd.Where(c => string.Equals(c.Productcode, product.Code, StringComparison.OrdinalIgnoreCase))
                .Select(c => new GeldendTarief(c.Vanaf, c.Bedrag, c.Schaduwbedrag, c.Bevroren, "ingevoerd", c.Bron)))
            .Select((t, volgorde) => (t, volgorde))
            .OrderBy(x => x.t.Vanaf).ThenBy(x => x.volgorde)
            .Select(x => x.t).ToList();

    public static GeldendTarief? Op(Product product, IEnumerable<Contracttarief> ingevoerd, DateOnly datum) =>
        Historie(product, ingevoerd).LastOrDefault(t => t.Vanaf <= datum);

    /// <summary>Declaring is blocked without a tariff in force; the message names product and date.</summary>
    public static string GeenTarief(Product product, DateOnly datum) =>
        $"Er geldt geen tarief voor {product.Code} ({product.Naam}) op {datum:dd-MM-yyyy}; declareren is geblokkeerd tot de contractmanager van de gemeente " +
        "een tarief invoert met een ingangsdatum op of vóór die datum.";

    /// <summary>A row of the gemeente's yearly table (DEV-Art7.3): the new tariff from <paramref name="vanaf"/>. For a tariff
    /// that is frozen (B7), the table's amount is its indexed shadow tariff: the frozen amount stays until the shadow is higher
    /// (AMB-02/03), and then the shadow becomes the tariff.</summary>
    public static Contracttarief Indexeer(Product product, GeldendTarief? vorig, DateOnly vanaf, decimal tabelbedrag, string bron)
    {
        var tarief = new Contracttarief { Productcode = product.Code, Vanaf = vanaf, Bron = bron };
        if (vorig is { Bevroren: true } bevroren && tabelbedrag <= bevroren.Bedrag)
        {
            (tarief.Bedrag, tarief.Schaduwbedrag, tarief.Bevroren) = (bevroren.Bedrag, tabelbedrag, true);
            tarief.Bron = Kort($"{bron}; bevroren (B7): schaduwtarief {Euro(tabelbedrag)} niet hoger dan {Euro(bevroren.Bedrag)}");
        }
        else
        {
            (tarief.Bedrag, tarief.Schaduwbedrag, tarief.Bevroren) = (tabelbedrag, null, false);
            if (vorig is { Bevroren: true } ontdooid)
                tarief.Bron = Kort($"{bron}; schaduwtarief {Euro(tabelbedrag)} hoger dan bevroren {Euro(ontdooid.Bedrag)}: wordt het tarief (B7)");
        }
        return tarief;
    }

    /// <summary>An amount as a Dutch reader writes it: 1.407,00.</summary>
    public static string Euro(decimal bedrag) => bedrag.ToString("#,##0.00", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    private static string Kort(string tekst) => tekst.Length <= 200 ? tekst : tekst[..200];
}
