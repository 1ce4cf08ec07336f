using Maatwerk.Domain.Verzoeken;

namespace Maatwerk.Infrastructure.Verzoeken;

/// <summary>What an aanbieder enters for a verzoek om toewijzing (WMO315), in the form or as JSON. Only these fields
/// are taken from the request; soort, status, reference, answer and dates are set by the platform (no over-posting).</summary>
public sealed record VerzoekInput
{
    public Guid ContractId { get; init; }
    public Guid GemeenteId { get; init; }
    public string Bsn { get; init; } = "";
    public string Voornamen { get; init; } = "";
    public string? Tussenvoegsel { get; init; }
    public string Achternaam { get; init; } = "";
    public DateOnly Geboortedatum { get; init; }
    public string Productcode { get; init; } = "";
    public DateOnly Ingangsdatum { get; init; }
    public DateOnly? Einddatum { get; init; }
    public int? Volume { get; init; }
    public string? Eenheid { get; init; }
    public string? Frequentie { get; init; }

    /// <summary>Who referred the resident (COD327).</summary>
    public string VerwijzerType { get; init; } = "";
    public string? VerwijzerNaam { get; init; }
    public string? Commentaar { get; init; }

    /// <summary>A new WMO315 verzoek with what the aanbieder entered; everything else keeps its initial value.</summary>
    public Verzoek NewVerzoek(DateOnly ingediend, string referentieAanbieder) => new()
    {
        Soort = "WMO315",
        ContractId = ContractId,
        GemeenteId = GemeenteId,
        Bsn = (Bsn ?? "").Trim(),
        Voornamen = (Voornamen ?? "").Trim(),
        Tussenvoegsel = string.IsNullOrWhiteSpace(Tussenvoegsel) ? null : Tussenvoegsel.Trim(),
        Achternaam = (Achternaam ?? "").Trim(),
        Geboortedatum = Geboortedatum,
        Productcode = (Productcode ?? "").Trim(),
        Ingangsdatum = Ingangsdatum,
        Einddatum = Einddatum,
        Volume = Volume,
        Eenheid = string.IsNullOrWhiteSpace(Eenheid) ? null : Eenheid,
        Frequentie = string.IsNullOrWhiteSpace(Frequentie) ? null : Frequentie,
        VerwijzerType = VerwijzerType ?? "",
        VerwijzerNaam = string.IsNullOrWhiteSpace(VerwijzerNaam) ? null : VerwijzerNaam.Trim(),
        Commentaar = string.IsNullOrWhiteSpace(Commentaar) ? null : Commentaar.Trim(),
        Status = VerzoekStatus.Ingediend,
        Ingediend = ingediend,
        ReferentieAanbieder = referentieAanbieder,
    };
}
