using Microsoft.AspNetCore.Authorization;

namespace Maatwerk.Web.Hosting;

public static class NavigationPolicies
{
    /// <summary>One policy per menu item, requiring one of the roles that item lists.</summary>
    public static AuthorizationBuilder AddNavigationPolicies(this AuthorizationBuilder builder)
    {
        foreach (var item in Navigation.Items)
            builder.AddPolicy(item.Policy, p => p.RequireRole(item.Rollen.Select(r => r.ToString())));
        return builder;
    }
}
