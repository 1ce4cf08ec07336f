using Maatwerk.IWmo.Codelijsten.Generated;

namespace Maatwerk.IWmo.Codelijsten;

/// <summary>The iWmo 3.2 code lists with their Dutch descriptions.</summary>
public static class Codelijst
{
    /// <summary>WJ001 retour codes.</summary>
    public static IReadOnlyDictionary<string, string> Retourcodes => CodelijstData.LDT_RetourCode_WJ001;

    /// <summary>CBS municipality codes (peildatum 2025-01-01, as in the standard's pack).</summary>
    public static IReadOnlyDictionary<string, string> Gemeentecodes => CodelijstData.CBS_Gemeentecodes;

    public static string RetourcodeOmschrijving(string code) =>
        Retourcodes.TryGetValue(code, out var t) ? t : "Onbekende retourcode.";

    /// <summary>The code list behind an enumerated basisschema type, e.g. LDT_Eenheid → WJ756.</summary>
    public static IReadOnlyDictionary<string, string>? ForType(string ldtNaam) =>
        CodelijstData.PerType.TryGetValue(ldtNaam, out var d) ? d : null;

    public static string? Omschrijving(string ldtNaam, string code) =>
        ForType(ldtNaam) is { } d && d.TryGetValue(code, out var t) ? t : null;
}
