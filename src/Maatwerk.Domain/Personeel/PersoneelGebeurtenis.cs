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
}
