namespace Maatwerk.IWmo.Berichten;

/// <summary>The typed Header every iWmo message starts with.</summary>
public sealed record BerichtHeader(
    string BerichtCode,
    string Afzender,
    string Ontvanger,
    string Identificatie,
    DateOnly? Dagtekening,
    string? BasisschemaXsdVersie,
    string? BerichtXsdVersie)
{
    public static BerichtHeader From(BerichtElement header) => new(
        header.Text("BerichtCode") ?? "",
        header.Text("Afzender") ?? "",
        header.Text("Ontvanger") ?? "",
        header.Text("BerichtIdentificatie/Identificatie") ?? "",
        header.Date("BerichtIdentificatie/Dagtekening"),
        header.Text("XsdVersie/BasisschemaXsdVersie"),
        header.Text("XsdVersie/BerichtXsdVersie"));
}
