using System.Reflection;

namespace Maatwerk.Web.Hosting;

/// <summary>Finds the <see cref="IFeatureModule"/> classes of this assembly and lets each register its services and map
/// its endpoints.</summary>
public static class FeatureModules
{
    /// <summary>Every feature module of the web application, in a stable order (by type name).</summary>
    public static IReadOnlyList<IFeatureModule> All { get; } = Discover(typeof(FeatureModules).Assembly);

    public static IReadOnlyList<IFeatureModule> Discover(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFeatureModule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IFeatureModule)Activator.CreateInstance(t)!)
            .ToList();

    public static IHostApplicationBuilder AddFeatureModules(this IHostApplicationBuilder builder)
    {
        foreach (var module in All)
            module.AddServices(builder);
        return builder;
    }

    /// <summary>Maps every module's endpoints under /api.</summary>
    public static RouteGroupBuilder MapFeatureModules(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        foreach (var module in All)
            module.MapEndpoints(api);
        return api;
    }
}
