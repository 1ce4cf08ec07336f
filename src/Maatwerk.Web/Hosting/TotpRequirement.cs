using Microsoft.Extensions.Options;

namespace Maatwerk.Web.Hosting;

public static class TotpRequirement
{
    /// <summary>With Security:TotpVerplicht on, a signed-in user without a second factor can only reach the set-up page.</summary>
    public static IApplicationBuilder UseTotpVerplichting(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var options = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (options.TotpVerplicht && context.User.Identity?.IsAuthenticated == true
            && context.User.FindFirst("maatwerk:totp")?.Value != "ja"
            && !context.Request.Path.StartsWithSegments("/Account"))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            else
                context.Response.Redirect("/Account/Tweestapsverificatie");
            return;
        }
        await next();
    });
}
