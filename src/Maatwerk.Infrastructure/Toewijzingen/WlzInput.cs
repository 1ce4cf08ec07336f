namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>A Wlz indication the gemeente registers for a client (IB-34a/b): issued on <see cref="Afgiftedatum"/>,
/// visible to the gemeente on <see cref="ZichtbaarOp"/> (default: the issue date). <see cref="Stopdatums"/> holds the
/// consulent's adjusted stop date per toewijzing id; a toewijzing without one gets the proposed date.</summary>
public sealed record WlzInput
{
    public DateOnly Afgiftedatum { get; init; }
    public DateOnly? ZichtbaarOp { get; init; }
    public Dictionary<Guid, DateOnly>? Stopdatums { get; init; }
}

/// <summary>The weekly check for issued Wlz indications (IB-34c).</summary>
public sealed record WlzCheckInput(DateOnly Datum, string? Toelichting);
