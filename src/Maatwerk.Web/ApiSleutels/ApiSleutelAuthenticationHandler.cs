using System.Security.Claims;
using System.Text.Encodings.Web;
using Maatwerk.Domain.ApiSleutels;
using Maatwerk.Infrastructure.ApiSleutels;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Maatwerk.Web.ApiSleutels;

/// <summary>The "ApiSleutel" scheme: a key in <c>Authorization: Bearer …</c> or <c>X-Api-Key</c> makes the caller a
/// principal of the key's organisation, in the key's role, with the key's scopes as claims. Every authenticated call is
/// recorded (last use, audit line). The cookie scheme forwards to this one whenever a key is presented.</summary>
public sealed class ApiSleutelAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, ApiSleutelAuthenticator authenticator) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiSleutel";
    public const string SleutelClaim = "maatwerk:apisleutel";
    public const string ScopeClaim = "maatwerk:scope";

    /// <summary>The key the request presents, or null.</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var header) && !string.IsNullOrWhiteSpace(header))
            return header.ToString().Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey(Request) is not { } presented)
            return AuthenticateResult.NoResult();
        if (await authenticator.FindAsync(presented, Context.RequestAborted) is not { } sleutel)
            return AuthenticateResult.Fail("Onbekende of ingetrokken API-sleutel.");
        await authenticator.RecordUseAsync(sleutel, Request.Method, Request.Path, Context.RequestAborted);
        List<Claim> claims =
        [
            new(SleutelClaim, sleutel.Id.ToString()),
            new(ClaimTypes.Email, ApiSleutelAuthenticator.ActorName(sleutel)),
            new(ClaimTypes.Name, sleutel.Naam),
            new(ClaimTypes.Role, sleutel.Rol.ToString()),
            new(CurrentUser.OrganisatieClaim, sleutel.OrganisatieId.ToString()),
            // A key is a 256-bit secret of its own; the second-factor requirement (Security:TotpVerplicht) is for people.
            new("maatwerk:totp", "ja"),
            .. sleutel.ScopeList.Select(s => new Claim(ScopeClaim, s)),
        ];
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"Maatwerk\"";
        return Problem(StatusCodes.Status401Unauthorized, "Niet aangemeld",
            "De API-sleutel is onbekend of ingetrokken. Stuur een geldige sleutel in de header Authorization: Bearer <sleutel> of X-Api-Key.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var nodig = ApiScope.Required(Request.Path, Request.Method);
        var melding = nodig is null
            ? "Dit deel van het platform is niet bereikbaar met een API-sleutel."
            : Context.User.HasClaim(ScopeClaim, nodig)
                ? "De rol van deze API-sleutel mag dit niet."
                : $"Deze API-sleutel heeft de scope '{nodig}' niet.";
        return Problem(StatusCodes.Status403Forbidden, "Geen toegang", melding);
    }

    private Task Problem(int status, string titel, string melding) =>
        Results.Problem(title: titel, detail: melding, statusCode: status).ExecuteAsync(Context);
}
