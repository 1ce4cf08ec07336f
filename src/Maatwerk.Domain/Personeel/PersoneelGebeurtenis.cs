namespace Maatwerk.Domain.Personeel;

/// <summary>The events the staff register produces, as the profiles name them (subject <c>medewerker</c>): the employment
/// start (OCO-1.2b, IB-9b, BSD-39, DEV-Eis18-a count back from it), each VOG issued (IB-9c, BSD-40a, DEV-Eis18-d count
/// forward from it) and the gemeente's assessment (IB-8b).</summary>
public static class PersoneelGebeurtenis
{
    public const string Onderwerp = "medewerker";
    public const string Indiensttreding = "indiensttreding";
    public const string VogAfgegeven = "vog-afgegeven";
    public const string VogBeoordeeld = "vog-beoordeeld";

    /// <summary>Continuity (about the toewijzing whose fixed worker changed): the worker's absence became known (BSD-44b–d,
    /// Gooi en Vechtstreek) or was marked long-term (IB-15c, Voorne aan Zee); a profile stores the one it knows.</summary>
    public const string UitvalMedewerker = "uitval-medewerker";
    public const string LangdurigeAfwezigheid = "langdurige-afwezigheid";
    /// <summary>The replacement is arranged (BSD-44b, IB-15c): a new fixed worker is it.</summary>
    public const string VervangingGeregeld = "vervanging-geregeld";
}
