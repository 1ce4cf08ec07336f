using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Tarieven;

/// <summary>A tariff of one product of one contract from a date on, entered by the opdrachtgever's contract manager
/// (contracts that name no amounts: IB, BSD, OCO) or imported from the gemeente's yearly table (Deventer, DEV-Art7.3).
/// It comes on top of the tariffs in the contract profile; on the same date it goes before them.</summary>
public sealed class Contracttarief : Entity
{
    public Guid ContractId { get; set; }
    public string Productcode { get; set; } = "";
    public DateOnly Vanaf { get; set; }
    public decimal Bedrag { get; set; }
    /// <summary>For a frozen tariff: the indexed shadow tariff (Deventer B7).</summary>
    public decimal? Schaduwbedrag { get; set; }
    public bool Bevroren { get; set; }
    /// <summary>Where the amount comes from ("Tarieventabel 2025 gemeente Deventer", "Brief van 3 december …").</summary>
    public string Bron { get; set; } = "";
    public string IngevoerdDoor { get; set; } = "";
    public DateTimeOffset IngevoerdOp { get; set; }

    public const decimal MaximumBedrag = 99_999.99m;

    public IReadOnlyList<ValidationError> Validate(ContractProfile? profiel) => new Validator()
        .Check(nameof(Productcode), profiel?.FindProduct(Productcode) is not null, $"Product '{Productcode}' staat niet in het contract.")
        .Check(nameof(Vanaf), Vanaf != default, "De ingangsdatum is verplicht.")
        .Check(nameof(Bedrag), Bedrag is > 0 and <= MaximumBedrag, $"Het bedrag moet tussen 0,01 en {MaximumBedrag:N2} euro liggen.")
        .Check(nameof(Bedrag), decimal.Round(Bedrag, 2) == Bedrag, "Het bedrag heeft hoogstens 2 decimalen (eurocenten).")
        .Required(nameof(Bron), "De bron (waar het tarief vandaan komt)", Bron, 200)
        .Errors;
}
