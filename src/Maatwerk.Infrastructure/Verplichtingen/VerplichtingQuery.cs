using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>Which stored obligations a list shows (database-side counterpart of the engine's VerplichtingFilter).</summary>
public sealed record VerplichtingQuery
{
    public Guid? ContractId { get; init; }
    public Guid? ClientId { get; init; }
    public Guid? ToewijzingId { get; init; }
    public string? Soort { get; init; }
    public VerplichtingStatus? Status { get; init; }
}
