using System.Globalization;
using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// Issue 10 in a real browser, on a phone-sized screen: a clerk assigns a suggestion on a Saturday, is asked to confirm
/// the rest day and does so with the keyboard alone; on Monday the clerk adds a forgotten unit with a reason, and that
/// unit finds the notice on its desk.
/// </summary>
public sealed class AssignmentCorrectionJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_rest_day_assignment_is_confirmed_by_keyboard_and_a_forgotten_unit_is_added_and_told()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await Data.SuggestionAsync(world, "关于增设社区老年食堂的建议", withCoSigner: false);
        await Data.ActAsync(suggestion.Id, (s, _, now) => s.Accept(Actor.Staff("测试工作人员"), now));
        await CreateUserAsync("staff-wang", [PortalRole.Staff], displayName: "代表工作室 王晓燕");
        await CreateUserAsync("unit-other", [PortalRole.HandlingUnit], unitId: world.OtherUnit.Id, displayName: "交通局联络员 陈静");

        // Saturday 7 March 2026, 09:00 in Beijing.
        App.Clock.Set(new DateTimeOffset(2026, 3, 7, 1, 0, 0, TimeSpan.Zero));
        var phone = await NewPageAsync(375, 812);
        await SignInAsync(phone, "staff-wang");
        await phone.GotoAsync($"/Staff/Suggestions/Details/{suggestion.Id}");
        await phone.Locator("#Assign_Mode").SelectOptionAsync("Split");
        await phone.Locator("#Assign_UnitIds").SelectOptionAsync(Id(world.Unit.Id));
        var warning = phone.Locator("#confirm-assign-confirmed");
        (await warning.InnerTextAsync()).Should().Contain("休息日", "the clerk is told before the first click, not only after a refusal");
        (await warning.GetAttributeAsync("role")).Should().BeNull("a warning foreseen on page load is read in place, not announced");

        // Submitted without ticking: nothing is saved, the page asks rather than reports an error.
        await ClickAndWaitForNextPageAsync(phone, phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "交办", Exact = true }));
        (await phone.Locator("#form-failed").InnerTextAsync()).Should().Contain("尚未保存：有一项提示需要您确认");
        (await warning.GetAttributeAsync("role")).Should().Be("alert");
        (await warning.InnerTextAsync()).Should().Contain("休息日");
        (await phone.Locator("#Assign_UnitIds").InputValueAsync()).Should().Be(Id(world.Unit.Id), "the chosen unit is kept");
        await warning.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(phone, "issue10-01-rest-day-warning-phone");
        (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(375, "nothing runs off a phone screen");

        // Keyboard alone: the checkbox, then Tab to the button and Enter.
        await phone.Locator("#confirm-assign-confirmed-check").FocusAsync();
        await phone.Keyboard.PressAsync("Space");
        await phone.Keyboard.PressAsync("Tab");
        (await phone.EvaluateAsync<string>("() => document.activeElement.textContent.trim()")).Should().Be("交办");
        await phone.EvaluateAsync("() => { window.portalPreviousPage = true; }");
        await phone.Keyboard.PressAsync("Enter");
        await phone.WaitForFunctionAsync("() => window.portalPreviousPage === undefined && document.readyState === 'complete'");
        (await phone.Locator("#status-badge").InnerTextAsync()).Should().Be("办理中");

        // Monday: the clerk signs in again (Saturday's session has long expired) and adds the forgotten transport bureau.
        App.Clock.Set(new DateTimeOffset(2026, 3, 9, 1, 0, 0, TimeSpan.Zero));
        await SignInAsync(phone, "staff-wang");
        await phone.GotoAsync($"/Staff/Suggestions/Details/{suggestion.Id}");
        await phone.GetByText("增加承办单位", new PageGetByTextOptions { Exact = true }).FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await phone.Locator("#add-unit").SelectOptionAsync(Id(world.OtherUnit.Id));
        await phone.Locator("#add-unit-reason").FillAsync("老年食堂涉及公交接驳，漏交交通运输局。");
        await ScreenshotAsync(phone, "issue10-02-add-unit-phone");
        await ClickAndWaitForNextPageAsync(phone, phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "增加单位", Exact = true }));
        var staffView = await phone.Locator("main").InnerTextAsync();
        staffView.Should().Contain("示例市交通运输局").And.Contain("漏交交通运输局");

        // The added unit is told on its desk.
        var unit = await NewPageAsync(375, 812);
        await SignInAsync(unit, "unit-other");
        await unit.GotoAsync("/Unit");
        var notices = await unit.Locator("#unit-notices").InnerTextAsync();
        notices.Should().Contain("关于增设社区老年食堂的建议").And.Contain("漏交交通运输局");
        await ScreenshotAsync(unit, "issue10-03-unit-notice-phone");
        (await unit.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(375);

        SeriousConsoleErrors.Should().BeEmpty();
    }
}
