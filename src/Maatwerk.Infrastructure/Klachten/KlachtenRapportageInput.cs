namespace Maatwerk.Infrastructure.Klachten;

/// <summary>Which overview (form, <c>/api/klachten/rapportage</c>): a contract, a year and, for the quarterly overview
/// (OCO-2.22b), a quarter 1–4; without a quarter, the annual report (DEV-Eis16-AR).</summary>
public sealed record KlachtenRapportageInput
{
    public Guid ContractId { get; init; }
    public int Jaar { get; init; }
    public int? Kwartaal { get; init; }
}
