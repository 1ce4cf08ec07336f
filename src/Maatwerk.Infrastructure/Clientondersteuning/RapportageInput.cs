namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>The period and gemeente of a periodic report OCO-4.7 (default: the last full calendar half-year, OCO-A8) and
/// the trends text (q).</summary>
public sealed record RapportageInput
{
    public Guid GemeenteId { get; init; }
    public DateOnly Van { get; init; }
    public DateOnly Tot { get; init; }
    public string? Trends { get; init; }
}
