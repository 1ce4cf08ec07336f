using Maatwerk.Domain.Afwezigheid;

namespace Maatwerk.Infrastructure.Afwezigheid;

/// <summary>A reminder as a user or a planning system enters it (form, <c>POST /api/afwezigheid/herinneringen</c>), in
/// local time (Europe/Amsterdam). Client, contract, aanbieder and who registered it are set by the platform (IB-22a).</summary>
public sealed record HerinneringInput
{
    public Guid ToewijzingId { get; init; }
    /// <summary>Day and start time of the appointment the reminder is about.</summary>
    public DateOnly AfspraakDatum { get; init; }
    public TimeOnly AfspraakTijd { get; init; }
    /// <summary>When the reminder was sent.</summary>
    public DateOnly VerzondenDatum { get; init; }
    public TimeOnly VerzondenTijd { get; init; }
    public Herinneringskanaal Kanaal { get; init; } = Herinneringskanaal.Sms;
    public string? Toelichting { get; init; }
}
