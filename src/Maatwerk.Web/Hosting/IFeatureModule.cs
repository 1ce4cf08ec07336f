namespace Maatwerk.Web.Hosting;

/// <summary>One feature of the application (Clienten, Toewijzingen, …) in one folder of this project: it registers its
/// services, maps its API endpoints and brings its menu items with the roles that may use them. Modules are found by
/// assembly scan at start-up (<see cref="FeatureModules"/>), so a new feature adds a folder with a module class and
/// edits no central file. Razor Pages of the feature stay under Pages/&lt;Feature&gt;/ and are found by convention.</summary>
public interface IFeatureModule
{
    /// <summary>The menu items of this feature. Each item is also the authorisation policy (its roles) that the
    /// feature's pages and endpoints require.</summary>
    IEnumerable<Navigation.Item> Navigation => [];

    /// <summary>Registers the services the feature's pages and endpoints use (its Infrastructure services).</summary>
    void AddServices(IHostApplicationBuilder builder)
    {
    }

    /// <summary>Maps the feature's endpoints on the /api group (see XxxApi.cs in the feature folder).</summary>
    void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
