using System.Reflection;

namespace Maatwerk.Architecture.Tests;

/// <summary>Which stored entity types a bound request type exposes to the client: the type itself, its element and
/// generic argument types, and — for the project's own request records — the types of its settable properties.</summary>
public static class Binding
{
    public static IReadOnlyList<Type> EntitiesIn(Type type, IReadOnlySet<Type> entities)
    {
        var found = new List<Type>();
        Walk(type, entities, [], found);
        return found;
    }

    private static void Walk(Type type, IReadOnlySet<Type> entities, HashSet<Type> seen, List<Type> found)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!seen.Add(type))
            return;
        if (entities.Contains(type) || entities.Any(e => e.IsAssignableFrom(type) && e != typeof(object)))
        {
            found.Add(type);
            return;
        }
        if (type.IsArray)
            Walk(type.GetElementType()!, entities, seen, found);
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments())
                Walk(argument, entities, seen, found);
        if (type.Assembly.GetName().Name?.StartsWith("Maatwerk.", StringComparison.Ordinal) != true || type.IsEnum)
            return;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
            Walk(property.PropertyType, entities, seen, found);
    }
}
