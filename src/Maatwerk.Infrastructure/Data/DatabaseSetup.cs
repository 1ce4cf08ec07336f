using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Maatwerk.Infrastructure.Data;

public static class DatabaseSetup
{
    public static IServiceCollection AddMaatwerkDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddMaatwerkClock(configuration);
        // Interceptors registered in the container take part (e.g. a test that injects a failure into a save).
        services.AddDbContext<MaatwerkDbContext>((sp, b) => Configure(b, options).AddInterceptors(sp.GetServices<IInterceptor>()));
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        if (options.IsPostgres)
            builder.UseNpgsql(options.ConnectionString);
        else
            builder.UseSqlite(options.ConnectionString).AddInterceptors(SqliteUnicodeLower.Instance);
        // Migrations are hand-written without a model snapshot; the schema test guards model/migration agreement.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return builder;
    }

    /// <summary>A context outside dependency injection (tests, command line).</summary>
    /// <param name="klok">The clock for audit moments; the system clock when not given.</param>
    public static MaatwerkDbContext CreateContext(DatabaseOptions options, ICurrentActor? actor = null, TimeProvider? klok = null)
    {
        var builder = new DbContextOptionsBuilder<MaatwerkDbContext>();
        Configure(builder, options);
        return new MaatwerkDbContext(builder.Options, actor ?? SystemActor.Instance, klok ?? Clock.Create(null));
    }
}
