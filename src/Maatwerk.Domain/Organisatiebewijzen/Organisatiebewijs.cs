using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Organisatiebewijzen;

/// <summary>The kinds of evidence an aanbieder keeps about itself as an organisation (issue 14): liability insurance for
/// the business and for professional risk (IB-62, BSD-50/51, DEV-B2-Ins), a quality certificate (IB-36, BSD-61,
/// DEV-B2-Qual) and the VOG of the legal entity (DEV-Eis18-g). The number is stored; the code is the profile's name.</summary>
public enum Bewijssoort
{
    Bedrijfsaansprakelijkheid = 1,
    Beroepsaansprakelijkheid = 2,
    Kwaliteitscertificaat = 3,
    VogRechtspersoon = 4,
}

public static class BewijssoortInfo
{
    /// <summary>The name a profile uses in the parameter <c>bewijzen</c>.</summary>
    public static string Code(this Bewijssoort soort) => soort switch
    {
        Bewijssoort.Bedrijfsaansprakelijkheid => "bedrijfsaansprakelijkheid",
        Bewijssoort.Beroepsaansprakelijkheid => "beroepsaansprakelijkheid",
        Bewijssoort.Kwaliteitscertificaat => "kwaliteitscertificaat",
        Bewijssoort.VogRechtspersoon => "vog-rechtspersoon",
        _ => soort.ToString(),
    };

    public static string DisplayName(this Bewijssoort soort) => soort switch
    {
        Bewijssoort.Bedrijfsaansprakelijkheid => "Bedrijfsaansprakelijkheidsverzekering",
        Bewijssoort.Beroepsaansprakelijkheid => "Beroepsaansprakelijkheidsverzekering",
        Bewijssoort.Kwaliteitscertificaat => "Kwaliteitscertificaat (HKZ, ISO 9001 of gelijkwaardig)",
        Bewijssoort.VogRechtspersoon => "VOG rechtspersoon",
        _ => soort.ToString(),
    };

    public static bool IsVerzekering(this Bewijssoort soort) => soort is Bewijssoort.Bedrijfsaansprakelijkheid or Bewijssoort.Beroepsaansprakelijkheid;

    public static Bewijssoort? FromCode(string code) =>
        Enum.GetValues<Bewijssoort>().Cast<Bewijssoort?>().FirstOrDefault(s => string.Equals(s!.Value.Code(), code.Trim(), StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<Bewijssoort> Alle { get; } = Enum.GetValues<Bewijssoort>();
}

/// <summary>One evidence document of an aanbieder as recorded facts: kind, issuer (insurer, certifying body, Justis),
/// policy or certificate number, scheme, insured amounts (insurance only) and validity. The document itself stays with
/// the aanbieder (issue 14, privacy): the platform stores no file.</summary>
public sealed class Organisatiebewijs : Entity
{
    public Guid AanbiederId { get; set; }
    public Bewijssoort Soort { get; set; }
    /// <summary>Insurer, certifying body or issuing authority.</summary>
    public string Uitgever { get; set; } = "";
    /// <summary>Policy or certificate number.</summary>
    public string? Nummer { get; set; }
    /// <summary>For a certificate: the standard or quality mark (HKZ, ISO 9001, Kiwa keurmerk ZZP …).</summary>
    public string? Norm { get; set; }
    /// <summary>Insured amount per claim (per aanspraak / gebeurtenis), euros; insurance only.</summary>
    public decimal? BedragPerAanspraak { get; set; }
    /// <summary>Insured amount per insurance year, euros; insurance only.</summary>
    public decimal? BedragPerJaar { get; set; }
    /// <summary>Valid from; for a VOG rechtspersoon the issue date.</summary>
    public DateOnly GeldigVanaf { get; set; }
    /// <summary>The last valid day (vervaldatum). Required for insurance and certificates; a VOG rechtspersoon has none of
    /// its own: the contract's renewal term decides (DEV-Eis18-g, see <see cref="Bewijseisen"/>).</summary>
    public DateOnly? GeldigTot { get; set; }
    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public IReadOnlyList<ValidationError> Validate(DateOnly vandaag) => new Validator()
        .Check(nameof(Soort), Enum.IsDefined(Soort), "Soort is verplicht: kies verzekering, kwaliteitscertificaat of VOG rechtspersoon.")
        .Required(nameof(Uitgever), Soort.IsVerzekering() ? "Verzekeraar" : "Uitgever", Uitgever, 200)
        .Optional(nameof(Nummer), "Polis- of certificaatnummer", Nummer, 100)
        .Optional(nameof(Norm), "Norm", Norm, 100)
        .Check(nameof(GeldigVanaf), GeldigVanaf != default, "Geldig vanaf is verplicht.")
        .Check(nameof(GeldigVanaf), Soort != Bewijssoort.VogRechtspersoon || GeldigVanaf <= vandaag, "De afgiftedatum van de VOG rechtspersoon ligt in de toekomst.")
        .Check(nameof(GeldigTot), GeldigTot is not null || Soort == Bewijssoort.VogRechtspersoon, "Geldig tot (vervaldatum) is verplicht voor een verzekering of certificaat.")
        .Check(nameof(GeldigTot), GeldigTot is null || GeldigVanaf == default || GeldigTot >= GeldigVanaf, "Geldig tot ligt vóór geldig vanaf.")
        .Check(nameof(BedragPerAanspraak), BedragPerAanspraak is null || (Soort.IsVerzekering() && BedragPerAanspraak > 0),
            "Dekking per aanspraak is een positief bedrag en hoort alleen bij een verzekering.")
        .Check(nameof(BedragPerJaar), BedragPerJaar is null || (Soort.IsVerzekering() && BedragPerJaar > 0),
            "Dekking per verzekeringsjaar is een positief bedrag en hoort alleen bij een verzekering.")
        .Check(nameof(BedragPerJaar), BedragPerJaar is null || BedragPerAanspraak is null || BedragPerJaar >= BedragPerAanspraak,
            "Dekking per verzekeringsjaar is minstens de dekking per aanspraak.")
        .Errors;
}
