namespace Maatwerk.Domain.Toewijzingen;

/// <summary>Where a toewijzing stands in the chain 301 → acceptance → 305 → 307.</summary>
public enum ToewijzingStatus
{
    Verzonden = 1,
    Geaccepteerd = 2,
    Afgewezen = 3,
    Gestart = 4,
    Gestopt = 5,
    WeigeringAangevraagd = 6,
    /// <summary>Care interrupted by a temporary stop (307 with reden 20); a new 305 resumes it.</summary>
    TijdelijkGestopt = 7,
}

public static class ToewijzingStatusInfo
{
    public static string DisplayName(this ToewijzingStatus status) => status switch
    {
        ToewijzingStatus.Verzonden => "Verzonden",
        ToewijzingStatus.Geaccepteerd => "Geaccepteerd",
        ToewijzingStatus.Afgewezen => "Afgewezen",
        ToewijzingStatus.Gestart => "Zorg gestart",
        ToewijzingStatus.Gestopt => "Zorg gestopt",
        ToewijzingStatus.WeigeringAangevraagd => "Weigering aangevraagd",
        ToewijzingStatus.TijdelijkGestopt => "Tijdelijk gestopt",
        _ => status.ToString(),
    };
}
