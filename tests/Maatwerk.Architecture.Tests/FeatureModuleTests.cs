using System.Reflection;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using NetArchTest.Rules;

namespace Maatwerk.Architecture.Tests;

/// <summary>Features as modules: every feature folder of the web project brings its own module (services, endpoints,
/// menu with roles), the host discovers them and knows none of them by name, and together they register every service
/// the pages need, each exactly once.</summary>
public sealed class FeatureModuleTests : IAsyncLifetime
{
    private readonly WebApp _web = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _web.DisposeAsync();

    private static readonly string[] ModuleNamespaces = FeatureModules.All.Select(m => m.GetType().Namespace!).Distinct().ToArray();

    [Fact]
    public void Every_module_class_is_discovered_and_lives_in_its_own_feature_folder()
    {
        var declared = Assemblies.Web.GetTypes().Where(t => typeof(IFeatureModule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false });
        FeatureModules.All.Select(m => m.GetType()).Should().BeEquivalentTo(declared);
        FeatureModules.All.Should().HaveCountGreaterThan(8);
        foreach (var module in FeatureModules.All.Select(m => m.GetType()))
        {
            module.Namespace.Should().StartWith("Maatwerk.Web.").And.NotBe("Maatwerk.Web.Hosting");
            module.Name.Should().Be(module.Namespace!["Maatwerk.Web.".Length..] + "Module", "a module is named after its feature folder");
        }
    }

    [Fact]
    public void The_host_knows_no_feature_module_by_name()
    {
        var result = Types.InAssembly(Assemblies.Web).That().ResideInNamespace("Maatwerk.Web.Hosting").ShouldNot()
            .HaveDependencyOnAny(ModuleNamespaces).GetResult();
        result.IsSuccessful.Should().BeTrue($"Hosting must find modules by scan, not reference them: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Every_menu_item_has_a_page_and_its_own_policy()
    {
        var items = Navigation.Items;
        items.Select(i => i.Policy).Should().OnlyHaveUniqueItems();
        items.Select(i => i.Volgorde).Should().BeInAscendingOrder();
        var pages = Assemblies.Web.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t)).Select(t => t.FullName!).ToList();
        foreach (var item in items)
        {
            var model = item.Pad == "/" ? "Maatwerk.Web.Pages.IndexModel" : $"Maatwerk.Web.Pages{item.Pad.Replace('/', '.')}.IndexModel";
            pages.Should().Contain(model, $"menu item {item.Titel} points to a page");
            item.Rollen.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void Every_page_model_dependency_is_registered()
    {
        var isService = _web.App.Services.GetRequiredService<IServiceProviderIsService>();
        var missing = Assemblies.Web.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => (Page: t.Name, p.ParameterType)))
            .Where(x => !isService.IsService(x.ParameterType))
            .Select(x => $"{x.Page} needs {x.ParameterType.Name}")
            .ToList();
        missing.Should().BeEmpty("a feature module registers the services its pages use");
    }

    [Fact]
    public void Every_infrastructure_service_is_registered_exactly_once()
    {
        var registered = _web.Registrations.Where(d => d.ServiceType.Assembly == Assemblies.Infrastructure)
            .GroupBy(d => d.ServiceType).ToDictionary(g => g.Key, g => g.Count());
        registered.Where(r => r.Value > 1).Select(r => r.Key.Name).Should().BeEmpty("each service belongs to one feature module");
        var services = Assemblies.Infrastructure.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Name.EndsWith("Service", StringComparison.Ordinal));
        services.Where(s => !registered.ContainsKey(s)).Select(s => s.FullName).Should().BeEmpty("every service has a module that registers it");
    }
}
