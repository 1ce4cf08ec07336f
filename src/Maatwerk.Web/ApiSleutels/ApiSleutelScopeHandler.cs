using Maatwerk.Domain.ApiSleutels;
using Microsoft.AspNetCore.Authorization;

namespace Maatwerk.Web.ApiSleutels;

/// <summary>Runs with every authorisation decision: a caller with an API key gets nothing its scopes do not name, on
/// top of what its role allows. Requests outside the scoped API areas (pages, users, keys, audit) are refused.</summary>
public sealed class ApiSleutelScopeHandler : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (!context.User.HasClaim(c => c.Type == ApiSleutelAuthenticationHandler.SleutelClaim))
            return Task.CompletedTask;
        var nodig = context.Resource is HttpContext http ? ApiScope.Required(http.Request.Path, http.Request.Method) : null;
        if (nodig is null || !context.User.HasClaim(ApiSleutelAuthenticationHandler.ScopeClaim, nodig))
            context.Fail(new AuthorizationFailureReason(this, nodig is null ? "Niet bereikbaar met een API-sleutel." : $"Scope {nodig} ontbreekt."));
        return Task.CompletedTask;
    }
}
