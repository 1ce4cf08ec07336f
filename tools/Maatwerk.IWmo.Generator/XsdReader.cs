using System.Globalization;
using System.Xml.Linq;

namespace Maatwerk.IWmo.Generator;

/// <summary>Reads the official XSDs (xsd/basisschema.xsd and xsd/wmoNNN.xsd). They use nothing but named simple types
/// with facets, xs:sequence of elements, and anonymous restrictions with one pattern; anything else is refused.</summary>
public static class XsdReader
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";
    public const string BaseNamespace = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";

    public static BaseSchema ReadBase(string path)
    {
        var schema = XDocument.Load(path).Root!;
        var simple = schema.Elements(Xs + "simpleType").Select(ReadSimpleType).ToList();
        var complex = schema.Elements(Xs + "complexType").Select(t => new ComplexTypeDef(t.Attribute("name")!.Value, Sequence(t, null))).ToList();
        return new BaseSchema(schema.Attribute("targetNamespace")!.Value, simple, complex);
    }

    public static MessageSchema ReadMessage(string path, string number)
    {
        var schema = XDocument.Load(path).Root!;
        var types = schema.Elements(Xs + "complexType").ToDictionary(t => t.Attribute("name")!.Value);
        var root = Local(schema.Elements(Xs + "element").Single(e => e.Attribute("name")!.Value == "Bericht").Attribute("type")!.Value);
        var restrictions = new List<RestrictionDef>();
        var ordered = DependencyOrder.From(root, name => new ComplexTypeDef(name, Sequence(types[name], restrictions)));
        return new MessageSchema(number, schema.Attribute("targetNamespace")!.Value, false, restrictions, ordered);
    }

    private static SimpleTypeDef ReadSimpleType(XElement t)
    {
        var r = t.Element(Xs + "restriction") ?? throw new NotSupportedException($"{t.Attribute("name")?.Value}: alleen xs:restriction wordt ondersteund");
        string? Facet(string naam) => r.Element(Xs + naam)?.Attribute("value")?.Value;
        int? Int(string naam) => Facet(naam) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        decimal? Dec(string naam) => Facet(naam) is { } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null;
        var bekend = new HashSet<string> { "minLength", "maxLength", "minInclusive", "maxInclusive", "pattern", "enumeration", "annotation" };
        if (r.Elements().FirstOrDefault(f => !bekend.Contains(f.Name.LocalName)) is { } onbekend)
            throw new NotSupportedException($"{t.Attribute("name")!.Value}: facet {onbekend.Name.LocalName} wordt niet ondersteund");
        return new SimpleTypeDef(
            t.Attribute("name")!.Value,
            BaseOf(r.Attribute("base")!.Value),
            Int("minLength"), Int("maxLength"), Dec("minInclusive"), Dec("maxInclusive"),
            r.Elements(Xs + "pattern").Select(p => p.Attribute("value")!.Value).ToList(),
            r.Elements(Xs + "enumeration").Select(e => new EnumerationValue(e.Attribute("value")!.Value, e.Descendants(Xs + "documentation").FirstOrDefault()?.Value)).ToList());
    }

    private static List<ElementDef> Sequence(XElement complexType, List<RestrictionDef>? restrictions)
    {
        var sequence = complexType.Element(Xs + "sequence") ?? throw new NotSupportedException($"{complexType.Attribute("name")!.Value}: alleen xs:sequence");
        var owner = complexType.Attribute("name")!.Value;
        return sequence.Elements(Xs + "element").Select(e =>
        {
            var name = e.Attribute("name")!.Value;
            var min = int.Parse(e.Attribute("minOccurs")?.Value ?? "1", CultureInfo.InvariantCulture);
            var maxText = e.Attribute("maxOccurs")?.Value ?? "1";
            var max = maxText == "unbounded" ? ElementDef.Unbounded : int.Parse(maxText, CultureInfo.InvariantCulture);
            return new ElementDef(name, min, max, TypeOf(e, owner, restrictions));
        }).ToList();
    }

    private static TypeRef TypeOf(XElement element, string owner, List<RestrictionDef>? restrictions)
    {
        if (element.Attribute("type")?.Value is { } type)
        {
            var local = Local(type);
            var prefix = type.Contains(':') ? type[..type.IndexOf(':')] : "";
            if (element.GetNamespaceOfPrefix(prefix)?.NamespaceName == BaseNamespace)
                return new TypeRef(local.StartsWith("CDT_", StringComparison.Ordinal) ? TypeKind.BaseComplex : TypeKind.BaseSimple, local);
            return new TypeRef(TypeKind.LocalComplex, local);
        }
        var r = element.Element(Xs + "simpleType")?.Element(Xs + "restriction")
            ?? throw new NotSupportedException($"{owner}/{element.Attribute("name")!.Value}: geen type");
        if (restrictions is null) throw new NotSupportedException("anonieme typen in basisschema.xsd worden niet ondersteund");
        var name = $"{owner}_{element.Attribute("name")!.Value}";
        restrictions.Add(new RestrictionDef(name, Local(r.Attribute("base")!.Value), r.Elements(Xs + "pattern").Single().Attribute("value")!.Value));
        return new TypeRef(TypeKind.LocalSimple, name);
    }

    private static XsdBase BaseOf(string qname) => Local(qname) switch
    {
        "string" => XsdBase.String,
        "integer" => XsdBase.Integer,
        "date" => XsdBase.Date,
        "time" => XsdBase.Time,
        var other => throw new NotSupportedException($"basistype {other}"),
    };

    private static string Local(string qname) => qname[(qname.IndexOf(':') + 1)..];
}
