using System.Text;

namespace Maatwerk.IWmo.Berichten.Readable;

/// <summary>Dutch labels for the element names of the iWmo schemas: a few written out, the rest split from the
/// element name ("RedenWijziging" → "Reden wijziging").</summary>
internal static class ReadableLabels
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["Header"] = "Header",
        ["Bsn"] = "BSN",
        ["Client"] = "Cliënt",
        ["Clienten"] = "Cliënten",
        ["BerichtCode"] = "Bericht",
        ["BerichtIdentificatie"] = "Identificatie",
        ["XsdVersie"] = "XSD-versie",
        ["XsdVersieDeclaratie"] = "XSD-versie declaratie",
        ["XsltVersie"] = "XSLT-versie",
        ["IdentificatieRetour"] = "Identificatie retourbericht",
        ["DagtekeningRetour"] = "Dagtekening retourbericht",
        ["ToewijzingNummer"] = "Toewijzingnummer",
        ["ToegewezenProduct"] = "Toegewezen product",
        ["ToegewezenProducten"] = "Toegewezen producten",
        ["ReferentieAanbieder"] = "Referentie aanbieder",
        ["ProductReferentie"] = "Referentie",
        ["ProductCategorie"] = "Productcategorie",
        ["ProductCode"] = "Productcode",
        ["ProductPeriode"] = "Periode",
        ["ProductTarief"] = "Tarief",
        ["GeleverdVolume"] = "Geleverd volume",
        ["IngediendBedrag"] = "Ingediend bedrag",
        ["TotaalIngediendBedrag"] = "Totaal ingediend",
        ["TotaalToegekendBedrag"] = "Totaal toegekend",
        ["DeclaratieNummer"] = "Declaratienummer",
        ["DeclaratiePeriode"] = "Declaratieperiode",
        ["DeclaratieDagtekening"] = "Dagtekening declaratie",
        ["DeclaratieIdentificatie"] = "Identificatie declaratie",
        ["DeclaratieAntwoord"] = "Declaratie-antwoord",
        ["RetourCodes"] = "Retourcodes",
        ["RetourCode"] = "Retourcode",
        ["JuridischeStatus"] = "Juridische status",
        ["WettelijkeVertegenwoordiging"] = "Wettelijke vertegenwoordiging",
        ["StatusAanlevering"] = "Status aanlevering",
        ["RedenBeeindiging"] = "Reden beëindiging",
        ["Emailadres"] = "E-mailadres",
    };

    public static string For(string element)
    {
        if (Known.TryGetValue(element, out var label))
            return label;
        var sb = new StringBuilder(element.Length + 4);
        for (var i = 0; i < element.Length; i++)
        {
            var c = element[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(element[i - 1]))
                sb.Append(' ').Append(char.ToLowerInvariant(c));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }
}
