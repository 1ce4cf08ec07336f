namespace Maatwerk.IWmo.Retour;

public sealed record RetourOptions
{
    /// <summary>Identificatie of the retourbericht itself (IdentificatieRetour, or BerichtIdentificatie of a 325).</summary>
    public required string Identificatie { get; init; }
    public required DateOnly Dagtekening { get; init; }
}
