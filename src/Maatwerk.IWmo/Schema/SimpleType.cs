using System.Collections.Frozen;

namespace Maatwerk.IWmo.Schema;

/// <summary>An XSD simple type restricted from xs:string, xs:integer, xs:date or xs:time. Patterns are kept per
/// derivation step: alternatives within a step are OR-ed, steps are AND-ed (XSD 1.0 §4.3.4).</summary>
public sealed class SimpleType(string name, XsdBase baseType)
{
    private Func<string, bool>[][]? _compiled;

    public string Name { get; } = name;
    public XsdBase Base { get; } = baseType;
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public decimal? MinInclusive { get; init; }
    public decimal? MaxInclusive { get; init; }
    public string[][] Patterns { get; init; } = [];
    public FrozenSet<string>? EnumerationSet { get; private init; }

    public string[] Enumeration
    {
        init => EnumerationSet = value.ToFrozenSet(StringComparer.Ordinal);
    }

    internal Func<string, bool>[][] CompiledPatterns => _compiled ??= Patterns.Select(step => step.Select(XsdRegex.Compile).ToArray()).ToArray();

    public SimpleType Restrict(string name, string pattern) => new(name, Base)
    {
        MinLength = MinLength,
        MaxLength = MaxLength,
        MinInclusive = MinInclusive,
        MaxInclusive = MaxInclusive,
        Patterns = [.. Patterns, [pattern]],
        EnumerationSet = EnumerationSet,
    };
}
