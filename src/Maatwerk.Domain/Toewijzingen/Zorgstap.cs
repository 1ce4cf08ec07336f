namespace Maatwerk.Domain.Toewijzingen;

/// <summary>The steps of the care chain on one toewijzing; <see cref="StappenTable"/> says who takes each, from which
/// status, what it registers and which iWmo message it sends.</summary>
public enum Zorgstap
{
    Accepteren,
    WeigeringAanvragen,
    WeigeringBeoordelen,
    Contact,
    IntakeGepland,
    Start,
    Stop,
    Wijzigen,
    TijdelijkStoppen,
    Hervatten,
    StartIntrekken,
    StopIntrekken,
    /// <summary>The platform's own step: the term to refuse lapsed unused, the toewijzing is deemed accepted (DEV-Art4.3).</summary>
    AanvaardenVanRechtswege,
}

/// <summary>Who takes a step: the aanbieder, the gemeente, or the platform itself (a consequence of the contract).</summary>
public enum Party
{
    Aanbieder,
    Gemeente,
    Platform,
}
