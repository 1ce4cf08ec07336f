using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common.Lijsten;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>Which stored obligations a list shows (database-side counterpart of the engine's VerplichtingFilter).</summary>
public sealed record VerplichtingQuery
{
    public Guid? ContractId { get; init; }
    public Guid? ClientId { get; init; }
    public Guid? ToewijzingId { get; init; }
    public string? Soort { get; init; }
    public VerplichtingStatus? Status { get; init; }

    /// <summary>The filters as the list page and API name them: contract, client, toewijzing, soort, status.</summary>
    public static VerplichtingQuery Read(QueryReader q) => new()
    {
        ContractId = q.Guid("contract"), ClientId = q.Guid("client"), ToewijzingId = q.Guid("toewijzing"), Soort = q.Text("soort", 60),
        Status = q.Enum<VerplichtingStatus>("status"),
    };
}
