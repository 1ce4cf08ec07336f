namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>Lot 1's annual plan as the coordinator submits it (OCO-P1-1.5a): the year it is for and its content; the
/// contract may be left empty when the provider has one OCO contract.</summary>
public sealed record JaarplanInput
{
    public Guid? ContractId { get; init; }
    public int Jaar { get; init; }
    public string? Inhoud { get; init; }
}

/// <summary>A dated step on an annual plan (meeting scheduled, plan adopted; OCO-P1-1.5b) or on a report meeting (minutes
/// delivered, approved; OCO-4.8). <see cref="Versie"/> is the version the user started from (optimistic concurrency).</summary>
public sealed record OcoStapInput
{
    public DateOnly Datum { get; init; }
    public string? Tekst { get; init; }
    public Guid? Versie { get; init; }
}

/// <summary>The meeting about a submitted report (OCO-4.8): the day it was held.</summary>
public sealed record OverlegInput
{
    public DateOnly Datum { get; init; }
}
