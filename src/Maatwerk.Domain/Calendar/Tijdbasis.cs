namespace Maatwerk.Domain.Calendar;

/// <summary>The time bases a contract counts in.</summary>
public enum Tijdbasis
{
    Werkdagen,
    Kalenderdagen,
    /// <summary>Elapsed clock hours (nights, weekends and holidays count).</summary>
    Uren,
    /// <summary>Clock hours not counting Saturday, Sunday and non-working days (DEV-Art4.5).</summary>
    WerkUren,
    Weken,
    Maanden,
    Jaren,
    /// <summary>A fixed day in the reference year plus an offset ("vóór 1 maart van jaar t+1").</summary>
    VasteDatum,
    /// <summary>A window of fixed days in a year ("tweede kwartaal", "eerste week van februari").</summary>
    Venster,
    /// <summary>"Onverwijld": no numeric term; due at once, lateness judged by a person.</summary>
    Onverwijld,
}

public readonly record struct DagInJaar(int Maand, int Dag)
{
    public DateOnly In(int year) => new(year, Maand, Math.Min(Dag, DateTime.DaysInMonth(year, Maand)));
    public override string ToString() => $"{Dag:00}-{Maand:00}";
}
