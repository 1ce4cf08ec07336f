using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Toewijzingen;

/// <summary>The uitvoerings-/begeleidingsplan agreed with the client: SMART goals, activities and frequency, how the
/// support can be scaled down, the role of the client's network, and who agreed when.</summary>
public sealed class Ondersteuningsplan : Entity
{
    public Guid ToewijzingId { get; set; }
    public string Doelen { get; set; } = "";
    public string Activiteiten { get; set; } = "";
    public string Frequentie { get; set; } = "";
    public string Afschaling { get; set; } = "";
    public string RolNetwerk { get; set; } = "";
    public string OvereengekomenMet { get; set; } = "";
    public DateOnly OvereengekomenOp { get; set; }

    /// <summary>DEV-B2-DeclTime: the plan shows the client cannot hold regie and the aanbieder temporarily takes it over,
    /// with the client's knowledge ("regie overgenomen").</summary>
    public bool RegieOvergenomen { get; set; }

    /// <summary>The day the client consented to contacts without them being present (DEV-B2-DeclTime).</summary>
    public DateOnly? RegieToestemmingOp { get; set; }

    public IReadOnlyList<ValidationError> Validate(Toewijzing toewijzing, DateOnly vandaag)
    {
        var v = new Validator()
            .Required(nameof(Doelen), "Doelen (SMART)", Doelen, 2000)
            .Required(nameof(Activiteiten), "Activiteiten", Activiteiten, 2000)
            .Required(nameof(Frequentie), "Frequentie", Frequentie, 200)
            .Required(nameof(Afschaling), "Mogelijkheden tot afschalen", Afschaling, 2000)
            .Required(nameof(RolNetwerk), "Rol van het netwerk", RolNetwerk, 2000)
            .Required(nameof(OvereengekomenMet), "Overeengekomen met", OvereengekomenMet, 200)
            .Check(nameof(OvereengekomenOp), OvereengekomenOp != default, "De datum waarop het plan is overeengekomen is verplicht.");
        if (OvereengekomenOp != default)
            v.Check(nameof(OvereengekomenOp), OvereengekomenOp <= vandaag && OvereengekomenOp >= toewijzing.Toewijzingsdatum,
                "Het plan moet tussen de dagtekening van de toewijzing en vandaag zijn overeengekomen.");
        v.Check(nameof(RegieToestemmingOp), !RegieOvergenomen || RegieToestemmingOp is not null,
            "Vul de datum in waarop de cliënt instemde met het overnemen van de regie en met contacten zonder de cliënt (DEV-B2-DeclTime).");
        v.Check(nameof(RegieToestemmingOp), RegieToestemmingOp is not { } t || t <= vandaag, "De datum van de toestemming ligt in de toekomst.");
        return v.Errors;
    }
}
