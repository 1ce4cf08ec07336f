using Maatwerk.Domain.Organisatiebewijzen;

namespace Maatwerk.Infrastructure.Organisatiebewijzen;

/// <summary>An evidence record as kwaliteit enters it (form, <c>POST /api/organisatiebewijzen</c>): the facts of the
/// document, never the document itself. The aanbieder and who registered it are set by the platform. <see cref="Versie"/>
/// is the version an edit started from.</summary>
public sealed record OrganisatiebewijsInput
{
    public Bewijssoort Soort { get; init; }
    public string Uitgever { get; init; } = "";
    public string? Nummer { get; init; }
    public string? Norm { get; init; }
    public decimal? BedragPerAanspraak { get; init; }
    public decimal? BedragPerJaar { get; init; }
    public DateOnly GeldigVanaf { get; init; }
    public DateOnly? GeldigTot { get; init; }
    public Guid? Versie { get; init; }

    public static OrganisatiebewijsInput From(Organisatiebewijs b) => new()
    {
        Soort = b.Soort, Uitgever = b.Uitgever, Nummer = b.Nummer, Norm = b.Norm, BedragPerAanspraak = b.BedragPerAanspraak,
        BedragPerJaar = b.BedragPerJaar, GeldigVanaf = b.GeldigVanaf, GeldigTot = b.GeldigTot, Versie = b.Versie,
    };

    public void ApplyTo(Organisatiebewijs b)
    {
        b.Soort = Soort;
        b.Uitgever = (Uitgever ?? "").Trim();
        b.Nummer = Leeg(Nummer);
        b.Norm = Leeg(Norm);
        b.BedragPerAanspraak = BedragPerAanspraak;
        b.BedragPerJaar = BedragPerJaar;
        b.GeldigVanaf = GeldigVanaf;
        b.GeldigTot = GeldigTot;
    }

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
