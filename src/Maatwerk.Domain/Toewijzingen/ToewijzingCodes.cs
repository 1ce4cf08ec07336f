namespace Maatwerk.Domain.Toewijzingen;

/// <summary>The iWmo codes a consulent chooses from when issuing a toewijzing (inspanningsgericht: volume, unit,
/// frequency). WJ756 eenheid and WMO757 frequentie, from ../shared/iwmo/3.2/codelists.</summary>
public static class ToewijzingCodes
{
    /// <summary>The largest Budget iWmo can carry: LDT_Budget is at most 99,999,999 eurocents.</summary>
    public const decimal MaxBudget = 999_999.99m;

    public static readonly IReadOnlyDictionary<string, string> Eenheden = new Dictionary<string, string>
    {
        ["01"] = "Minuut", ["04"] = "Uur", ["14"] = "Etmaal", ["16"] = "Dagdeel (4 uur)", ["82"] = "Stuks (output)",
        ["83"] = "Euro's", ["84"] = "Stuks (inspanning)",
    };

    public static readonly IReadOnlyDictionary<string, string> Frequenties = new Dictionary<string, string>
    {
        ["1"] = "Per dag", ["2"] = "Per week", ["4"] = "Per maand", ["6"] = "Totaal binnen geldigheidsduur toewijzing",
    };
}
