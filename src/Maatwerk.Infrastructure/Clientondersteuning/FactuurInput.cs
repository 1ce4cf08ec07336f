namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>The gemeente and period of an OCO invoice (default: the last full calendar month).</summary>
public sealed record FactuurInput
{
    public Guid GemeenteId { get; init; }
    public DateOnly Van { get; init; }
    public DateOnly Tot { get; init; }
}

/// <summary>Submitting or removing a stored invoice: <see cref="Versie"/> is the version the user started from (optimistic concurrency).</summary>
public sealed record FactuurVersieInput
{
    public Guid? Versie { get; init; }
}
