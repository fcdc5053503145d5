using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// The pages added last (the deputy's contact page, the co-signer picker, the print views, the handling report pages and
/// the statistics) looked at in a real browser, on a desktop (1280 px) and a phone (375 px): screenshots for people to
/// look at, no page wider than the screen, and the co-signer picker worked with the keyboard alone.
/// </summary>
public sealed class RecentPagesLookTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <param name="RepeatId">A later suggestion of the same lead on the same matter: the duplicate check flags it.</param>
    private sealed record Scene(TestData.SuggestionWorld World, int SuggestionId, int RepeatId);

    private async Task<Scene> SceneAsync()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await Data.SuggestionAsync(world, "关于加快老旧小区加装电梯并同步完善无障碍设施、停车位和充电桩配套的建议",
            "老旧小区多层住宅没有电梯，老年住户上下楼困难。建议简化审批流程，加大财政补贴力度，并同步完善无障碍设施。");
        await Data.AssignedSuggestionAsync(suggestion.Id, world.Unit.Id);
        await Data.SuggestionAsync(world, "关于加快老旧小区加装电梯的建议", "建议简化审批流程，加大财政补贴力度。", withCoSigner: false);
        var later = await Data.SuggestionAsync(world, "关于加快老旧小区加装电梯的建议", "建议简化审批流程，加大财政补贴力度，尽快推开。", withCoSigner: false);
        await CreateUserAsync("staff-look", [PortalRole.Staff], displayName: "代表工作室 王晓燕");
        await CreateUserAsync("deputy-look", [PortalRole.Deputy], deputyId: world.Lead.Id, displayName: "李建国");
        await CreateUserAsync("unit-look", [PortalRole.HandlingUnit], unitId: world.Unit.Id, displayName: "住建局联络员 张敏");
        return new(world, suggestion.Id, later.Id);
    }

    /// <summary>How far the page is wider than the window (0: nothing to scroll sideways).</summary>
    private static Task<int> OverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 800)]
    public async Task The_recent_pages_fit_the_screen(int width, int height)
    {
        var scene = await SceneAsync();
        var id = scene.SuggestionId;
        var visits = new (string User, string Name, string Url)[]
        {
            ("deputy-look", "deputy-contact", "/Deputy/Contact"),
            ("deputy-look", "deputy-suggestion-create", "/Deputy/Suggestions/Create"),
            ("deputy-look", "deputy-print", $"/Deputy/Suggestions/{id}/Print"),
            ("staff-look", "staff-suggestion-create", "/Staff/Suggestions/Create"),
            ("staff-look", "staff-print", $"/Staff/Suggestions/{id}/Print"),
            ("staff-look", "staff-handling-report", "/Staff/Suggestions/HandlingReport"),
            ("staff-look", "staff-stats", "/Staff/Suggestions/Stats"),
            ("staff-look", "staff-details-duplicate", $"/Staff/Suggestions/Details/{scene.RepeatId}"),
            ("unit-look", "unit-print", $"/Unit/Suggestions/{id}/Print"),
            ("", "public-handling-reports", "/Suggestions/HandlingReports"),
        };
        var pages = new Dictionary<string, IPage>();
        var problems = new List<string>();
        foreach (var (user, name, url) in visits)
        {
            if (!pages.TryGetValue(user, out var page))
            {
                page = await NewPageAsync(width, height);
                if (user.Length > 0) await SignInAsync(page, user);
                pages[user] = page;
            }
            var response = await page.GotoAsync(url);
            response!.Status.Should().Be(200, url);
            await ScreenshotAsync(page, $"issue15-look-{name}-{width}");
            if (name == "staff-details-duplicate") (await page.Locator(".duplicate-merge-form button").CountAsync()).Should().Be(2, "both earlier ones take a merge (待审查, 办理中)");
            if (await OverflowAsync(page) is var overflow and > 0) problems.Add($"{url}: {overflow}px wider than the {width}px window");
        }
        problems.Should().BeEmpty();
        SeriousConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_co_signer_is_chosen_with_the_keyboard_alone_on_a_phone()
    {
        var scene = await SceneAsync();
        var page = await NewPageAsync(375, 800);
        await SignInAsync(page, "deputy-look");
        await page.GotoAsync("/Deputy/Suggestions/Create");

        // Tab from the top of the page to the picker's search field, as someone without a mouse does.
        var reached = false;
        for (var i = 0; i < 80 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement && document.activeElement.hasAttribute('data-picker-query')");
        }
        reached.Should().BeTrue("the search field of the picker is reachable with Tab");
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle")).Should().NotBe("none", "focus must be visible");

        var coSigner = scene.World.CoSigner;
        await page.Keyboard.TypeAsync(coSigner.Name);
        await page.Keyboard.PressAsync("Enter"); // filters, does not submit
        page.Url.Should().EndWith("/Deputy/Suggestions/Create");

        // Tab on (past the 查找 button) to the first deputy still listed: the one typed.
        string? focusedId = null;
        for (var i = 0; i < 10; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focusedId = await page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.type === 'checkbox' ? document.activeElement.value : null");
            if (focusedId is not null) break;
        }
        focusedId.Should().Be(coSigner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineColor; }"))
            .Should().Be("solid rgb(122, 15, 18)", "the focused tick box must show where the keyboard is, in a colour that stands out on white");
        await page.Keyboard.PressAsync("Space");
        (await page.Locator($"input[type=checkbox][value='{focusedId}']").IsCheckedAsync()).Should().BeTrue();
        (await page.Locator("[data-picker-status]").InnerTextAsync()).Should().Contain("已选 1 名").And.Contain(coSigner.Name);
        await ScreenshotAsync(page, "issue15-look-picker-keyboard-375");
        SeriousConsoleErrors.Should().BeEmpty();
    }
}
