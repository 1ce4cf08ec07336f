using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Toewijzingen;

/// <summary>The checklist of a warm hand-over when a client moves to another aanbieder (overstap, WMO588 reden 38):
/// consent, the file shared, a joint conversation and an agreed last day. A stop for overstap needs it complete.</summary>
public sealed class WarmeOverdracht : Entity
{
    public Guid ToewijzingId { get; set; }
    public Guid? NieuweAanbiederId { get; set; }
    public bool ToestemmingClient { get; set; }
    public bool DossierGedeeld { get; set; }
    public bool OverdrachtsgesprekGevoerd { get; set; }
    public bool LaatsteZorgdagAfgestemd { get; set; }
    public string? Toelichting { get; set; }

    public static readonly IReadOnlyList<(string Veld, string Tekst, Func<WarmeOverdracht, bool> Gedaan)> Punten =
    [
        (nameof(ToestemmingClient), "De cliënt heeft toestemming gegeven om gegevens over te dragen", o => o.ToestemmingClient),
        (nameof(DossierGedeeld), "Plan, doelen en voortgang zijn gedeeld met de nieuwe aanbieder", o => o.DossierGedeeld),
        (nameof(OverdrachtsgesprekGevoerd), "Er is een overdrachtsgesprek gevoerd met cliënt en nieuwe aanbieder", o => o.OverdrachtsgesprekGevoerd),
        (nameof(LaatsteZorgdagAfgestemd), "De laatste zorgdag is afgestemd met de nieuwe aanbieder", o => o.LaatsteZorgdagAfgestemd),
    ];

    public IEnumerable<string> Outstanding()
    {
        if (NieuweAanbiederId is null)
            yield return "De nieuwe aanbieder is niet vastgelegd";
        foreach (var punt in Punten.Where(p => !p.Gedaan(this)))
            yield return punt.Tekst;
    }

    public bool IsVoltooid => !Outstanding().Any();

    /// <summary>The refusal a stop for overstap gets while the hand-over is not complete.</summary>
    public static IReadOnlyList<ValidationError> ValidateAtStop(string? redenBeeindiging, WarmeOverdracht? overdracht)
    {
        if (redenBeeindiging != "38" || overdracht?.IsVoltooid == true)
            return [];
        var open = overdracht?.Outstanding().ToList() ?? ["De warme overdracht is nog niet begonnen"];
        return [new ValidationError("Reden", "Stoppen wegens overstap naar een andere aanbieder kan pas na een volledige warme overdracht. Nog open: " + string.Join("; ", open) + ".")];
    }
}
