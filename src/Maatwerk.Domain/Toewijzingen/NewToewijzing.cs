using Maatwerk.Domain.Beschikkingen;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Toewijzingen;

/// <summary>The omvang of a toewijzing (inspanningsgericht): volume, iWmo eenheid (WJ756) and frequentie (WMO757).</summary>
public sealed record Omvang(int? Volume, string? Eenheid, string? Frequentie);

/// <summary>Everything needed to issue a toewijzing, resolved by the caller: the contract and its product, the iWmo
/// product code from the contract's mapping, and the beschikking it carries out. <see cref="Validate"/> holds every
/// rule of issuing, so the page and the API refuse the same things.</summary>
public sealed record NewToewijzing
{
    public required string Nummer { get; init; }
    public required Guid ClientId { get; init; }
    public required Contract Contract { get; init; }
    public required ContractProfile Profiel { get; init; }
    /// <summary>The product as the consulent named it; <see cref="Product"/> is what the profile has under that code.</summary>
    public required string Productcode { get; init; }
    public Product? Product => Profiel.FindProduct(Productcode);
    public string? IWmoProductcode { get; init; }
    public required DateOnly Toewijzingsdatum { get; init; }
    public required DateOnly Ingangsdatum { get; init; }
    public DateOnly? Einddatum { get; init; }
    public Omvang Omvang { get; init; } = new(null, null, null);
    /// <summary>A Budget in euros instead of an Omvang (CD077); requires an Einddatum (CD075).</summary>
    public decimal? Budget { get; init; }
    public bool Spoed { get; init; }
    /// <summary>The recorded beschikking the toewijzing carries out (required: no toewijzing without a decision).</summary>
    public Beschikking? Beschikking { get; init; }
    public string? ReferentieAanbieder { get; init; }

    /// <summary>A product allocated as one whole (a traject, DEV-B2-Trajectprijs) gets its fixed omvang when none is given.</summary>
    public NewToewijzing WithFixedOmvang() =>
        Product?.VasteOmvang is { } vast && Omvang.Volume is null && Budget is null
            ? this with { Omvang = new Omvang(vast.Volume, Omvang.Eenheid ?? Product.IWmoEenheid, Omvang.Frequentie ?? vast.Frequentie) }
            : this;

    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator();
        var product = Product;
        v.Check(nameof(Productcode), product is not null,
            $"Product '{Productcode}' staat niet in het contract ({Contract.ProfielId}).");
        v.Check(nameof(Ingangsdatum), Contract.IsRunning(Ingangsdatum), "Valt buiten de looptijd van het contract.");
        v.Check("BeschikkingId", Beschikking is not null, "Kies de beschikking die deze toewijzing uitvoert, of leg die eerst vast.");
        if (Beschikking is { } beschikking)
        {
            v.Check("BeschikkingId", beschikking.ClientId == ClientId, "Kies een beschikking van deze cliënt.");
            foreach (var fout in beschikking.ValidateToewijzing(Ingangsdatum, Einddatum))
                v.Add(fout.Field, fout.Message);
        }
        var (volume, eenheid, frequentie) = (Omvang.Volume, Omvang.Eenheid, Omvang.Frequentie);
        if (Budget is not null)
        {
            v.Check(nameof(Budget), volume is null, "Geef een budget óf een omvang (volume, eenheid, frequentie), niet beide (iWmo CD077).");
            v.Check(nameof(Einddatum), Einddatum is not null, "Bij een budget is de einddatum verplicht (iWmo CD075).");
            v.Check(nameof(Budget), Budget is > 0 and <= ToewijzingCodes.MaxBudget && decimal.Round(Budget.Value, 2) == Budget,
                "Het budget moet een bedrag in euro's groter dan 0 en ten hoogste 999.999,99 zijn (iWmo LDT_Budget).");
            return v.Errors;
        }
        if (product?.VasteOmvang is { } vast)
            v.Check("Volume", volume == vast.Volume && frequentie == vast.Frequentie,
                $"{product.Naam} wordt als één geheel toegewezen: volume {vast.Volume}, frequentie {vast.Frequentie} " +
                $"({ToewijzingCodes.Frequenties.GetValueOrDefault(vast.Frequentie, vast.Frequentie).ToLowerInvariant()}){(vast.Bron is null ? "" : $" ({vast.Bron})")}.");
        v.Check("Volume", IWmoProductcode is null || volume is not null,
            $"Verplicht bij productcode {IWmoProductcode}: volume, eenheid en frequentie (CD041).");
        if (product?.IWmoEenheid is { } contractEenheid && eenheid is not null)
            v.Check("Eenheid", eenheid == contractEenheid,
                $"Het contract schrijft voor: {ToewijzingCodes.Eenheden.GetValueOrDefault(contractEenheid, contractEenheid).ToLowerInvariant()} ({contractEenheid}).");
        v.Check("Eenheid", eenheid is null || ToewijzingCodes.Eenheden.ContainsKey(eenheid), "Kies een eenheid uit codelijst WJ756.");
        v.Check("Frequentie", frequentie is null || ToewijzingCodes.Frequenties.ContainsKey(frequentie), "Kies een frequentie uit codelijst WMO757.");
        v.Check("Volume", volume is null or > 0 and <= 99_999_999, "Het volume moet een positief geheel getal zijn.");
        v.Check("Volume", volume is null || (eenheid is not null && frequentie is not null),
            "Vul bij een volume ook eenheid en frequentie in.");
        return v.Errors;
    }
}
