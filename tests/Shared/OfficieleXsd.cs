using System.Xml;
using System.Xml.Schema;

namespace Maatwerk.Tests.Shared;

/// <summary>The official iWmo 3.2 XSDs, read from ../shared (never copied into the project), to prove that the
/// messages the platform sends are valid.</summary>
public static class OfficieleXsd
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Laad);

    public static string Map()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Maatwerk.sln")))
            dir = dir.Parent;
        var xsd = Path.GetFullPath(Path.Combine(dir!.FullName, "..", "shared", "iwmo", "3.2", "xsd"));
        if (!Directory.Exists(xsd))
            throw new DirectoryNotFoundException("De officiële XSD's ontbreken: " + xsd);
        return xsd;
    }

    private static XmlSchemaSet Laad()
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var file in Directory.GetFiles(Map(), "wmo*.xsd"))
            set.Add(null, file);
        set.Compile();
        return set;
    }

    public static List<string> Fouten(string xml)
    {
        var fouten = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) => fouten.Add(e.Message);
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return fouten;
    }
}
