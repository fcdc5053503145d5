using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Admin.Users;

/// <summary>The accounts, filtered by role, state and name, a page at a time.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "role")] public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")] public AccountState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Result Accounts { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!PortalRole.All.Contains(Role ?? "")) Role = null;
        PageNumber = Math.Max(1, PageNumber);
        Accounts = await handler.HandleAsync(new Query(Search, Role, State, PageNumber), ct);
    }

    /// <summary>The filters and a page number, for the pager and filter links.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string> { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Search)) values["q"] = Search.Trim();
        if (Role is not null) values["role"] = Role;
        if (State is { } state) values["state"] = state.ToString();
        return values;
    }

    public enum AccountState
    {
        Active,
        Disabled,
        Locked,
    }

    public static string StateName(AccountState state) => state switch
    {
        AccountState.Active => "正常",
        AccountState.Disabled => "已停用",
        AccountState.Locked => "已锁定",
        _ => state.ToString(),
    };

    public sealed record Query(string? Search, string? Role, AccountState? State, int Page);

    public sealed record Row(
        string Id,
        string UserName,
        string DisplayName,
        IReadOnlyList<string> Roles,
        string? Deputy,
        string? Unit,
        bool IsDisabled,
        bool IsLocked,
        DateTimeOffset? LastSignInAt);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageCount);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct)
        {
            // Identity reckons lockout with the system clock, so the list does too.
            var now = DateTimeOffset.UtcNow;
            var roleNames = await db.Roles.ToDictionaryAsync(r => r.Id, r => r.Name ?? "", ct);
            var users = db.Users.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var pattern = "%" + EscapeLike(query.Search.Trim()) + "%";
                users = users.Where(u => EF.Functions.ILike(u.UserName!, pattern, "\\") || EF.Functions.ILike(u.DisplayName, pattern, "\\"));
            }
            if (query.Role is not null)
            {
                var roleId = roleNames.FirstOrDefault(r => r.Value == query.Role).Key;
                users = users.Where(u => db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId));
            }
            users = query.State switch
            {
                AccountState.Active => users.Where(u => !u.IsDisabled && !(u.LockoutEnd > now)),
                AccountState.Disabled => users.Where(u => u.IsDisabled),
                AccountState.Locked => users.Where(u => u.LockoutEnd > now),
                _ => users,
            };

            var total = await users.CountAsync(ct);
            var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
            var page = Math.Min(query.Page, pageCount);
            var rows = await users
                .OrderBy(u => u.UserName)
                .Skip((page - 1) * PageSize)
                .Take(PageSize)
                .Select(u => new
                {
                    u.Id,
                    u.UserName,
                    u.DisplayName,
                    RoleIds = db.UserRoles.Where(r => r.UserId == u.Id).Select(r => r.RoleId).ToList(),
                    Deputy = u.Deputy == null ? null : u.Deputy.Name + "（" + u.Deputy.Number + "）",
                    Unit = u.HandlingUnit == null ? null : u.HandlingUnit.Name,
                    u.IsDisabled,
                    IsLocked = u.LockoutEnd > now,
                    u.LastSignInAt,
                })
                .ToListAsync(ct);
            return new Result(
                rows.Select(r => new Row(
                    r.Id,
                    r.UserName ?? "",
                    r.DisplayName,
                    PortalRole.All.Where(role => r.RoleIds.Any(id => roleNames.GetValueOrDefault(id) == role)).ToList(),
                    r.Deputy,
                    r.Unit,
                    r.IsDisabled,
                    r.IsLocked,
                    r.LastSignInAt)).ToList(),
                total,
                page,
                pageCount);
        }

        private static string EscapeLike(string value) =>
            value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
    }
}
