using Maatwerk.Domain.Calendar;

namespace Maatwerk.Domain.Contracten;

public sealed record Product
{
    public required string Code { get; init; }
    public required string Naam { get; init; }
    /// <summary>iWmo productcategorie (WMO020), e.g. "02" Begeleiding.</summary>
    public string? Productcategorie { get; init; }
    /// <summary>Unit as the contract states it (klokuur, minuut, etmaal, traject, …).</summary>
    public required string Eenheid { get; init; }
    /// <summary>iWmo eenheid code (WJ756), e.g. "01" minuut, "04" uur, "82" stuks (output).</summary>
    public string? IWmoEenheid { get; init; }
    public IReadOnlyList<Tarief> Tarieven { get; init; } = [];
    public Indexatie? Indexatie { get; init; }
    /// <summary>Required staff qualification level, e.g. "MBO 4", "HBO".</summary>
    public string? Kwalificatie { get; init; }
    public NoShowBeleid? NoShow { get; init; }
    /// <summary>A product allocated with a fixed size, e.g. a traject as one unit for the whole period (DEV-B2-Trajectprijs).</summary>
    public VasteOmvang? VasteOmvang { get; init; }
    public string? Bron { get; init; }
    public SourcePosition? Positie { get; init; }

    /// <summary>The tariff valid on a date (latest tariff whose start is on or before it).</summary>
    public Tarief? TariefOn(DateOnly datum) =>
        Tarieven.Where(t => t.Vanaf <= datum).OrderByDescending(t => t.Vanaf).FirstOrDefault();
}

/// <param name="Schaduwbedrag">For a frozen tariff: the shadow tariff that is indexed every year; the frozen amount stays
/// until the indexed shadow is higher (Deventer B7, DEV-Art7.3, AMB-02/03).</param>
/// <param name="Bevroren">The amount is frozen (a 2022 tariff marked * in Deventer B7).</param>
public sealed record Tarief(DateOnly Vanaf, decimal Bedrag, string? Bron = null, decimal? Schaduwbedrag = null, bool Bevroren = false);

public sealed record Indexatie(string Methode, DagInJaar Moment, int? EersteJaar, string? Bron, string? Lezing);

/// <param name="Frequentie">iWmo frequentie (WMO757), e.g. "6" totaal binnen de geldigheidsduur van de toewijzing.</param>
public sealed record VasteOmvang(int Volume, string Frequentie, string? Bron);

public sealed record NoShowBeleid(bool Toegestaan, int? MaxEenheden, string? Venster, string? Bron);
