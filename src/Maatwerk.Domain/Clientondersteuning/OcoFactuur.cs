using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Clientondersteuning;

public enum OcoFactuurStatus
{
    Opgesteld,
    Ingediend,
}

/// <summary>The OCO provider's invoice to one gemeente for one period as stored by the coordinator: the specification
/// (<see cref="Facturatie.Build"/>) frozen into lines with the contacts beneath each (OCO-6.1a), opgesteld → ingediend.
/// Submitting registers <c>factuur-ingediend</c> for each melding on it, which meets OCO-6.1c (levering + 1 jaar).</summary>
public sealed class OcoFactuur : Entity, IOcoStuk
{
    public const string Ingediend = "factuur-ingediend";

    public string Nummer { get; set; } = "";
    public Guid ContractId { get; set; }
    public Guid AanbiederId { get; set; }
    public Guid GemeenteId { get; set; }
    public DateOnly Van { get; set; }
    public DateOnly Tot { get; set; }
    public OcoFactuurStatus Status { get; set; }
    public DateTimeOffset OpgesteldOp { get; set; }
    public string OpgesteldDoor { get; set; } = "";
    public DateTimeOffset? IngediendOp { get; set; }
    public string? IngediendDoor { get; set; }
    public List<OcoFactuurregel> Regels { get; set; } = [];

    /// <summary>Opgesteld → ingediend; an invoice is submitted once.</summary>
    public IReadOnlyList<ValidationError> Indienen(DateTimeOffset nu, string door)
    {
        if (Status == OcoFactuurStatus.Ingediend)
            return [new ValidationError(nameof(Status), $"Factuur {Nummer} is al ingediend op {IngediendOp:dd-MM-yyyy}.")];
        (Status, IngediendOp, IngediendDoor) = (OcoFactuurStatus.Ingediend, nu, door);
        return [];
    }

    /// <summary>Only a draft (opgesteld) may be removed; a submitted invoice is what the gemeente received and what met
    /// OCO-6.1c for its meldingen, so it is never removed (OCO-6.1a/c).</summary>
    public IReadOnlyList<ValidationError> ValidateRemove() => Status == OcoFactuurStatus.Ingediend
        ? [new ValidationError(nameof(Status), $"Factuur {Nummer} is ingediend bij de gemeente en kan niet meer worden verwijderd; alleen een opgestelde factuur kan worden verwijderd.")]
        : [];

    /// <summary>The next number <c>OCO-&lt;jaar&gt;-&lt;volgnummer&gt;</c> of a provider: one above the highest of that year,
    /// so a removed draft never makes two invoices share a number.</summary>
    public static string NextNummer(int jaar, IEnumerable<string> bestaande)
    {
        var prefix = $"OCO-{jaar}-";
        var hoogste = bestaande.Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => int.TryParse(n[prefix.Length..], out var v) ? v : 0).DefaultIfEmpty(0).Max();
        return $"{prefix}{hoogste + 1:0000}";
    }
}

/// <summary>One stored line: the support on one melding of one kind in the period, with its contacts (OCO-6.1a).</summary>
public sealed class OcoFactuurregel : Entity
{
    public Guid FactuurId { get; set; }
    public Guid MeldingId { get; set; }
    public Contactsoort Soort { get; set; }
    public DateOnly EersteLevering { get; set; }
    public DateOnly LaatsteLevering { get; set; }
    public int Aantal { get; set; }
    public List<OcoFactuurContact> Contacten { get; set; } = [];
    public string Omschrijving => Factuurregel.OmschrijvingOf(Soort);
}

/// <summary>A contact record beneath an invoice line: the registered delivery the line is made of (OCO-6.1a).</summary>
public sealed class OcoFactuurContact
{
    public Guid RegelId { get; set; }
    public Guid ContactId { get; set; }
}
