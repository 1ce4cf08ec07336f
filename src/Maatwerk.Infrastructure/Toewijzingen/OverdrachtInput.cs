using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>The warm hand-over checklist as the aanbieder fills it in (form or JSON). The toewijzing comes from the
/// URL; id and version of the stored checklist are never taken from the request.</summary>
public sealed record OverdrachtInput
{
    public Guid? NieuweAanbiederId { get; init; }
    public bool ToestemmingClient { get; init; }
    public bool DossierGedeeld { get; init; }
    public bool OverdrachtsgesprekGevoerd { get; init; }
    public bool LaatsteZorgdagAfgestemd { get; init; }
    public string? Toelichting { get; init; }

    public void ApplyTo(WarmeOverdracht o)
    {
        o.NieuweAanbiederId = NieuweAanbiederId;
        o.ToestemmingClient = ToestemmingClient;
        o.DossierGedeeld = DossierGedeeld;
        o.OverdrachtsgesprekGevoerd = OverdrachtsgesprekGevoerd;
        o.LaatsteZorgdagAfgestemd = LaatsteZorgdagAfgestemd;
        o.Toelichting = string.IsNullOrWhiteSpace(Toelichting) ? null : Toelichting.Trim();
    }
}
