using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Contracten;

/// <summary>An agreement between an opdrachtgever (gemeente or regio) and one aanbieder, governed by a versioned
/// contract profile (contracts/&lt;ProfielId&gt;.yaml).</summary>
public sealed class Contract : Entity
{
    public string Naam { get; set; } = "";
    public Guid OpdrachtgeverId { get; set; }
    public Guid AanbiederId { get; set; }
    public string ProfielId { get; set; } = "";
    public int ProfielVersie { get; set; } = 1;
    public DateOnly Ingangsdatum { get; set; }
    public DateOnly? Einddatum { get; set; }

    public bool IsRunning(DateOnly datum) => Ingangsdatum <= datum && (Einddatum is null || datum <= Einddatum);

    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator()
            .Required(nameof(Naam), "Naam", Naam, 200)
            .Required(nameof(ProfielId), "Contractprofiel", ProfielId, 100)
            .Check(nameof(ProfielVersie), ProfielVersie >= 1, "De profielversie moet 1 of hoger zijn.")
            .Check(nameof(OpdrachtgeverId), OpdrachtgeverId != Guid.Empty, "Kies de opdrachtgever (gemeente of regio).")
            .Check(nameof(AanbiederId), AanbiederId != Guid.Empty, "Kies de aanbieder.")
            .Check(nameof(Ingangsdatum), Ingangsdatum != default, "Ingangsdatum is verplicht.");
        if (Einddatum is { } eind)
            v.Check(nameof(Einddatum), eind >= Ingangsdatum, "De einddatum mag niet vóór de ingangsdatum liggen.");
        return v.Errors;
    }
}
