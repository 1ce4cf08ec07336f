using Maatwerk.Infrastructure.Data;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Maatwerk.Architecture.Tests;

/// <summary>The web application composed exactly as Program.cs does it (services, middleware, endpoints), but not
/// started and without touching a database: enough to inspect its endpoints and service registrations.</summary>
public sealed class WebApp : IAsyncDisposable
{
    public WebApplication App { get; }

    /// <summary>The registrations as the modules and the host made them, before the container was built.</summary>
    public IReadOnlyList<ServiceDescriptor> Registrations { get; }

    public WebApp()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            ContentRootPath = Path.Combine(RepositoryRoot(), "src", "Maatwerk.Web"),
            EnvironmentName = "Testing",
        });
        builder.Configuration["Database:Provider"] = "Sqlite";
        builder.Configuration["Database:ConnectionString"] = "Data Source=:memory:";
        builder.Configuration["Database:DemoData"] = "false";
        builder.AddMaatwerk();
        Registrations = builder.Services.ToList();
        App = builder.Build();
        App.UseMaatwerk();
    }

    public IReadOnlyList<RouteEndpoint> Endpoints =>
        ((IEndpointRouteBuilder)App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToList();

    /// <summary>Every type EF Core stores: the entities of the model.</summary>
    public static IReadOnlySet<Type> EntityTypes { get; } = LoadEntityTypes();

    private static HashSet<Type> LoadEntityTypes()
    {
        using var db = DatabaseSetup.CreateContext(new DatabaseOptions { Provider = "Sqlite", ConnectionString = "Data Source=:memory:" });
        return db.Model.GetEntityTypes().Select(e => e.ClrType).ToHashSet();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Maatwerk.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Maatwerk.sln niet gevonden boven " + AppContext.BaseDirectory);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
