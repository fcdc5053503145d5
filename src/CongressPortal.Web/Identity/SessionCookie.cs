using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CongressPortal.Web.Identity;

/// <summary>
/// The session: 30 minutes idle, 8 hours at most however active (等保 2.0 会话超时), ended for good by logout, a password
/// change, disabling or 全部下线 (its <see cref="UserSession"/> row, checked on every request, ADR 0022), and the security
/// stamp re-checked every minute so changed roles take effect.
/// </summary>
public static class SessionCookie
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(8);
    private const string SignedInAtKey = "portal.signed_in_at";
    public const string SessionIdKey = "portal.session_id";

    /// <summary>The id of the session row a cookie belongs to, or null (a cookie from before sessions had rows).</summary>
    public static Guid? SessionId(AuthenticationProperties? properties) =>
        properties is not null && properties.Items.TryGetValue(SessionIdKey, out var value) && Guid.TryParse(value, out var id) ? id : null;

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = ".CongressPortal.Session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = IdleTimeout;
        options.SlidingExpiration = true;
        options.LoginPath = "/Account/Login";
        options.LogoutPath = "/Account/Logout";
        // A signed-in user without the right role gets a real 403 with the friendly error page, not a redirect.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
        options.Events.OnSigningIn = async context =>
        {
            var services = context.HttpContext.RequestServices;
            var clock = services.GetRequiredService<TimeProvider>();
            context.Properties.Items.TryAdd(SignedInAtKey, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            context.Properties.IsPersistent = false;
            // A new sign-in (or a renewed one after a password change) gets a new session row; a refresh keeps its session.
            if (SessionId(context.Properties) is null && context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
            {
                var id = await services.GetRequiredService<SessionRegistry>().StartAsync(userId, context.HttpContext.RequestAborted);
                context.Properties.Items[SessionIdKey] = id.ToString("N");
            }
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            if (IsPastAbsoluteLimit(context.Properties, clock.GetUtcNow()) || !await IsOpenAsync(context))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        };
    }

    private static async Task<bool> IsOpenAsync(CookieValidatePrincipalContext context) =>
        SessionId(context.Properties) is { } id
        && context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
        && await context.HttpContext.RequestServices.GetRequiredService<SessionRegistry>().IsOpenAsync(id, userId, context.HttpContext.RequestAborted);

    public static bool IsPastAbsoluteLimit(AuthenticationProperties properties, DateTimeOffset now)
    {
        if (!properties.Items.TryGetValue(SignedInAtKey, out var value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt))
        {
            return true;
        }
        return now - signedInAt > AbsoluteTimeout;
    }
}
