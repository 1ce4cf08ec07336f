using System.Text.RegularExpressions;
using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Clienten;

/// <summary>A resident (cliënt) who receives Wmo support; registered by the gemeente where the client lives.</summary>
public sealed partial class Client : Entity
{
    public string Bsn { get; set; } = "";
    public string Voornamen { get; set; } = "";
    public string? Tussenvoegsel { get; set; }
    public string Achternaam { get; set; } = "";
    public DateOnly Geboortedatum { get; set; }
    public string Straat { get; set; } = "";
    public string Huisnummer { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string Woonplaats { get; set; } = "";
    public string? Telefoon { get; set; }

    /// <summary>The gemeente responsible for this client (woonplaatsbeginsel).</summary>
    public Guid GemeenteId { get; set; }

    public string VolledigeNaam =>
        string.Join(' ', new[] { Voornamen, Tussenvoegsel, Achternaam }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public void Normalize()
    {
        if (Clienten.Bsn.TryParse(Bsn, out var bsn, out _))
            Bsn = bsn.Value;
        Postcode = Postcode.Trim().ToUpperInvariant().Replace(" ", "");
        Voornamen = Voornamen.Trim();
        Achternaam = Achternaam.Trim();
        Tussenvoegsel = string.IsNullOrWhiteSpace(Tussenvoegsel) ? null : Tussenvoegsel.Trim();
    }

    public IReadOnlyList<ValidationError> Validate(DateOnly vandaag)
    {
        var v = new Validator();
        if (!Clienten.Bsn.TryParse(Bsn, out _, out var bsnError))
            v.Add(nameof(Bsn), bsnError!);
        v.Required(nameof(Voornamen), "Voornamen", Voornamen, 200)
            .Optional(nameof(Tussenvoegsel), "Tussenvoegsel", Tussenvoegsel, 10)
            .Required(nameof(Achternaam), "Achternaam", Achternaam, 200)
            .Check(nameof(Geboortedatum), Geboortedatum != default, "Geboortedatum is verplicht.");
        if (Geboortedatum != default)
            v.Check(nameof(Geboortedatum), Geboortedatum <= vandaag && Geboortedatum.Year >= 1900,
                "De geboortedatum moet tussen 1900 en vandaag liggen.");
        v.Required(nameof(Straat), "Straat", Straat, 200)
            .Required(nameof(Huisnummer), "Huisnummer", Huisnummer, 10)
            .Required(nameof(Woonplaats), "Woonplaats", Woonplaats, 100)
            .Optional(nameof(Telefoon), "Telefoonnummer", Telefoon, 20)
            .Check(nameof(Postcode), PostcodePattern().IsMatch(Postcode.Trim().ToUpperInvariant().Replace(" ", "")),
                "De postcode moet 4 cijfers en 2 letters zijn (bijvoorbeeld 7411 AB).")
            .Check(nameof(GemeenteId), GemeenteId != Guid.Empty, "Kies de gemeente van de cliënt.");
        return v.Errors;
    }

    [GeneratedRegex("^[1-9][0-9]{3}[A-Z]{2}$")]
    private static partial Regex PostcodePattern();
}
