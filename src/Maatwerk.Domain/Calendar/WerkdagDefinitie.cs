namespace Maatwerk.Domain.Calendar;

/// <summary>What a working day is under a contract. The default is art. 3 Algemene Termijnenwet.</summary>
public sealed record WerkdagDefinitie
{
    public bool GoedeVrijdagVrij { get; init; } = true;
    public bool KoninklijkBesluitDagenVrij { get; init; } = true;
    public IReadOnlyList<Feestdag> ExtraVrijeDagen { get; init; } = [];
    /// <summary>Where the definition comes from, e.g. "DEV-B2-Werkdag" or "platformstandaard".</summary>
    public string Bron { get; init; } = "Algemene Termijnenwet art. 3";
    public string? Toelichting { get; init; }

    /// <summary>An event that makes its date a working day for its subject only, e.g. Deventer's "werkdag-goedgekeurd":
    /// a weekend or holiday on which the gemeente approved support counts as a working day (DEV-B2-Werkdag).</summary>
    public string? GoedgekeurdeWerkdagGebeurtenis { get; init; }

    public static WerkdagDefinitie AlgemeneTermijnenwet { get; } = new();
}
