namespace Maatwerk.IWmo.Schema;

public enum XsdBase { String, Integer, Date, Time }

public static class Occurs
{
    public const int Unbounded = int.MaxValue;
}

/// <summary>One element particle of a sequence: name, namespace, cardinality and either a simple or a complex type.</summary>
public sealed class ElementDecl
{
    public ElementDecl(string name, string ns, int min, int max, SimpleType type) : this(name, ns, min, max) => Simple = type;
    public ElementDecl(string name, string ns, int min, int max, ComplexType type) : this(name, ns, min, max) => Complex = type;

    private ElementDecl(string name, string ns, int min, int max)
    {
        Name = name;
        NameUtf8 = System.Text.Encoding.UTF8.GetBytes(name);
        Namespace = ns;
        Min = min;
        Max = max;
        Id = Interlocked.Increment(ref _count) - 1;
    }

    private static int _count;
    /// <summary>Dense number of this declaration in the process, so per-validation state can live in an array
    /// indexed by it instead of a dictionary keyed by the declaration.</summary>
    public int Id { get; }
    internal static int Count => Volatile.Read(ref _count);

    public string Name { get; }
    /// <summary>The name as UTF-8, compared with the scanner's bytes without making a string per element.</summary>
    public byte[] NameUtf8 { get; }
    public string Namespace { get; }
    public int Min { get; }
    public int Max { get; }
    public SimpleType? Simple { get; }
    public ComplexType? Complex { get; }
    public bool Repeats => Max > 1;

    public override string ToString() => Name;
}

/// <summary>A complex type with element-only content: the iWmo schemas use nothing but xs:sequence.</summary>
public sealed class ComplexType(string name, ElementDecl[] children)
{
    public string Name { get; } = name;
    public IReadOnlyList<ElementDecl> Children { get; } = children;
    /// <summary>The same children as an array: the validator's hot loop indexes it without interface calls.</summary>
    internal ElementDecl[] Sequence { get; } = children;

    public ElementDecl? Child(string name) => Children.FirstOrDefault(c => c.Name == name);
}
