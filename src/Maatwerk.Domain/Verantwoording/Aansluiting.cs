namespace Maatwerk.Domain.Verantwoording;

/// <summary>The reconciliation of a production statement with the gemeente's own lines (issue 12, "platform figures
/// against the statement, differences listed"): per product the statement's figures next to what the gemeente approved
/// and what it paid; a difference is statement − paid. Lines approved but not yet paid are shown apart, so a difference
/// they explain is visible as such.</summary>
public static class Aansluiting
{
    public sealed record Rij(string ProductCategorie, string ProductCode, string Eenheid,
        Productieopstelling.Rij? Verantwoord, Productieopstelling.Rij? Goedgekeurd, Productieopstelling.Rij? Betaald)
    {
        public long VerschilBedrag => (Verantwoord?.Bedrag ?? 0) - (Betaald?.Bedrag ?? 0);
        public long VerschilVolume => (Verantwoord?.Volume ?? 0) - (Betaald?.Volume ?? 0);
        public int VerschilClienten => (Verantwoord?.Clienten ?? 0) - (Betaald?.Clienten ?? 0);
        /// <summary>Approved by the gemeente but not yet paid (eurocents).</summary>
        public long NogTeBetalen => (Goedgekeurd?.Bedrag ?? 0) - (Betaald?.Bedrag ?? 0);
        public bool HeeftVerschil => VerschilBedrag != 0 || VerschilVolume != 0 || VerschilClienten != 0;
    }

    public static IReadOnlyList<Rij> Compare(IEnumerable<Productieopstelling.Rij> verantwoord, IEnumerable<Productieopstelling.Rij> goedgekeurd,
        IEnumerable<Productieopstelling.Rij> betaald)
    {
        var v = verantwoord.ToDictionary(r => r.Sleutel);
        var g = goedgekeurd.ToDictionary(r => r.Sleutel);
        var b = betaald.ToDictionary(r => r.Sleutel);
        return v.Keys.Union(g.Keys).Union(b.Keys).Order(StringComparer.Ordinal)
            .Select(k =>
            {
                var delen = k.Split('|');
                return new Rij(delen[0], delen[1], delen[2], v.GetValueOrDefault(k), g.GetValueOrDefault(k), b.GetValueOrDefault(k));
            }).ToList();
    }

    /// <summary>Is the reconciliation's difference material: the total of the absolute amount differences (statement − paid,
    /// eurocents) at or above the profile's materiality (<see cref="Verantwoordingsregels.Materialiteit"/>, euros)? Null
    /// when the profile sets none.</summary>
    public static bool? IsMaterieel(IEnumerable<Rij> rijen, decimal? materialiteit) =>
        materialiteit is { } grens ? SomVerschillen(rijen) >= grens * 100m : null;

    /// <summary>The total of the absolute amount differences (statement − paid, eurocents) that materiality compares.</summary>
    public static long SomVerschillen(IEnumerable<Rij> rijen) => rijen.Sum(r => Math.Abs(r.VerschilBedrag));

    /// <summary>How the reconciliation page names the outcome.</summary>
    public static string MaterieelTekst(bool? materieel) => materieel switch
    {
        true => "materieel",
        false => "niet materieel",
        null => "onbekend (geen materialiteit in het profiel)",
    };

    /// <summary>"akkoord" needs no note; "afwijking" needs one (what differs and what follows).</summary>
    public static IReadOnlyList<Common.ValidationError> ValidateOordeel(AansluitingOordeel? oordeel, string? toelichting)
    {
        var fouten = new List<Common.ValidationError>();
        if (oordeel is null)
            fouten.Add(new("Oordeel", "Kies 'akkoord' of 'afwijking'."));
        if (oordeel == AansluitingOordeel.Afwijking && string.IsNullOrWhiteSpace(toelichting))
            fouten.Add(new("Toelichting", "Geef bij een afwijking een toelichting: welk verschil en wat de gemeente ermee doet."));
        if (toelichting is { Length: > 1000 })
            fouten.Add(new("Toelichting", "De toelichting is hoogstens 1000 tekens."));
        return fouten;
    }
}
