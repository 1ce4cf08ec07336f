using System.Reflection;
using Maatwerk.Domain.Verzoeken;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Maatwerk.Architecture.Tests;

/// <summary>DTOs at the edge (DESIGN.md): API endpoints and page handlers bind their own request records, never a
/// stored entity, so a client cannot post fields the platform sets (id, version, status, links).</summary>
public sealed class RequestBindingTests : IAsyncLifetime
{
    private readonly WebApp _web = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _web.DisposeAsync();

    /// <summary>The parameters a request fills: everything except services from the container and the HTTP context.</summary>
    private IEnumerable<ParameterInfo> BoundParameters(MethodInfo method)
    {
        var isService = _web.App.Services.GetRequiredService<IServiceProviderIsService>();
        return method.GetParameters().Where(p =>
            p.ParameterType != typeof(CancellationToken) && p.ParameterType != typeof(HttpContext) && p.ParameterType != typeof(HttpRequest)
            && p.GetCustomAttribute<FromServicesAttribute>() is null && !isService.IsService(p.ParameterType));
    }

    [Fact]
    public void No_api_endpoint_binds_a_stored_entity()
    {
        var handlers = _web.Endpoints
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .Select(e => (Route: $"{string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}", Method: e.Metadata.GetMetadata<MethodInfo>()))
            .ToList();
        handlers.Should().HaveCountGreaterThan(45, "the test must see the API");
        handlers.Should().OnlyContain(h => h.Method != null, "every API endpoint is a delegate whose parameters can be inspected");

        var violations = handlers
            .SelectMany(h => BoundParameters(h.Method!).SelectMany(p => Binding.EntitiesIn(p.ParameterType, WebApp.EntityTypes)
                .Select(entity => $"{h.Route} bindt {entity.Name} (parameter {p.Name})")))
            .ToList();
        violations.Should().BeEmpty("an endpoint binds a request record, not an entity");
    }

    [Fact]
    public void No_page_binds_a_stored_entity()
    {
        var pages = Assemblies.Web.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        pages.Should().HaveCountGreaterThan(20);
        var violations = new List<string>();
        foreach (var page in pages)
        {
            var bindAll = page.GetCustomAttribute<BindPropertiesAttribute>() is not null;
            foreach (var property in page.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                         .Where(p => bindAll || p.GetCustomAttribute<BindPropertyAttribute>() is not null))
                violations.AddRange(Binding.EntitiesIn(property.PropertyType, WebApp.EntityTypes).Select(e => $"{page.Name}.{property.Name} bindt {e.Name}"));
            foreach (var handler in page.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                         .Where(m => m.Name.StartsWith("On", StringComparison.Ordinal)))
                foreach (var parameter in BoundParameters(handler))
                    violations.AddRange(Binding.EntitiesIn(parameter.ParameterType, WebApp.EntityTypes)
                        .Select(e => $"{page.Name}.{handler.Name} bindt {e.Name} (parameter {parameter.Name})"));
        }
        violations.Should().BeEmpty("a page binds a request record, not an entity");
    }

    private sealed record WithVerzoek(string Naam, List<Verzoek> Verzoeken);

    [Fact]
    public void The_check_finds_an_entity_directly_in_a_collection_and_inside_a_record()
    {
        WebApp.EntityTypes.Should().Contain(typeof(Verzoek));
        Binding.EntitiesIn(typeof(Verzoek), WebApp.EntityTypes).Should().Equal(typeof(Verzoek));
        Binding.EntitiesIn(typeof(Verzoek[]), WebApp.EntityTypes).Should().Equal(typeof(Verzoek));
        Binding.EntitiesIn(typeof(WithVerzoek), WebApp.EntityTypes).Should().Equal(typeof(Verzoek));
        Binding.EntitiesIn(typeof(Maatwerk.Infrastructure.Verzoeken.VerzoekInput), WebApp.EntityTypes).Should().BeEmpty();
    }
}
