using Maatwerk.Domain.Personeel;

namespace Maatwerk.Infrastructure.Personeel;

/// <summary>A person in the staff register as kwaliteit or administratie enters them (form, <c>POST /api/personeel</c>).
/// The aanbieder and who registered them are set by the platform. <see cref="Versie"/> is the version an edit started from.</summary>
public sealed record MedewerkerInput
{
    public string Naam { get; init; } = "";
    public Guid? GebruikerId { get; init; }
    public string Functie { get; init; } = "";
    public DateOnly InDienst { get; init; }
    public DateOnly? UitDienst { get; init; }
    /// <summary>Contract product codes, separated by commas (PO-B, IB-BASIS …).</summary>
    public string? Productcodes { get; init; }
    public Kwalificatieniveau Niveau { get; init; }
    public string? Diploma { get; init; }
    public string? Diplomanummer { get; init; }
    public DateOnly? Diplomadatum { get; init; }
    public string? Registratienummer { get; init; }
    public Guid? Versie { get; init; }

    public static MedewerkerInput From(Medewerker m) => new()
    {
        Naam = m.Naam, GebruikerId = m.GebruikerId, Functie = m.Functie, InDienst = m.InDienst, UitDienst = m.UitDienst,
        Productcodes = m.Productcodes, Niveau = m.Niveau, Diploma = m.Diploma, Diplomanummer = m.Diplomanummer, Diplomadatum = m.Diplomadatum,
        Registratienummer = m.Registratienummer, Versie = m.Versie,
    };

    public void ApplyTo(Medewerker m)
    {
        m.Naam = Naam.Trim();
        m.GebruikerId = GebruikerId == Guid.Empty ? null : GebruikerId;
        m.Functie = Functie.Trim();
        m.InDienst = InDienst;
        m.UitDienst = UitDienst;
        m.Productcodes = string.Join(",", Medewerker.SplitCodes(Productcodes));
        m.Niveau = Niveau;
        m.Diploma = Leeg(Diploma);
        m.Diplomanummer = Leeg(Diplomanummer);
        m.Diplomadatum = Diplomadatum;
        m.Registratienummer = Leeg(Registratienummer);
    }

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The fixed worker and deputy of a toewijzing (DEV-Eis6-R10, IB-15a), from a date; a change says why (BSD-44a).</summary>
public sealed record VasteMedewerkerInput
{
    public Guid MedewerkerId { get; init; }
    public Guid? VervangerId { get; init; }
    public DateOnly Vanaf { get; init; }
    public string? Reden { get; init; }
}

/// <summary>A VOG of a person as a recorded fact (the document stays with the aanbieder): issue date, number, screening
/// profile and risk areas (IB-8a), and, if already known, the date the gemeente assessed it (IB-8b).</summary>
public sealed record VogInput
{
    public DateOnly Afgiftedatum { get; init; }
    public string? Nummer { get; init; }
    public string? Screeningsprofiel { get; init; }
    public string? Risicogebieden { get; init; }
    public DateOnly? BeoordeeldDoorGemeenteOp { get; init; }
}

/// <summary>The gemeente's assessment of a VOG before deployment (IB-8b), recorded as a step.</summary>
public sealed record VogBeoordelingInput
{
    public DateOnly Datum { get; init; }
}
