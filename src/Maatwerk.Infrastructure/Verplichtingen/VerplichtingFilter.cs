using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Infrastructure.Verplichtingen;

public sealed record VerplichtingFilter
{
    public Guid? ContractId { get; init; }
    public Guid? ClientId { get; init; }
    public Guid? ToewijzingId { get; init; }
    public string? Soort { get; init; }
    public VerplichtingStatus? Status { get; init; }
}
