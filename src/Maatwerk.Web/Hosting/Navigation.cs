using Maatwerk.Domain.Gebruikers;

namespace Maatwerk.Web.Hosting;

/// <summary>The menu: the items of all feature modules in their order. Each item is also the policy, with its roles,
/// that the feature's pages and endpoints require (<see cref="NavigationPolicies"/>).</summary>
public static class Navigation
{
    /// <param name="Volgorde">Place in the menu, ascending.</param>
    public sealed record Item(string Titel, string Pad, string Policy, IReadOnlyList<Rol> Rollen, int Volgorde);

    public static IReadOnlyList<Item> Items { get; } = Collect(FeatureModules.All);

    public static IEnumerable<Item> ForRol(Rol? rol) => rol is { } r ? Items.Where(i => i.Rollen.Contains(r)) : [];

    private static List<Item> Collect(IEnumerable<IFeatureModule> modules)
    {
        var items = modules.SelectMany(m => m.Navigation).OrderBy(i => i.Volgorde).ToList();
        foreach (var dubbel in items.GroupBy(i => i.Policy).Where(g => g.Count() > 1))
            throw new InvalidOperationException($"Policy '{dubbel.Key}' wordt door meer dan één menu-item gedefinieerd.");
        foreach (var dubbel in items.GroupBy(i => i.Volgorde).Where(g => g.Count() > 1))
            throw new InvalidOperationException($"Menu-items {string.Join(", ", dubbel.Select(i => i.Titel))} hebben dezelfde volgorde {dubbel.Key}.");
        return items;
    }
}
