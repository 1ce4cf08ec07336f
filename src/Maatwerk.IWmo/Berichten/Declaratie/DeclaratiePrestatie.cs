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

    public static DeclaratiePrestatie Van(BerichtElement p) => new(
        p.Tekst("ProductReferentie/ReferentieNummer") ?? "",
        p.Tekst("ProductReferentie/VorigReferentieNummer"),
        p.Tekst("ToewijzingNummer") ?? "",
        p.Tekst("ProductCategorie") ?? "",
        p.Tekst("ProductCode") ?? "",
        p.Datum("ProductPeriode/Begindatum") ?? default,
        p.Datum("ProductPeriode/Einddatum") ?? default,
        p.Getal("GeleverdVolume") ?? 0,
        p.Tekst("Eenheid") ?? "",
        p.Getal("ProductTarief"),
        p.Getal("IngediendBedrag/Bedrag") ?? 0,
        p.Tekst("IngediendBedrag/DebetCredit") ?? "D");

    public BerichtElement NaarElement(string ns = Wmo323Schema.Ns)
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
        periode.Voeg("Begindatum", b, Datum(Begindatum));
        periode.Voeg("Einddatum", b, Datum(Einddatum));
        p.Voeg("GeleverdVolume", ns, Getal(GeleverdVolume));
        p.Voeg("Eenheid", ns, Eenheid);
        if (ProductTarief is { } t) p.Voeg("ProductTarief", ns, Getal(t));
        var bedrag = p.Voeg("IngediendBedrag", ns);
        bedrag.Voeg("Bedrag", b, Getal(Bedrag));
        bedrag.Voeg("DebetCredit", b, DebetCredit);
        return p;
    }

    internal static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    internal static string Getal(long v) => v.ToString(CultureInfo.InvariantCulture);
}
