namespace Maatwerk.Domain.Klachten;

/// <summary>The events a complaint produces (contract profiles, base iwmo-3.2); their subject is the complaint.</summary>
public static class KlachtGebeurtenis
{
    public const string Onderwerp = "klacht";
    public const string Ontvangen = "klacht";
    public const string Bevestigd = "klacht-ontvangstbevestiging";
    public const string TermijnGecommuniceerd = "klacht-termijn-gecommuniceerd";
    public const string Voortgangsbericht = "klacht-voortgangsbericht";
    public const string Verlengd = "klacht-verlengd";
    public const string Geescaleerd = "klacht-geescaleerd";
    public const string TerugkoppelingGemeente = "klacht-terugkoppeling-gemeente";
    public const string Afgehandeld = "klacht-afgehandeld";
}
