namespace Maatwerk.Domain.Ervaringsonderzoek;

/// <summary>The events of the client-experience survey (contract profiles). A response is about its client (IB-47a); a
/// survey round is organisation-wide (OCO-2.21, BSD-63f).</summary>
public static class ErvaringGebeurtenis
{
    public const string Onderwerp = "client";
    /// <summary>The client received care in calendar year t; moment = 1 January of t (IB-47a, reading IB-A16).</summary>
    public const string ZorgInJaar = "zorg-in-jaar";
    /// <summary>A response of one client (IB-47a).</summary>
    public const string Clientervaring = "clientervaringsonderzoek";
    /// <summary>A satisfaction survey whose results were shared with the gemeente (OCO-2.21); moment = the day shared.</summary>
    public const string Tevredenheidsonderzoek = "tevredenheidsonderzoek";
    /// <summary>A client-experience survey held (BSD-63f); moment = the last day of the survey.</summary>
    public const string Clientenonderzoek = "ervaringsonderzoek";
    /// <summary>An employee-experience survey held (BSD-63f); moment = the last day of the survey.</summary>
    public const string Medewerkersonderzoek = "medewerkerservaringsonderzoek";
}
