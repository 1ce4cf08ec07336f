namespace Maatwerk.Domain.Afwezigheid;

/// <summary>The events the absence registration records under the contract, each about one afmelding (subject
/// <c>afmelding</c>), so a report or a letter meets the obligation of that no-show only. The base profile iwmo-3.2 defines
/// them; the contract's rules (MR-17, IB-22b, IB-23) turn them into obligations.</summary>
public static class AfwezigheidGebeurtenis
{
    public const string Onderwerp = "afmelding";

    /// <summary>A no-show; moment = the start of the missed contact (DEV-Eis28-a counts from there).</summary>
    public const string NoShow = "no-show";

    /// <summary>The no-show was reported to the gemeente (Toegang): meets DEV-Eis28-a and IB-23.</summary>
    public const string NoShowGemeld = "no-show-gemeld";

    /// <summary>With this no-show a rolling window reached the threshold for a written warning (IB-22b).</summary>
    public const string DrempelWaarschuwing = "no-show-drempel-waarschuwing";

    /// <summary>With this no-show a rolling window reached the threshold for informing the gemeente (IB-23).</summary>
    public const string DrempelGemeente = "no-show-drempel-gemeente";

    /// <summary>The written warning was sent to the client (IB-22b).</summary>
    public const string WaarschuwingVerzonden = "no-show-waarschuwing-verzonden";

    public static readonly IReadOnlyList<string> Alle = [NoShow, NoShowGemeld, DrempelWaarschuwing, DrempelGemeente, WaarschuwingVerzonden];

    /// <summary>What a user may register as done about a no-show.</summary>
    public static readonly IReadOnlyList<string> Afhandeling = [NoShowGemeld, WaarschuwingVerzonden];
}
