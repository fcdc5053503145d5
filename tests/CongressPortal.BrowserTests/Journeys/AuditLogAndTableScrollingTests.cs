using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// The audit log as an auditor reads it after sign-ins and edits (issue 16): Chinese labels, people by name, sign-ins as
/// events, and no sideways scrolling at 1280 px; and wide tables a keyboard user can reach and scroll.
/// </summary>
public sealed class AuditLogAndTableScrollingTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string PageOverflow = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

    /// <summary>The elements that reach past the right edge of the window, for the message of a failed check.</summary>
    private const string TooWide = """
        () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')
        """;

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus; false if it never gets it.</summary>
    private static async Task<bool> TabIntoAsync(IPage page, string selector, int most = 150)
    {
        for (var i = 0; i < most; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement === document.querySelector(s)", selector)) return true;
        }
        return false;
    }

    private async Task AuditedStoryAsync()
    {
        await CreateUserAsync("admin-zhao", [PortalRole.Admin], displayName: "赵强");
        await CreateUserAsync("auditor-sun", [PortalRole.Auditor], displayName: "孙丽");
        var committee = await Data.CommitteeAsync("教育科学文化卫生委员会");
        await Data.UnitAsync("示例市住房和城乡建设局");
        await Data.DeputyAsync("王秀英", "16088");
        // A failed sign-in, a sign-in and a sign-out of the administrator, in the browser.
        var admin = await NewPageAsync(1280, 800);
        await SignInAsync(admin, "admin-zhao", "wrong-password-1A");
        await SignInAsync(admin, "admin-zhao");
        await admin.GotoAsync("/Account/Logout");
        await ClickAndWaitForNextPageAsync(admin, admin.Locator("main").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "退出登录" }));
        committee.Id.Should().BePositive();
    }

    [Fact]
    public async Task The_audit_log_reads_in_Chinese_names_people_and_fits_1280_px_without_sideways_scrolling()
    {
        await AuditedStoryAsync();

        await SignInAsync(Page, "auditor-sun");
        await Page.GotoAsync("/Audit");

        var log = await Page.Locator("#audit-log").InnerTextAsync();
        log.Should().Contain("登录失败").And.Contain("退出登录").And.Contain("赵强（admin-zhao）").And.Contain("密码错误").And.Contain("教育科学文化卫生委员会");
        log.Should().NotMatchRegex("[0-9a-f]{8}-[0-9a-f]{4}-", "accounts read by user name, not GUID")
            .And.NotContain("AppUser").And.NotContain("SecurityStamp").And.NotContain("AccessFailedCount");
        (await Page.EvaluateAsync<int>(PageOverflow)).Should().BeLessThanOrEqualTo(0, "the log must not scroll sideways at 1280 px; too wide: {0}",
            await Page.EvaluateAsync<string>(TooWide));
        (await Page.EvaluateAsync<int>("() => { const b = document.querySelector('main .table-responsive'); return b.scrollWidth - b.clientWidth; }"))
            .Should().BeLessThanOrEqualTo(0, "at 1280 px the log fits without its own scroll bar either");
        await ScreenshotAsync(Page, "audit-log-1280");
        SeriousConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_statistics_table_box_takes_the_focus_by_Tab_and_scrolls_with_the_arrow_keys()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await Data.SuggestionAsync(world);
        await Data.AssignedSuggestionAsync(suggestion.Id, world.Unit.Id);
        var page = await NewPageAsync(1024, 800);
        await SignInAsync(page, await UserForRoleAsync(PortalRole.Staff));
        await page.GotoAsync("/Staff/Suggestions/Stats?by=Unit");
        (await page.EvaluateAsync<int>("() => { const b = document.getElementById('stats-scroll'); return b.scrollWidth - b.clientWidth; }"))
            .Should().BePositive("29 columns are wider than the page at 1024 px");

        (await TabIntoAsync(page, "#stats-scroll")).Should().BeTrue("the box is in the tab order");
        for (var i = 0; i < 5; i++) await page.Keyboard.PressAsync("ArrowRight");

        // Keyboard scrolling is animated (smooth scrolling): wait for it to move rather than read it at once.
        await page.WaitForFunctionAsync("() => document.getElementById('stats-scroll').scrollLeft > 0", null, new() { Timeout = 10_000 });
        (await page.EvaluateAsync<int>("() => document.getElementById('stats-scroll').scrollLeft")).Should().BePositive();
        (await ComputedStyleAsync(page, "#stats-scroll", "outline-style")).Should().Be("solid", "the focused box shows a ring");
        (await page.EvaluateAsync<int>(PageOverflow)).Should().BeLessThanOrEqualTo(0, "the table scrolls in its box, not the page");
        await ScreenshotAsync(page, "stats-table-keyboard-scrolled");
    }

    [Fact]
    public async Task A_table_responsive_box_on_a_phone_takes_the_focus_by_Tab_shows_a_ring_and_scrolls_with_the_arrow_keys()
    {
        await AuditedStoryAsync();
        var phone = await NewPageAsync(375, 800);
        await SignInAsync(phone, "auditor-sun");
        await phone.GotoAsync("/Audit");
        const string box = "main .table-responsive";
        (await phone.EvaluateAsync<int>("s => { const b = document.querySelector(s); return b.scrollWidth - b.clientWidth; }", box)).Should().BePositive();

        (await TabIntoAsync(phone, box)).Should().BeTrue("the tag helper puts every table box in the tab order");
        for (var i = 0; i < 5; i++) await phone.Keyboard.PressAsync("ArrowRight");

        await phone.WaitForFunctionAsync("s => document.querySelector(s).scrollLeft > 0", box, new() { Timeout = 10_000 });
        (await phone.EvaluateAsync<int>("s => document.querySelector(s).scrollLeft", box)).Should().BePositive();
        (await phone.EvaluateAsync<int>(PageOverflow)).Should().BeLessThanOrEqualTo(0, "the table scrolls in its box, not the page; too wide: {0}",
            await phone.EvaluateAsync<string>(TooWide));
        (await ComputedStyleAsync(phone, box, "outline-style")).Should().Be("solid");
        (await phone.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "审计日志" }).CountAsync()).Should().Be(1);
        await ScreenshotAsync(phone, "audit-log-375-keyboard-scrolled");
    }
}
