using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Personeel;

/// <summary>Qualification level of a staff member (IB-5 MBO 4, IB-6 HBO, DEV-B4-Q-*, BSD-2.7). The number orders them.</summary>
public enum Kwalificatieniveau
{
    Geen = 0,
    Mbo3 = 3,
    Mbo4 = 4,
    Hbo = 6,
}

/// <summary>A person in the aanbieder's staff register: function, employment start, the products they deliver and their
/// qualification with its evidence as a recorded fact (diploma number and date, professional registration). The documents
/// themselves stay with the aanbieder; the gemeente sees status and validity only.</summary>
public sealed class Medewerker : Entity
{
    public Guid AanbiederId { get; set; }
    public string Naam { get; set; } = "";
    /// <summary>The platform user this person logs in as, if any: time registered by that user is checked against this record.</summary>
    public Guid? GebruikerId { get; set; }
    public string Functie { get; set; } = "";
    public DateOnly InDienst { get; set; }
    public DateOnly? UitDienst { get; set; }
    /// <summary>Contract product codes this person delivers (PO-B, IB-BASIS …), separated by commas.</summary>
    public string Productcodes { get; set; } = "";
    public Kwalificatieniveau Niveau { get; set; }
    public string? Diploma { get; set; }
    public string? Diplomanummer { get; set; }
    public DateOnly? Diplomadatum { get; set; }
    /// <summary>Professional registration (e.g. SKJ, BIG, BSD-63n), as a number.</summary>
    public string? Registratienummer { get; set; }
    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public IReadOnlyList<string> Producten => SplitCodes(Productcodes);

    public bool IsInDienst(DateOnly datum) => InDienst <= datum && (UitDienst is null || UitDienst >= datum);

    public bool Delivers(string? productcode) =>
        productcode is not null && Producten.Contains(productcode, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> SplitCodes(string? codes) =>
        (codes ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant()).Distinct().ToList();

    public static readonly IReadOnlyDictionary<Kwalificatieniveau, string> Niveaus = new Dictionary<Kwalificatieniveau, string>
    {
        [Kwalificatieniveau.Geen] = "Geen of onbekend", [Kwalificatieniveau.Mbo3] = "MBO 3", [Kwalificatieniveau.Mbo4] = "MBO 4",
        [Kwalificatieniveau.Hbo] = "HBO",
    };

    /// <summary>The fields a person must have; <paramref name="bekendeProducten"/> are the product codes of the aanbieder's contracts.</summary>
    public IReadOnlyList<ValidationError> Validate(DateOnly vandaag, IReadOnlyCollection<string> bekendeProducten)
    {
        var v = new Validator()
            .Required(nameof(Naam), "Naam", Naam, 200)
            .Required(nameof(Functie), "Functie", Functie, 100)
            .Check(nameof(InDienst), InDienst != default, "Datum in dienst is verplicht.")
            .Check(nameof(InDienst), InDienst == default || InDienst <= vandaag.AddYears(1), "Datum in dienst ligt te ver in de toekomst.")
            .Check(nameof(UitDienst), UitDienst is null || UitDienst >= InDienst, "Datum uit dienst ligt vóór de datum in dienst.")
            .Check(nameof(Niveau), Enum.IsDefined(Niveau), "Kies een kwalificatieniveau.")
            .Optional(nameof(Diploma), "Diploma", Diploma, 200)
            .Optional(nameof(Diplomanummer), "Diplomanummer", Diplomanummer, 50)
            .Check(nameof(Diplomadatum), Diplomadatum is null || Diplomadatum <= vandaag, "De diplomadatum ligt in de toekomst.")
            .Check(nameof(Diplomanummer), Niveau == Kwalificatieniveau.Geen || !string.IsNullOrWhiteSpace(Diplomanummer) || !string.IsNullOrWhiteSpace(Registratienummer),
                "Leg het diplomanummer of het registratienummer vast als bewijs van het kwalificatieniveau (IB-11, BSD-33).")
            .Optional(nameof(Registratienummer), "Registratienummer", Registratienummer, 50)
            .Optional(nameof(Productcodes), "Producten", Productcodes, 500);
        var onbekend = Producten.Where(p => !bekendeProducten.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
        v.Check(nameof(Productcodes), onbekend.Count == 0, $"Onbekend product: {string.Join(", ", onbekend)}. Kies producten uit uw contracten.");
        return v.Errors;
    }
}
