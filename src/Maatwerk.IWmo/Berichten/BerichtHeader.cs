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
    public static BerichtHeader Van(BerichtElement header) => new(
        header.Tekst("BerichtCode") ?? "",
        header.Tekst("Afzender") ?? "",
        header.Tekst("Ontvanger") ?? "",
        header.Tekst("BerichtIdentificatie/Identificatie") ?? "",
        header.Datum("BerichtIdentificatie/Dagtekening"),
        header.Tekst("XsdVersie/BasisschemaXsdVersie"),
        header.Tekst("XsdVersie/BerichtXsdVersie"));
}
