using System.Security.Claims;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Audit;

namespace Maatwerk.Web.Hosting;

/// <summary>The signed-in user as the claims of the authentication cookie describe it.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentActor
{
    public const string OrganisatieClaim = "maatwerk:organisatie";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? GebruikerId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Email => Principal?.FindFirstValue(ClaimTypes.Email) ?? "anoniem";

    public string Naam => Principal?.FindFirstValue(ClaimTypes.Name) ?? "";

    public Guid? OrganisatieId => Guid.TryParse(Principal?.FindFirstValue(OrganisatieClaim), out var id) ? id : null;

    public Rol? Rol => Enum.TryParse<Rol>(Principal?.FindFirstValue(ClaimTypes.Role), out var rol) ? rol : null;

    public static ClaimsPrincipal CreatePrincipal(Gebruiker gebruiker, string scheme) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, gebruiker.Id.ToString()),
        new Claim(ClaimTypes.Email, gebruiker.Email),
        new Claim(ClaimTypes.Name, gebruiker.Naam),
        new Claim(ClaimTypes.Role, gebruiker.Rol.ToString()),
        new Claim(OrganisatieClaim, gebruiker.OrganisatieId.ToString()),
        new Claim("maatwerk:totp", gebruiker.TotpActief ? "ja" : "nee"),
    ], scheme));
}
