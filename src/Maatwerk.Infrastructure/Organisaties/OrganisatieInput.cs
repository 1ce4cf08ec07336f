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
    public Guid? Versie { get; init; }

    public static OrganisatieInput From(Organisatie o) => new()
    {
        Naam = o.Naam, Soort = o.Soort, Gemeentecode = o.Gemeentecode, AgbCode = o.AgbCode, RegioId = o.RegioId, IsWlzAanbieder = o.IsWlzAanbieder, Versie = o.Versie,
    };

    public void ApplyTo(Organisatie o)
    {
        o.Naam = (Naam ?? "").Trim();
        o.Soort = Soort;
        o.Gemeentecode = string.IsNullOrWhiteSpace(Gemeentecode) ? null : Gemeentecode.Trim();
        o.AgbCode = string.IsNullOrWhiteSpace(AgbCode) ? null : AgbCode.Trim();
        o.RegioId = RegioId == Guid.Empty ? null : RegioId;
        o.IsWlzAanbieder = IsWlzAanbieder;
    }
}
