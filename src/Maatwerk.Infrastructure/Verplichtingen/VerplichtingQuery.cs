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
    /// <summary>Whose obligation: aanbieder, gemeente or toezichthouder (an "aanbieder+gemeente" rule counts for both).</summary>
    public string? Actor { get; init; }
    /// <summary>The kind of subject (toewijzing, declaratie, klacht, melding, organisatie …).</summary>
    public string? Onderwerp { get; init; }

    /// <summary>The filters as the list page and API name them: contract, client, toewijzing, soort, status, actor,
    /// onderwerp (the start page's work queues link here with the same filter, so their counts agree).</summary>
    public static VerplichtingQuery Read(QueryReader q) => new()
    {
        ContractId = q.Guid("contract"), ClientId = q.Guid("client"), ToewijzingId = q.Guid("toewijzing"), Soort = q.Text("soort", 60),
        Status = q.Enum<VerplichtingStatus>("status"), Actor = q.Text("actor", 30), Onderwerp = q.Text("onderwerp", 30),
    };
}
