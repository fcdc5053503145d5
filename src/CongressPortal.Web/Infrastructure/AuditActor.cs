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

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName
    {
        get
        {
            var principal = Principal;
            if (principal?.Identity?.IsAuthenticated != true) return accessor.HttpContext is null ? SystemName : "匿名访客";
            var display = principal.FindFirstValue(PortalClaims.DisplayName);
            var name = principal.Identity.Name;
            return display is null ? name ?? "" : $"{display}（{name}）";
        }
    }

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
