using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>A financial year the gemeente closed after verification (DEV-Art8.8a): from then on lines for that year are
/// accepted only within the correction windows (DEV-Art8.8b: up to and including 1 February of the next year, AMB-18);
/// later ones are rejected at receipt (<see cref="ContractChecks"/>).</summary>
public sealed class Jaarafsluiting : Entity
{
    public Guid GemeenteId { get; set; }
    public int Jaar { get; set; }
    public string? Toelichting { get; set; }
    public string Door { get; set; } = "";
    public DateTimeOffset Op { get; set; }

    /// <summary>A year can be closed once it is over, once, and only when no declaration with lines in it is still being assessed.</summary>
    public static List<ValidationError> Validate(int? jaar, DateOnly vandaag, bool alGesloten, int inBeoordeling, string? toelichting)
    {
        var fouten = new List<ValidationError>();
        if (jaar is not { } j || j < 2000 || j >= vandaag.Year)
            fouten.Add(new("Jaar", $"Alleen een voorbij boekjaar kan worden afgesloten (uiterlijk {vandaag.Year - 1}; DEV-Art8.8a)."));
        else if (alGesloten)
            fouten.Add(new("Jaar", $"Boekjaar {j} is al afgesloten."));
        else if (inBeoordeling > 0)
            fouten.Add(new("Jaar", $"Er zijn nog {inBeoordeling} declaratie(s) met regels over {j} in beoordeling; sluit het jaar af na de verificatie (DEV-Art8.8a)."));
        if (toelichting is { Length: > 500 })
            fouten.Add(new("Toelichting", "De toelichting is hoogstens 500 tekens."));
        return fouten;
    }
}
