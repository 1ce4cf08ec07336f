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

    public static WerkdagDefinitie AlgemeneTermijnenwet { get; } = new();
}
