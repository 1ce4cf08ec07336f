using System.Threading.RateLimiting;
using Maatwerk.Infrastructure.ApiSleutels;
using Microsoft.AspNetCore.RateLimiting;

namespace Maatwerk.Web.ApiSleutels;

/// <summary>A fixed window per key (its public prefix): <c>ApiSleutels:AanroepenPerMinuut</c> calls a minute, default
/// 120; above it 429 with a Dutch problem detail and Retry-After. Requests without a key are not limited here.</summary>
public static class ApiSleutelRateLimit
{
    public const string LimitKey = "ApiSleutels:AanroepenPerMinuut";

    public static void Configure(RateLimiterOptions o, IConfiguration config)
    {
        var limiet = config.GetValue(LimitKey, 120);
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            ApiSleutelSecret.PrefixOf(ApiSleutelAuthenticationHandler.PresentedKey(context.Request)) is { } prefix
                ? RateLimitPartition.GetFixedWindowLimiter(prefix, _ => new FixedWindowRateLimiterOptions { PermitLimit = limiet, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter(""));
        o.OnRejected = async (context, ct) =>
        {
            var http = context.HttpContext;
            if (!http.Request.Path.StartsWithSegments("/api"))
                return;
            var seconden = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wacht) ? (int)Math.Ceiling(wacht.TotalSeconds) : 60;
            http.Response.Headers.RetryAfter = seconden.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Results.Problem(title: "Te veel aanroepen",
                detail: $"Deze API-sleutel mag {limiet} aanroepen per minuut doen. Probeer het over {seconden} seconden opnieuw.",
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
        };
    }
}
