using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>Each kind of user signs in through the real form in Chromium and reaches their desk.</summary>
public sealed class SignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string, string, string> Desks => new()
    {
        { PortalRole.Admin, "/Admin", "系统管理", "admin" },
        { PortalRole.Staff, "/Staff", "工作人员工作台", "staff" },
        { PortalRole.Deputy, "/Deputy", "代表工作台", "deputy" },
        { PortalRole.HandlingUnit, "/Unit", "承办单位工作台", "unit" },
        { PortalRole.Auditor, "/Audit", "审计日志", "auditor" },
    };

    [Theory]
    [MemberData(nameof(Desks))]
    public async Task Each_role_signs_in_through_the_form_and_lands_on_its_desk(string role, string desk, string heading, string slug)
    {
        var userName = await UserForRoleAsync(role);

        await SignInAsync(Page, userName);

        new Uri(Page.Url).AbsolutePath.Should().Be(desk, "the workspace sends a user with one role straight to that role's desk");
        (await Page.Locator("main h1").InnerTextAsync()).Should().Be(heading);
        var navigation = Page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "主导航" });
        (await navigation.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "工作台" }).GetAttributeAsync("aria-current")).Should().Be("page");
        (await Page.Locator(".site-header").InnerTextAsync()).Should().NotContain("工作人员登录");
        await ScreenshotAsync(Page, $"role-{slug}-desk");

        var home = await Page.GotoAsync("/");
        home!.Status.Should().Be(200);
        (await navigation.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "工作台" }).IsVisibleAsync()).Should().BeTrue();
        await ScreenshotAsync(Page, $"role-{slug}-home");
        SeriousConsoleErrors.Should().BeEmpty("pages must load without script errors, failed requests or script-src refusals");
    }

    [Fact]
    public async Task A_deputy_on_a_phone_signs_in_and_reads_the_desk_without_horizontal_scrolling()
    {
        var phone = await NewPageAsync(390, 844);

        await SignInAsync(phone, await UserForRoleAsync(PortalRole.Deputy));

        new Uri(phone.Url).AbsolutePath.Should().Be("/Deputy");
        (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).Should().BeLessThanOrEqualTo(0);
        (await phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "李建国" }).IsVisibleAsync()).Should().BeTrue("the user menu stays reachable on a phone");
        await ScreenshotAsync(phone, "role-deputy-desk-phone");
    }

    [Fact]
    public async Task The_deputy_desk_greets_the_deputy_by_name_and_the_unit_desk_names_the_unit()
    {
        var deputy = await UserForRoleAsync(PortalRole.Deputy);
        await SignInAsync(Page, deputy);
        (await Page.Locator("main").InnerTextAsync()).Should().Contain("李建国 代表，您好");

        var unitPage = await NewPageAsync(1280, 800);
        await SignInAsync(unitPage, await UserForRoleAsync(PortalRole.HandlingUnit));
        (await unitPage.Locator("main").InnerTextAsync()).Should().Contain("示例市住房和城乡建设局");
    }

    [Fact]
    public async Task A_wrong_password_shows_the_Chinese_error_and_keeps_the_user_name()
    {
        var userName = await UserForRoleAsync(PortalRole.Staff);
        await Page.GotoAsync("/Account/Login");
        await ScreenshotAsync(Page, "07-login");

        await SignInAsync(Page, userName, "Wrong-password-1A");

        new Uri(Page.Url).AbsolutePath.Should().Be("/Account/Login");
        (await Page.GetByRole(AriaRole.Alert).InnerTextAsync()).Should().Contain("用户名或密码不正确。");
        (await Page.GetByLabel("用户名").InputValueAsync()).Should().Be(userName);
        (await Page.GetByLabel("密码", new PageGetByLabelOptions { Exact = true }).InputValueAsync()).Should().BeEmpty();
        await ScreenshotAsync(Page, "08-login-wrong-password");
    }

    [Fact]
    public async Task A_user_with_two_roles_chooses_a_desk_on_the_workspace_and_signs_out_from_the_user_menu()
    {
        await CreateUserAsync("chen", [PortalRole.Staff, PortalRole.Auditor], displayName: "陈静");

        await SignInAsync(Page, "chen");

        new Uri(Page.Url).AbsolutePath.Should().Be("/Account/Workspace");
        (await Page.Locator("main h2").AllInnerTextsAsync()).Should().Equal("工作人员工作台", "安全审计");
        await ScreenshotAsync(Page, "09-workspace-two-roles");

        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "陈静" }).ClickAsync();
        await ScreenshotAsync(Page, "10-user-menu-open");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "退出登录" }));

        new Uri(Page.Url).AbsolutePath.Should().Be("/");
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be("您已安全退出。");
        (await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "工作人员登录" }).IsVisibleAsync()).Should().BeTrue();
        var staffDesk = await Page.GotoAsync("/Staff");
        new Uri(Page.Url).AbsolutePath.Should().Be("/Account/Login", "after signing out the desk asks to sign in again");
        staffDesk!.Status.Should().Be(200);
    }
}
