namespace Maatwerk.Domain.Organisatiebewijzen;

/// <summary>The events an evidence record produces, as the profiles name them. An insurance or certificate is the subject
/// <see cref="Onderwerp"/> of its own expiry (<c>…-verloopt</c>, dated at its last valid day: BSD-61 and the
/// <c>-verlengen</c> rules count back from it) and of its renewal (<c>…-verlengd</c>, registered about the record it
/// continues). A VOG rechtspersoon is organisation-wide: <c>vog-rp-afgegeven</c> meets the first-contracting rule
/// (MR-43a) and starts the renewal term (MR-43b, DEV-Eis18-g).</summary>
public static class OrganisatiebewijsGebeurtenis
{
    public const string Onderwerp = "organisatiebewijs";
    public const string VerzekeringVerloopt = "verzekering-verloopt";
    public const string VerzekeringVerlengd = "verzekering-verlengd";
    public const string CertificaatVerloopt = "certificaat-verloopt";
    public const string CertificaatVerlengd = "certificaat-verlengd";
    public const string VogRpAfgegeven = "vog-rp-afgegeven";

    public static string? Verloopt(Bewijssoort soort) => soort switch
    {
        Bewijssoort.Kwaliteitscertificaat => CertificaatVerloopt,
        _ when soort.IsVerzekering() => VerzekeringVerloopt,
        _ => null,
    };

    public static string? Verlengd(Bewijssoort soort) => soort switch
    {
        Bewijssoort.Kwaliteitscertificaat => CertificaatVerlengd,
        _ when soort.IsVerzekering() => VerzekeringVerlengd,
        _ => null,
    };

    /// <summary>The date a renewal counts from: the day the new record starts, or today when it was registered before
    /// it starts (the aanbieder had it then); never before the day the renewed record's expiry was registered (the
    /// engine counts evidence about a planned date only from when that date was known).</summary>
    public static DateOnly VerlengdOp(Organisatiebewijs nieuw, DateOnly vandaag, DateOnly oudBekendOp)
    {
        var datum = nieuw.GeldigVanaf < vandaag ? nieuw.GeldigVanaf : vandaag;
        return datum < oudBekendOp ? oudBekendOp : datum;
    }
}
