namespace Maatwerk.IWmo.Generator;

/// <summary>The XSD base types the iWmo schemas restrict.</summary>
public enum XsdBase { String, Integer, Date, Time }

/// <summary>A named simple type of basisschema.xsd with its facets, enumeration values in schema order.</summary>
public sealed record SimpleTypeDef(
    string Name,
    XsdBase Base,
    int? MinLength,
    int? MaxLength,
    decimal? MinInclusive,
    decimal? MaxInclusive,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<EnumerationValue> Enumeration);

public sealed record EnumerationValue(string Code, string? Documentation);

/// <summary>An anonymous restriction inside a message schema (e.g. Header/BerichtCode = "414"), named
/// {ComplexType}_{Element}.</summary>
public sealed record RestrictionDef(string Name, string BaseType, string Pattern);

public enum TypeKind { BaseSimple, BaseComplex, LocalSimple, LocalComplex }

public sealed record TypeRef(TypeKind Kind, string Name);

public sealed record ElementDef(string Name, int Min, int Max, TypeRef Type)
{
    public const int Unbounded = int.MaxValue;
    public bool Repeats => Max > 1;
}

public sealed record ComplexTypeDef(string Name, IReadOnlyList<ElementDef> Children);

/// <summary>basisschema.xsd: simple and complex types in schema order.</summary>
public sealed record BaseSchema(string Namespace, IReadOnlyList<SimpleTypeDef> SimpleTypes, IReadOnlyList<ComplexTypeDef> ComplexTypes)
{
    public SimpleTypeDef Simple(string name) => SimpleTypes.Single(t => t.Name == name);
}

/// <summary>One message schema. Complex types are in dependency order (depth first from Root, each type after the
/// types it uses); restrictions in the order their elements are met.</summary>
public sealed record MessageSchema(
    string Number,
    string Namespace,
    bool IsRetour,
    IReadOnlyList<RestrictionDef> Restrictions,
    IReadOnlyList<ComplexTypeDef> ComplexTypes);
