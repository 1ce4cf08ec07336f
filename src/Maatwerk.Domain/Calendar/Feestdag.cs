namespace Maatwerk.Domain.Calendar;

public enum FeestdagGrond
{
    /// <summary>Art. 3 lid 1 Algemene Termijnenwet.</summary>
    AtwLid1,
    /// <summary>Art. 3 lid 2 Atw: Goede Vrijdag.</summary>
    GoedeVrijdag,
    /// <summary>Art. 3 lid 3 Atw: gelijkgesteld bij Koninklijk Besluit.</summary>
    KoninklijkBesluit,
    /// <summary>Extra vrije dag uit het contractprofiel.</summary>
    Profiel,
}

public sealed record Feestdag(DateOnly Datum, string Naam, FeestdagGrond Grond);
