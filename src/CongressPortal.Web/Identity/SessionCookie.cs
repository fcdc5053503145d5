using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CongressPortal.Web.Identity;

/// <summary>
/// The session: 30 minutes idle, 8 hours at most however active (等保 2.0 会话超时), and the security
/// stamp re-checked every minute so a disabled account is signed out quickly.
/// </summary>
public static class SessionCookie
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(8);
    private const string SignedInAtKey = "portal.signed_in_at";

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
        options.Events.OnSigningIn = context =>
        {
            var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            context.Properties.Items.TryAdd(SignedInAtKey, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            context.Properties.IsPersistent = false;
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            if (IsPastAbsoluteLimit(context.Properties, clock.GetUtcNow()))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        };
    }

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
