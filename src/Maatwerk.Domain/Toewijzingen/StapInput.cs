namespace Maatwerk.Domain.Toewijzingen;

/// <summary>A step on an existing toewijzing: its date, and a reason where the step needs one.</summary>
public sealed record StapInput
{
    /// <summary>The day the step happened (for <see cref="Zorgstap.Wijzigen"/> the new end date); today when empty.</summary>
    public DateOnly Datum { get; init; }
    public string? Reden { get; init; }
    public bool Akkoord { get; init; }
    public string? Toelichting { get; init; }

    /// <summary>For a stop: the provider confirms care was still delivered on the stop date (e.g. IB-33 on the 1st).</summary>
    public bool LeveringOpStopdatum { get; init; }

    /// <summary>For a temporary stop (IB-32): the admission (ziekenhuis, revalidatiecentrum, anders) and the expected return.</summary>
    public string? Opname { get; init; }
    public DateOnly? VerwachteHervatting { get; init; }
}
