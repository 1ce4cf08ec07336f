using Maatwerk.Domain.Clienten;

namespace Maatwerk.Infrastructure.Clienten;

/// <summary>What a user enters for a client, in a form or as JSON. Versie is the version the user started from.</summary>
public sealed record ClientInput
{
    public string Bsn { get; init; } = "";
    public string Voornamen { get; init; } = "";
    public string? Tussenvoegsel { get; init; }
    public string Achternaam { get; init; } = "";
    public DateOnly Geboortedatum { get; init; }
    public string Straat { get; init; } = "";
    public string Huisnummer { get; init; } = "";
    public string Postcode { get; init; } = "";
    public string Woonplaats { get; init; } = "";
    public string? Telefoon { get; init; }
    public Guid GemeenteId { get; init; }
    public Guid? Versie { get; init; }

    public static ClientInput From(Client c) => new()
    {
        Bsn = c.Bsn, Voornamen = c.Voornamen, Tussenvoegsel = c.Tussenvoegsel, Achternaam = c.Achternaam,
        Geboortedatum = c.Geboortedatum, Straat = c.Straat, Huisnummer = c.Huisnummer, Postcode = c.Postcode,
        Woonplaats = c.Woonplaats, Telefoon = c.Telefoon, GemeenteId = c.GemeenteId, Versie = c.Versie,
    };

    public void ApplyTo(Client c)
    {
        c.Bsn = Bsn ?? "";
        c.Voornamen = Voornamen ?? "";
        c.Tussenvoegsel = Tussenvoegsel;
        c.Achternaam = Achternaam ?? "";
        c.Geboortedatum = Geboortedatum;
        c.Straat = Straat ?? "";
        c.Huisnummer = Huisnummer ?? "";
        c.Postcode = Postcode ?? "";
        c.Woonplaats = Woonplaats ?? "";
        c.Telefoon = string.IsNullOrWhiteSpace(Telefoon) ? null : Telefoon.Trim();
        c.GemeenteId = GemeenteId;
        c.Normalize();
    }
}
