namespace Maatwerk.Domain.Toewijzingen;

/// <summary>iWmo code list WMO588 (reden beëindiging) with the codes a provider may use in a stop (WMO307).
/// Source: ../shared/iwmo/3.2/codelists/WMO588_Reden_beeindiging.md.</summary>
public static class RedenBeeindiging
{
    public static readonly IReadOnlyDictionary<string, string> Codes = new Dictionary<string, string>
    {
        ["02"] = "Overlijden",
        ["19"] = "Levering volgens plan beëindigd",
        ["20"] = "Levering is tijdelijk beëindigd (bijvoorbeeld ziekenhuisopname)",
        ["21"] = "Levering is eenzijdig door cliënt beëindigd",
        ["22"] = "Levering is eenzijdig door aanbieder beëindigd",
        ["23"] = "Levering is in overeenstemming voortijdig beëindigd",
        ["31"] = "Verhuizing naar een andere gemeente",
        ["36"] = "Geïnitieerd door de gemeente",
        ["37"] = "In verband met wijzigingsverzoek",
        ["38"] = "Overstap naar andere aanbieder",
        ["39"] = "Uitstroom naar ander domein (bijvoorbeeld Wlz of Zvw)",
    };
}
