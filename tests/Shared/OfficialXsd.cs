using System.Xml;
using System.Xml.Schema;

namespace Maatwerk.Tests.Shared;

/// <summary>The official iWmo 3.2 XSDs, read from ../shared (never copied into the project), to prove that the
/// messages the platform sends are valid.</summary>
public static class OfficialXsd
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    public static string Map()
    {
        var xsd = Path.GetFullPath(Path.Combine(Repository.Map, "..", "shared", "iwmo", "3.2", "xsd"));
        if (!Directory.Exists(xsd))
            throw new DirectoryNotFoundException("De officiële XSD's ontbreken: " + xsd);
        return xsd;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var file in Directory.GetFiles(Map(), "wmo*.xsd"))
            set.Add(null, file);
        set.Compile();
        return set;
    }

    /// <summary>Everything the schema validator reports, warnings included: an element no official schema declares
    /// (a message in an unknown namespace, or a retour message, for which no XSD is published) is only a warning to
    /// System.Xml.Schema, and would otherwise pass unvalidated.</summary>
    public static List<string> Errors(string xml)
    {
        var fouten = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => fouten.Add($"{e.Severity}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return fouten;
    }
}
