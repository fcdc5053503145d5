using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace CongressPortal.Web.Tests.Pages.Admin.Users;

public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    private static List<string> UserNames(IHtmlDocument page) =>
        page.QuerySelectorAll("#accounts tbody tr").Select(r => r.GetAttribute("data-user")!).ToList();

    private async Task<PortalClient> SetUpAsync()
    {
        var deputy = await Data.DeputyAsync("李建国", "16001");
        var unit = await Data.UnitAsync("示例市教育局");
        await CreateUserAsync("zhang-staff", [PortalRole.Staff], displayName: "代表工作室 张伟");
        await CreateUserAsync("li-deputy", [PortalRole.Deputy], deputyId: deputy.Id, displayName: "代表 李建国");
        await CreateUserAsync("edu-unit", [PortalRole.HandlingUnit], unitId: unit.Id, displayName: "市教育局 联络员");
        var gone = await CreateUserAsync("gone-staff", [PortalRole.Staff], displayName: "已离职");
        await ServiceAsync<UserManager<AppUser>, IdentityResult>(async users =>
        {
            var stored = (await users.FindByIdAsync(gone.Id))!;
            stored.IsDisabled = true;
            return await users.UpdateAsync(stored);
        });
        return await SignedInClientAsync(PortalRole.Admin, userName: "the-admin");
    }

    [Fact]
    public async Task The_list_shows_roles_in_Chinese_links_state_and_last_sign_in()
    {
        using var admin = await SetUpAsync();

        var page = await admin.GetDocumentAsync("/Admin/Users");

        UserNames(page).Should().Equal("edu-unit", "gone-staff", "li-deputy", "the-admin", "zhang-staff");
        var deputyRow = page.QuerySelector("tr[data-user='li-deputy']")!.TextContent;
        deputyRow.Should().Contain("代表 李建国").And.Contain("人大代表").And.Contain("李建国（16001）").And.Contain("正常");
        page.QuerySelector("tr[data-user='edu-unit']")!.TextContent.Should().Contain("承办单位").And.Contain("示例市教育局");
        page.QuerySelector("tr[data-user='gone-staff']")!.TextContent.Should().Contain("已停用");
        // The admin has just signed in: 2026-03-02 09:00 Beijing time.
        page.QuerySelector("tr[data-user='the-admin']")!.TextContent.Should().Contain("系统管理员").And.Contain("2026年3月2日 09:00");
        page.QuerySelector("tr[data-user='zhang-staff']")!.TextContent.Should().Contain("—");
    }

    [Theory]
    [InlineData("?role=Deputy", new[] { "li-deputy" })]
    [InlineData("?role=Staff", new[] { "gone-staff", "zhang-staff" })]
    [InlineData("?state=Disabled", new[] { "gone-staff" })]
    [InlineData("?state=Active&role=Staff", new[] { "zhang-staff" })]
    [InlineData("?q=%E5%BC%A0", new[] { "zhang-staff" })] // 张, in the display name
    [InlineData("?q=UNIT", new[] { "edu-unit" })] // part of the user name, any case
    [InlineData("?q=100%25", new string[0])] // a % is a character, not a wildcard
    public async Task The_list_filters_by_role_state_and_name(string query, string[] expected)
    {
        using var admin = await SetUpAsync();

        var page = await admin.GetDocumentAsync("/Admin/Users" + query);

        UserNames(page).Should().Equal(expected);
    }

    [Fact]
    public async Task A_locked_out_account_is_shown_as_locked_and_found_by_the_locked_filter()
    {
        await CreateUserAsync("clerk", [PortalRole.Staff]);
        using var clerk = AnonymousClient();
        for (var i = 0; i < 5; i++)
        {
            (await clerk.SubmitFormAsync("/Account/Login", new Dictionary<string, string?> { ["Input.UserName"] = "clerk", ["Input.Password"] = "Wrong-password-1" })).Dispose();
        }
        using var admin = await SignedInClientAsync(PortalRole.Admin);

        var page = await admin.GetDocumentAsync("/Admin/Users?state=Locked");

        UserNames(page).Should().Equal("clerk");
        page.QuerySelector("tr[data-user='clerk']")!.TextContent.Should().Contain("已锁定");
    }

    [Fact]
    public async Task The_list_is_paged_twenty_at_a_time_and_the_pager_keeps_the_filters()
    {
        for (var i = 1; i <= 24; i++) await CreateUserAsync(string.Create(CultureInfo.InvariantCulture, $"staff-{i:00}"), [PortalRole.Staff]);
        using var admin = await SignedInClientAsync(PortalRole.Admin);

        var first = await admin.GetDocumentAsync("/Admin/Users?role=Staff");
        UserNames(first).Should().HaveCount(20).And.StartWith("staff-01");
        first.QuerySelector(".muted-note")!.TextContent.Should().Contain("共 24 个账号，第 1/2 页");
        var next = first.QuerySelector<IHtmlAnchorElement>("a[rel=next]")!.GetAttribute("href")!;
        next.Should().Contain("role=Staff").And.Contain("p=2");

        var second = await admin.GetDocumentAsync(next);
        UserNames(second).Should().Equal("staff-21", "staff-22", "staff-23", "staff-24");
    }
}
