using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Clientondersteuning;

/// <summary>A periodic report OCO-4.7 as submitted to one gemeente: the period, the figures as they were then (a snapshot,
/// so a later correction of a registration does not rewrite what the gemeente received) and the trends (q). Submitting it
/// registers <c>periodieke-rapportage</c> (OCO-4.7-h1/h2).</summary>
public sealed class IngediendeRapportage : Entity, IOcoStuk
{
    public const string Gebeurtenis = "periodieke-rapportage";

    public Guid ContractId { get; set; }
    public Guid AanbiederId { get; set; }
    public Guid GemeenteId { get; set; }
    public DateOnly Van { get; set; }
    public DateOnly Tot { get; set; }
    public string? Trends { get; set; }
    /// <summary>The figures (a)–(q) as JSON: onderdeel, omschrijving, waarde, aantal records.</summary>
    public string Cijfers { get; set; } = "[]";
    public DateTimeOffset IngediendOp { get; set; }
    public string IngediendDoor { get; set; } = "";
}
