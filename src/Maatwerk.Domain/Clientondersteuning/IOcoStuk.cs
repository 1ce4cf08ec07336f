namespace Maatwerk.Domain.Clientondersteuning;

/// <summary>A document a provider sends a gemeente under an OCO contract (a report, an invoice): who may see it follows
/// from these three ids.</summary>
public interface IOcoStuk
{
    Guid ContractId { get; }
    Guid AanbiederId { get; }
    Guid GemeenteId { get; }
}
