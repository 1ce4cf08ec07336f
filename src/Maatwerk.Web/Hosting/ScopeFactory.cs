using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Web.Hosting;

public static class ScopeFactory
{
    /// <summary>Builds the request's DataScope from the signed-in user; refuses when there is none, so that no query
    /// for organisation-owned data can run unfiltered.</summary>
    public static DataScope Create(IServiceProvider services)
    {
        var user = services.GetRequiredService<CurrentUser>();
        var db = services.GetRequiredService<MaatwerkDbContext>();
        if (user.OrganisatieId is not { } orgId || user.Rol is not { } rol)
            throw new UnauthorizedAccessException("Geen aangemelde gebruiker.");
        var organisatie = db.Organisaties.Find(orgId) ?? throw new UnauthorizedAccessException("Organisatie bestaat niet meer.");
        return DataScope.For(db, organisatie, rol);
    }
}
