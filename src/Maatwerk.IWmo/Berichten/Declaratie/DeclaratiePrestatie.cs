using System.Globalization;
using Maatwerk.IWmo.Schema.Generated;

namespace Maatwerk.IWmo.Berichten.Declaratie;

/// <summary>One Prestatie of a WMO323 declaration. Amounts in eurocents.</summary>
public sealed record DeclaratiePrestatie(
    string ReferentieNummer,
    string? VorigReferentieNummer,
    string ToewijzingNummer,
    string ProductCategorie,
    string ProductCode,
    DateOnly Begindatum,
    DateOnly Einddatum,
    long GeleverdVolume,
    string Eenheid,
    long? ProductTarief,
    long Bedrag,
    string DebetCredit)
{
    public long BedragMetTeken => DebetCredit == "C" ? -Bedrag : Bedrag;

    public static DeclaratiePrestatie From(BerichtElement p) => new(
        p.Text("ProductReferentie/ReferentieNummer") ?? "",
        p.Text("ProductReferentie/VorigReferentieNummer"),
        p.Text("ToewijzingNummer") ?? "",
        p.Text("ProductCategorie") ?? "",
        p.Text("ProductCode") ?? "",
        p.Date("ProductPeriode/Begindatum") ?? default,
        p.Date("ProductPeriode/Einddatum") ?? default,
        p.Number("GeleverdVolume") ?? 0,
        p.Text("Eenheid") ?? "",
        p.Number("ProductTarief"),
        p.Number("IngediendBedrag/Bedrag") ?? 0,
        p.Text("IngediendBedrag/DebetCredit") ?? "D");

    public BerichtElement ToElement(string ns = Wmo323Schema.Ns)
    {
        var b = Basisschema.Ns;
        var p = new BerichtElement("Prestatie", ns);
        var referentie = p.Voeg("ProductReferentie", ns);
        referentie.Voeg("ReferentieNummer", b, ReferentieNummer);
        if (VorigReferentieNummer is not null) referentie.Voeg("VorigReferentieNummer", b, VorigReferentieNummer);
        p.Voeg("ToewijzingNummer", ns, ToewijzingNummer);
        p.Voeg("ProductCategorie", ns, ProductCategorie);
        p.Voeg("ProductCode", ns, ProductCode);
        var periode = p.Voeg("ProductPeriode", ns);
        periode.Voeg("Begindatum", b, Date(Begindatum));
        periode.Voeg("Einddatum", b, Date(Einddatum));
        p.Voeg("GeleverdVolume", ns, Number(GeleverdVolume));
        p.Voeg("Eenheid", ns, Eenheid);
        if (ProductTarief is { } t) p.Voeg("ProductTarief", ns, Number(t));
        var bedrag = p.Voeg("IngediendBedrag", ns);
        bedrag.Voeg("Bedrag", b, Number(Bedrag));
        bedrag.Voeg("DebetCredit", b, DebetCredit);
        return p;
    }

    internal static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    internal static string Number(long v) => v.ToString(CultureInfo.InvariantCulture);
}
