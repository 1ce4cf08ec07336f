namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>An event a user registers: under which contract, what (an event id of the profile), when, and
/// optionally for which toewijzing.</summary>
public sealed record GebeurtenisInput
{
    public Guid ContractId { get; init; }
    public string Soort { get; init; } = "";
    public DateOnly Datum { get; init; }
    public TimeOnly? Tijd { get; init; }
    public Guid? ToewijzingId { get; init; }
    public bool Spoed { get; init; }
    public string? Toelichting { get; init; }
}
