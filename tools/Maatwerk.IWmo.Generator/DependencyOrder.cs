namespace Maatwerk.IWmo.Generator;

/// <summary>Orders a message's complex types depth first from its Root: every type comes after the local types its
/// elements use, so the generated static fields are initialised before they are referenced.</summary>
public static class DependencyOrder
{
    public static List<ComplexTypeDef> From(string root, Func<string, ComplexTypeDef> read)
    {
        var ordered = new List<ComplexTypeDef>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string name)
        {
            if (!seen.Add(name)) return;
            var type = read(name);
            foreach (var child in type.Children.Where(c => c.Type.Kind == TypeKind.LocalComplex))
                Visit(child.Type.Name);
            ordered.Add(type);
        }
        Visit(root);
        return ordered;
    }

    /// <summary>The base schema's complex types in schema order, each moved after the base types it uses.</summary>
    public static List<ComplexTypeDef> OfBase(IReadOnlyList<ComplexTypeDef> types)
    {
        var byName = types.ToDictionary(t => t.Name);
        var ordered = new List<ComplexTypeDef>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(ComplexTypeDef type)
        {
            if (!seen.Add(type.Name)) return;
            foreach (var child in type.Children.Where(c => c.Type.Kind == TypeKind.BaseComplex))
                Visit(byName[child.Type.Name]);
            ordered.Add(type);
        }
        foreach (var t in types) Visit(t);
        return ordered;
    }
}
