using Maatwerk.Domain.Organisaties;

namespace Maatwerk.Infrastructure.Organisaties;

public sealed record OrganisatieInput
{
    public string Naam { get; init; } = "";
    public OrganisatieSoort Soort { get; init; }
    public string? Gemeentecode { get; init; }
    public string? AgbCode { get; init; }
    public Guid? RegioId { get; init; }
    /// <summary>The aanbieder also delivers Wlz care (IB-34a/b).</summary>
    public bool IsWlzAanbieder { get; init; }
    /// <summary>KvK-nummer, 8 digits, optional.</summary>
    public string? KvkNummer { get; init; }
    /// <summary>Only for an aanbieder: a jaarrekening (true) or a jaarverslag (false) is due under IB-46c; empty = not recorded.</summary>
    public bool? Jaarrekeningplichtig { get; init; }
    public Guid? Versie { get; init; }

    public static OrganisatieInput From(Organisatie o) => new()
    {
        Naam = o.Naam, Soort = o.Soort, Gemeentecode = o.Gemeentecode, AgbCode = o.AgbCode, RegioId = o.RegioId, IsWlzAanbieder = o.IsWlzAanbieder,
        KvkNummer = o.KvkNummer, Jaarrekeningplichtig = o.Jaarrekeningplichtig, Versie = o.Versie,
    };

    public void ApplyTo(Organisatie o)
    {
        o.Naam = (Naam ?? "").Trim();
        o.Soort = Soort;
        o.Gemeentecode = string.IsNullOrWhiteSpace(Gemeentecode) ? null : Gemeentecode.Trim();
        o.AgbCode = string.IsNullOrWhiteSpace(AgbCode) ? null : AgbCode.Trim();
        o.RegioId = RegioId == Guid.Empty ? null : RegioId;
        o.IsWlzAanbieder = IsWlzAanbieder;
        o.KvkNummer = string.IsNullOrWhiteSpace(KvkNummer) ? null : KvkNummer.Trim();
        o.Jaarrekeningplichtig = Jaarrekeningplichtig;
    }
}
