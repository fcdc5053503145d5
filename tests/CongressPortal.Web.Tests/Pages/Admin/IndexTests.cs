using CongressPortal.Domain.Common;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace CongressPortal.Web.Tests.Pages.Admin;

public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task The_admin_desk_links_to_accounts_and_reference_data_and_counts_disabled_accounts()
    {
        var clerk = await CreateUserAsync("clerk", [PortalRole.Staff]);
        await ServiceAsync<UserManager<AppUser>, IdentityResult>(async users =>
        {
            var stored = (await users.FindByIdAsync(clerk.Id))!;
            stored.IsDisabled = true;
            return await users.UpdateAsync(stored);
        });
        using var admin = await SignedInClientAsync(PortalRole.Admin);

        var page = await admin.GetDocumentAsync("/Admin");

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        links.Should().Contain(["/Admin/Users", "/Admin/Users/Create", "/Reference"]);
        links.Should().NotContain(l => l!.StartsWith("/Audit", StringComparison.Ordinal), "administrators do not read the audit log");
        page.QuerySelector("#card-users")!.ParentElement!.TextContent.Should().Contain("共 2 个账号").And.Contain("已停用 1 个").And.Contain("已锁定 0 个");
    }
}
