namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>The gemeente and period of an OCO invoice (default: the last full calendar month).</summary>
public sealed record FactuurInput
{
    public Guid GemeenteId { get; init; }
    public DateOnly Van { get; init; }
    public DateOnly Tot { get; init; }
}
