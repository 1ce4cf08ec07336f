using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Toewijzingen;

/// <summary>An allocation (iWmo 301) of a product to a client, under one contract with one aanbieder.</summary>
public sealed class Toewijzing : Entity
{
    /// <summary>ToewijzingNummer as in the 301 (unique per gemeente).</summary>
    public string ToewijzingNummer { get; set; } = "";
    public Guid ClientId { get; set; }
    public Guid ContractId { get; set; }

    /// <summary>iWmo productcategorie (WMO020), two digits.</summary>
    public string Productcategorie { get; set; } = "";
    /// <summary>Product code as the contract profile names it (e.g. PO-B); null for a toewijzing per category.</summary>
    public string? Productcode { get; set; }
    /// <summary>The iWmo ProductCode (1–5 characters) the 301 carried, from the contract's product code mapping; null for a
    /// toewijzing per category (then no Omvang, CD080).</summary>
    public string? IWmoProductcode { get; set; }

    public DateOnly Toewijzingsdatum { get; set; }
    public DateOnly Ingangsdatum { get; set; }
    public DateOnly? Einddatum { get; set; }
    public int? Volume { get; set; }

    /// <summary>iWmo eenheid (WJ756), e.g. "04" minuut, "14" etmaal, "83" euro's.</summary>
    public string? Eenheid { get; set; }

    /// <summary>iWmo frequentie (WMO757), e.g. "2" per week.</summary>
    public string? Frequentie { get; set; }

    public bool Spoed { get; set; }
    public ToewijzingStatus Status { get; set; } = ToewijzingStatus.Verzonden;
    public DateOnly? StartdatumZorg { get; set; }
    public DateOnly? EinddatumZorg { get; set; }

    /// <summary>The day care resumed after the latest temporary stop (reden 20, IB-32); the current delivery period
    /// starts here, and the next 307 carries it as Begindatum.</summary>
    public DateOnly? HervatOp { get; set; }

    /// <summary>While temporarily stopped: the admission (see <see cref="TijdelijkeStop"/>) and the expected day of return.</summary>
    public string? Opname { get; set; }
    public DateOnly? VerwachteHervatting { get; set; }

    /// <summary>Begindatum of the current delivery period, as the 305 of that period gave it.</summary>
    public DateOnly? BegindatumLevering => HervatOp ?? StartdatumZorg;

    /// <summary>The ProductCode to send in iWmo messages: the mapped code, else a contract code that fits iWmo's 5 characters.</summary>
    public string? BerichtProductcode => Contracten.ProductcodeKoppeling.Effectief(IWmoProductcode, Productcode);

    /// <summary>The aanbieder's reference when the toewijzing answers its verzoek om toewijzing (WMO315).</summary>
    public string? ReferentieAanbieder { get; set; }

    /// <summary>The beschikking (decision) the toewijzing carries out, when recorded on the platform.</summary>
    public Guid? BeschikkingId { get; set; }

    /// <summary>Number of the beschikking (decision) the toewijzing carries out.</summary>
    public string? BeschikkingNummer { get; set; }

    /// <summary>The provider's motivation for refusing; the gemeente decides on it.</summary>
    public string? RedenWeigering { get; set; }

    /// <summary>Reden beëindiging (WMO588) of the stop.</summary>
    public string? RedenBeeindiging { get; set; }

    /// <summary>Reden wijziging (WMO002) of the last change the gemeente made (gewijzigde 301).</summary>
    public string? RedenWijziging { get; set; }

    /// <summary>Waiting time: calendar days from the dagtekening of the toewijzing to the start of care (or to
    /// <paramref name="vandaag"/> while care has not started).</summary>
    public int? Wachttijd(DateOnly vandaag) => Status is ToewijzingStatus.Afgewezen
        ? null
        : (StartdatumZorg ?? vandaag).DayNumber - Toewijzingsdatum.DayNumber;

    public IReadOnlyList<ValidationError> Validate()
    {
        var v = new Validator()
            .Required(nameof(ToewijzingNummer), "Toewijzingnummer", ToewijzingNummer, 20)
            .Check(nameof(Productcategorie), Productcategorie.Length == 2 && Productcategorie.All(char.IsAsciiDigit),
                "De productcategorie moet een code van 2 cijfers uit codelijst WMO020 zijn.")
            .Check(nameof(Ingangsdatum), Ingangsdatum != default, "Ingangsdatum is verplicht.");
        if (Einddatum is { } eind)
            v.Check(nameof(Einddatum), eind >= Ingangsdatum, "De einddatum mag niet vóór de ingangsdatum liggen.");
        if (StartdatumZorg is { } start)
            v.Check(nameof(StartdatumZorg), start >= Ingangsdatum && (Einddatum is null || start <= Einddatum),
                "De startdatum van de zorg moet binnen de toewijzingsperiode liggen.");
        return v.Errors;
    }
}
