using System.Xml;
using System.Xml.Schema;

namespace Maatwerk.IWmo.Tests.Infrastructuur;

/// <summary>The official XSDs through System.Xml.Schema — the reference our own validator is held against.</summary>
public static class XsdOracle
{
    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var n in Package.Heen)
            set.Add(null, Package.Xsd($"wmo{n}.xsd"));
        foreach (var (_, xsd) in RetourXsd.All())
            set.Add(XmlSchema.Read(new StringReader(xsd), null)!);
        set.Compile();
        return set;
    });

    public static IReadOnlyList<string> Errors(byte[] xml)
    {
        var fouten = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Set.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) => fouten.Add($"{e.Severity}: {e.Message}");
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), settings);
            while (reader.Read()) { }
        }
        catch (XmlException ex)
        {
            fouten.Add("XmlException: " + ex.Message);
        }
        return fouten;
    }

    public static bool IsValid(byte[] xml) => Errors(xml).Count == 0;
}
