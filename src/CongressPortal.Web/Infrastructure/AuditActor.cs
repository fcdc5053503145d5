using System.Security.Claims;
using CongressPortal.Web.Identity;

namespace CongressPortal.Web.Infrastructure;

/// <summary>Who is making a change, and from where. Outside a request (seeding, migrations) it is the system.</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string UserName { get; }
    string? IpAddress { get; }
}

public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public const string SystemName = "系统";
    public const string Anonymous = "匿名访客";

    /// <summary>How a person reads in the log: "显示名称（用户名）", or the user name alone.</summary>
    public static string Describe(string? displayName, string? userName) =>
        string.IsNullOrWhiteSpace(displayName) || displayName == userName ? userName ?? "" : $"{displayName}（{userName}）";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName
    {
        get
        {
            var principal = Principal;
            if (principal?.Identity?.IsAuthenticated != true) return accessor.HttpContext is null ? SystemName : Anonymous;
            return Describe(principal.FindFirstValue(PortalClaims.DisplayName), principal.Identity.Name);
        }
    }

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
