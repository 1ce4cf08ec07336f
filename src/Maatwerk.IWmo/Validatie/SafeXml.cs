namespace Maatwerk.IWmo.Validatie;

/// <summary>Layer 1 findings: not well-formed (X001), a DTD (X002), over the size limit (X003), empty (X004).
/// The checks themselves are in <see cref="Utf8XmlScanner"/>.</summary>
public static class SafeXml
{
    public static Finding Dtd() =>
        new("X002", "/", "Het bestand bevat een DTD (DOCTYPE). Om veiligheidsredenen (XXE, entity-expansie) zijn DTD's en entiteiten niet toegestaan.", ValidationLayer.VeiligeXml);

    public static Finding NotWellFormed(int regel, int positie, string reden) =>
        new("X001", "/", $"Het bestand is geen geldige XML (regel {regel}, positie {positie}): {reden}", ValidationLayer.VeiligeXml);

    public static Finding TooLarge(long maxBytes) => new("X003", "/",
        maxBytes > 0 ? $"Het bestand is groter dan de toegestane {maxBytes / (1024 * 1024)} MB." : "Het bestand is groter dan toegestaan.",
        ValidationLayer.VeiligeXml);

    public static Finding Empty() => new("X004", "/", "Het bestand is leeg.", ValidationLayer.VeiligeXml);
}
