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

/// <summary>iWmo code list WMO002 (reden wijziging toewijzing), without the expired code 01.
/// Source: ../shared/iwmo/3.2/codelists/WMO002_Reden_wijziging toewijzing.md.</summary>
public static class RedenWijziging
{
    public static readonly IReadOnlyDictionary<string, string> Codes = new Dictionary<string, string>
    {
        ["02"] = "Cliënt overleden",
        ["03"] = "Contractwijziging",
        ["04"] = "Herbeoordeling: verlenging toewijzing",
        ["05"] = "Herbeoordeling: verkorting toewijzing",
        ["06"] = "Uitstroom naar ander domein",
        ["07"] = "Verhuizing naar een andere gemeente",
        ["08"] = "Wijziging leveringsvorm",
        ["09"] = "Overstap naar andere aanbieder",
        ["10"] = "Overgang naar nieuwe bekostigingssystematiek",
        ["11"] = "Gemeentelijke herindeling",
        ["12"] = "Geïnitieerd door de aanbieder",
        ["13"] = "Verwijderd",
        ["14"] = "Administratieve correctie",
    };
}
