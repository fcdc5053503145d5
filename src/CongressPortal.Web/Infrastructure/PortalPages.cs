using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// The single place where pages get their access rules. Every page is either under a protected folder
/// or named in <see cref="PublicPages"/> / a public folder; a convention test enforces that.
/// </summary>
public static class PortalPages
{
    public static IReadOnlyDictionary<string, string> ProtectedFolders { get; } = new Dictionary<string, string>
    {
        ["/Staff"] = Policies.Staff,
        ["/Deputy"] = Policies.Deputy,
        ["/Unit"] = Policies.HandlingUnit,
        ["/Admin"] = Policies.Admin,
        ["/Audit"] = Policies.Auditor,
        ["/Reference"] = Policies.ReferenceData,
    };

    /// <summary>Public catalogue folders: what anyone may read.</summary>
    public static IReadOnlyList<string> PublicFolders { get; } = ["/Reports", "/Deputies", "/Stations", "/Regulations", "/Drafts", "/FilingReview", "/Suggestions", "/Proposals", "/Supervision", "/Notices", "/Developers"];

    /// <summary>
    /// Pages outside any folder rule: public ones and the account pages, each with its own attribute. The second step of a
    /// sign-in and the enrolment are reached before the sign-in completes (Identity's two-factor cookie, not a session):
    /// they check that cookie themselves and send anyone without it to the login page.
    /// </summary>
    public static IReadOnlyList<string> PublicPages { get; } =
        ["/Index", "/Error", "/Account/Login", "/Account/LoginWith2fa", "/Account/TwoFactor/Enrol"];

    /// <summary>Pages that need a signed-in user of any role.</summary>
    public static IReadOnlyList<string> SignedInPages { get; } = ["/Account/Logout", "/Account/ChangePassword", "/Account/Workspace", "/Account/TwoFactor/Index", "/Notifications/Index"];

    public static void Configure(RazorPagesOptions options)
    {
        // Every page needs a signed-in user unless opened below; unknown addresses still get a plain 404.
        options.Conventions.AuthorizeFolder("/");
        foreach (var (folder, policy) in ProtectedFolders) options.Conventions.AuthorizeFolder(folder, policy);
        foreach (var page in SignedInPages) options.Conventions.AuthorizePage(page);
        foreach (var folder in PublicFolders) options.Conventions.AllowAnonymousToFolder(folder);
        foreach (var page in PublicPages) options.Conventions.AllowAnonymousToPage(page);
        options.Conventions.Add(new QueryStringRoutes.PlainPathConvention());
    }
}
