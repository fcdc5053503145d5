using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// The limits every request passes besides a page's own policy (ADR 0025), per client address
/// (<c>Connection.RemoteIpAddress</c>, which the forwarded-headers middleware sets behind the proxy):
/// <list type="bullet">
/// <item>searches: a GET of a page open to everyone with a non-empty <c>q</c>, <c>Security:PublicSearchesPerMinute</c>
/// (default 60). It runs before the output cache, so a cached answer counts too: a crawler sending distinct terms
/// renders each one, and counting is a lookup in memory.</item>
/// <item>the API: every request under <c>/api/</c>, <c>Security:ApiRequestsPerMinute</c> (default 120), answered with
/// problem+json when refused.</item>
/// </list>
/// Every limit is read once at start-up and must be a positive whole number: 0, a negative number or a word stops the
/// start-up, so no typo turns a limit off. There is no "off": a load test sets a large number.
/// </summary>
public static class RateLimits
{
    public const string SearchPartition = "search";

    public const string ApiPartition = "api";

    /// <summary>A limit from configuration, or <paramref name="fallback"/> when it is not set; anything but a positive whole number stops the start-up.</summary>
    public static int Permits(IConfiguration configuration, string key, int fallback)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[key];
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var permits) && permits > 0) return permits;
        throw new InvalidOperationException($"{key} is \"{text}\": a rate limit must be a whole number above 0 (there is no value that turns it off).");
    }

    /// <summary>The limiter every request passes (searches and the API); other requests are not counted by it.</summary>
    public static PartitionedRateLimiter<HttpContext> Global(IConfiguration configuration)
    {
        var searches = Permits(configuration, "Security:PublicSearchesPerMinute", 60);
        var api = Permits(configuration, "Security:ApiRequestsPerMinute", 120);
        return PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (IsApi(context.Request)) return PerMinute($"{ApiPartition}:{address}", api);
            if (IsPublicSearch(context)) return PerMinute($"{SearchPartition}:{address}", searches);
            return RateLimitPartition.GetNoLimiter("none");
        });
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>A search of the public: a GET with a search term, of a page anyone may read (after routing, so the endpoint is known).</summary>
    private static bool IsPublicSearch(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && !string.IsNullOrWhiteSpace(context.Request.Query["q"])
        && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    // A fixed window, as the page policies use: its refusal says when the window ends (Retry-After).
    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });
}
