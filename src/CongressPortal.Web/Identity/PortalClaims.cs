using System.Globalization;
using System.Security.Claims;

namespace CongressPortal.Web.Identity;

/// <summary>App claims added at sign-in. Row ownership filters read these, never a value from the request.</summary>
public static class PortalClaims
{
    public const string DeputyId = "deputy_id";
    public const string UnitId = "unit_id";
    public const string DisplayName = "display_name";

    public static string GetUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");

    public static int? GetDeputyId(this ClaimsPrincipal user) => ReadInt(user, DeputyId);

    public static int? GetUnitId(this ClaimsPrincipal user) => ReadInt(user, UnitId);

    public static string GetDisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "";

    private static int? ReadInt(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
