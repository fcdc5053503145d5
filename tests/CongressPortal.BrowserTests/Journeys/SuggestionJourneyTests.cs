using System.Globalization;
using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// Issue 4 in a real browser, one suggestion from registration to the public page: staff register and assign
/// it, the unit contacts the deputy and replies with its letter, the deputy is not satisfied, the unit replies
/// again, the deputy is satisfied, staff close it, and a citizen reads the reply. Each person works in a
/// browser of their own. The app's clock stands at Monday 2026-03-02 09:00.
/// </summary>
public sealed class SuggestionJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Title = "关于青山区幸福小区加装电梯的建议";
    private static readonly byte[] Letter = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task ExpectNoErrorAsync(IPage page)
    {
        var alerts = page.Locator(".alert-danger:visible, .field-validation-error:visible, .validation-summary-errors:visible");
        var texts = await alerts.AllInnerTextsAsync();
        texts.Where(t => !string.IsNullOrWhiteSpace(t)).Should().BeEmpty("the step should succeed on {0}", page.Url);
    }

    private static async Task ReplyAsync(IPage unit, int suggestionId, string text)
    {
        await unit.GotoAsync($"/Unit/Suggestions/Details/{suggestionId}");
        await unit.Locator("#reply-classification-A").CheckAsync();
        await unit.GetByLabel("答复内容", new PageGetByLabelOptions { Exact = true }).FillAsync(text);
        await unit.GetByLabel("签发人", new PageGetByLabelOptions { Exact = true }).FillAsync("张建华");
        await unit.GetByLabel("同意公开答复内容", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await unit.Locator("#Reply_Letter").SetInputFilesAsync(new FilePayload { Name = "答复函.pdf", MimeType = "application/pdf", Buffer = Letter });
        await ClickAndWaitForNextPageAsync(unit, unit.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交答复", Exact = true }));
        await ExpectNoErrorAsync(unit);
    }

    /// <summary>Staff review the reply a unit just filed: only then may the public read it (if the unit agreed).</summary>
    private static async Task ReviewAsync(IPage staff, int suggestionId)
    {
        await staff.GotoAsync($"/Staff/Suggestions/Details/{suggestionId}");
        await ClickAndWaitForNextPageAsync(staff, staff.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "审核通过并公开", Exact = true }));
        await ExpectNoErrorAsync(staff);
        (await staff.Locator("main").InnerTextAsync()).Should().Contain("已审核公开");
    }

    private static async Task RateAsync(IPage deputy, int suggestionId, string rating, string comment)
    {
        await deputy.GotoAsync($"/Deputy/Suggestions/Details/{suggestionId}");
        await deputy.GetByLabel(rating, new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await deputy.GetByLabel("评价意见", new PageGetByLabelOptions { Exact = true }).FillAsync(comment);
        await ClickAndWaitForNextPageAsync(deputy, deputy.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交评价", Exact = true }));
        await ExpectNoErrorAsync(deputy);
    }

    [Fact]
    public async Task A_suggestion_goes_from_registration_through_re_handling_to_the_public_reply()
    {
        var world = await Data.SuggestionWorldAsync();
        await CreateUserAsync("staff-wang", [PortalRole.Staff], displayName: "代表工作室 王晓燕");
        await CreateUserAsync("unit-zhang", [PortalRole.HandlingUnit], unitId: world.Unit.Id, displayName: "住建局联络员 张敏");
        await CreateUserAsync("deputy-li", [PortalRole.Deputy], deputyId: world.Lead.Id, displayName: "李建国");

        // Staff register the suggestion.
        var staff = Page;
        await SignInAsync(staff, "staff-wang");
        await staff.GotoAsync("/Staff/Suggestions/Create");
        await staff.GetByLabel("所属会议", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(Id(world.Session.Id));
        await staff.Locator("#Input_LeadDeputyId").SelectOptionAsync(Id(world.Lead.Id));
        await staff.Locator($"#cosigners-{Id(world.CoSigner.Id)}").CheckAsync();
        await staff.GetByLabel("标题", new PageGetByLabelOptions { Exact = true }).FillAsync(Title);
        await staff.GetByLabel("建议内容", new PageGetByLabelOptions { Exact = true }).FillAsync("幸福小区建于1995年，老年住户多，上下楼困难。建议简化加装电梯审批流程，加大财政补贴力度。");
        await staff.GetByLabel("类别", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync(Id(world.Category.Id));
        await staff.GetByLabel("收到日期", new PageGetByLabelOptions { Exact = true }).FillAsync("2026-01-12");
        await ClickAndWaitForNextPageAsync(staff, staff.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登记", Exact = true }));
        await ExpectNoErrorAsync(staff);
        new Uri(staff.Url).AbsolutePath.Should().MatchRegex(@"^/Staff/Suggestions/Details/\d+$");
        var suggestionId = int.Parse(new Uri(staff.Url).Segments[^1], CultureInfo.InvariantCulture);
        (await staff.Locator("main").InnerTextAsync()).Should().Contain("十六届五次会议第001号").And.Contain("待审查");
        await ScreenshotAsync(staff, "issue4-01-staff-registered");

        // Staff accept it and assign it to the housing bureau.
        await ClickAndWaitForNextPageAsync(staff, staff.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "审查立案", Exact = true }));
        await ExpectNoErrorAsync(staff);
        await staff.Locator("#Assign_Mode").SelectOptionAsync("Split");
        await staff.Locator("#Assign_UnitIds").SelectOptionAsync(Id(world.Unit.Id));
        await ClickAndWaitForNextPageAsync(staff, staff.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "交办", Exact = true }));
        await ExpectNoErrorAsync(staff);
        (await staff.Locator("main").InnerTextAsync()).Should().Contain("办理中").And.Contain("2026年6月2日", "three months from 2 March");
        await ScreenshotAsync(staff, "issue4-02-staff-assigned");

        // The unit sees it on its desk, accepts it, meets the deputy and replies with its signed letter.
        var unit = await NewPageAsync(1280, 800);
        await SignInAsync(unit, "unit-zhang");
        await unit.GotoAsync("/Unit");
        (await unit.Locator("main").InnerTextAsync()).Should().Contain(Title).And.Contain("待签收");
        await ScreenshotAsync(unit, "issue4-03-unit-desk");
        await unit.GotoAsync($"/Unit/Suggestions/Details/{suggestionId}");
        await ClickAndWaitForNextPageAsync(unit, unit.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "签收", Exact = true }));
        await ExpectNoErrorAsync(unit);
        await unit.GetByLabel("阶段", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync("Before");
        await unit.GetByLabel("联系日期", new PageGetByLabelOptions { Exact = true }).FillAsync("2026-03-02");
        await unit.GetByLabel("方式", new PageGetByLabelOptions { Exact = true }).SelectOptionAsync("InPerson");
        await unit.GetByLabel("联系情况", new PageGetByLabelOptions { Exact = true }).FillAsync("到幸福小区与李建国代表面谈，了解加装电梯的难点。");
        await ClickAndWaitForNextPageAsync(unit, unit.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登记", Exact = true }));
        await ExpectNoErrorAsync(unit);
        await ReplyAsync(unit, suggestionId, "经研究，幸福小区已列入今年加装电梯计划，审批时间压缩至10个工作日。");
        await ScreenshotAsync(unit, "issue4-04-unit-replied");

        // Staff see the reply waiting for review on the suggestion and approve it for publication.
        await staff.GotoAsync($"/Staff/Suggestions/Details/{suggestionId}");
        (await staff.Locator("main").InnerTextAsync()).Should().Contain("等待代表工作机构审核");
        await ScreenshotAsync(staff, "issue4-04b-staff-review");
        await ReviewAsync(staff, suggestionId);

        // The deputy is not satisfied.
        var deputy = await NewPageAsync(1280, 800);
        await SignInAsync(deputy, "deputy-li");
        await deputy.GotoAsync("/Deputy/Suggestions");
        (await deputy.Locator("main").InnerTextAsync()).Should().Contain(Title).And.Contain("待评价");
        await RateAsync(deputy, suggestionId, "不满意", "答复没有说明开工时间，希望给出具体时间表。");
        (await deputy.Locator("main").InnerTextAsync()).Should().Contain("重新办理");
        await ScreenshotAsync(deputy, "issue4-05-deputy-unsatisfied");

        // The unit sees why and replies again in a second round.
        await unit.GotoAsync($"/Unit/Suggestions/Details/{suggestionId}");
        (await unit.Locator("main").InnerTextAsync()).Should().Contain("希望给出具体时间表");
        await ReplyAsync(unit, suggestionId, "经重新研究，幸福小区电梯将于5月开工、9月底投入使用，审批已于3月完成。");
        await ScreenshotAsync(unit, "issue4-06-unit-second-reply");
        await ReviewAsync(staff, suggestionId);

        // The deputy is satisfied this time; both rounds stay on the page.
        await RateAsync(deputy, suggestionId, "满意", "时间表明确，感谢。");
        var deputyView = await deputy.Locator("main").InnerTextAsync();
        deputyView.Should().Contain("不满意").And.Contain("满意").And.Contain("5月开工");
        await ScreenshotAsync(deputy, "issue4-07-deputy-satisfied");

        // Staff close it; the timeline shows every step with who did it.
        await staff.GotoAsync($"/Staff/Suggestions/Details/{suggestionId}");
        await ClickAndWaitForNextPageAsync(staff, staff.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "办结", Exact = true }));
        await ExpectNoErrorAsync(staff);
        var staffView = await staff.Locator("main").InnerTextAsync();
        staffView.Should().Contain("已办结").And.Contain("住建局联络员 张敏").And.Contain("李建国").And.Contain("重新办理");
        await ScreenshotAsync(staff, "issue4-08-staff-closed");

        // A citizen reads the published reply.
        var citizen = await NewPageAsync(1280, 800);
        await citizen.GotoAsync("/Suggestions");
        await ClickAndWaitForNextPageAsync(citizen, citizen.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = Title }));
        var publicView = await citizen.Locator("main").InnerTextAsync();
        publicView.Should().Contain("李建国").And.Contain("示例市住房和城乡建设局").And.Contain("5月开工");
        publicView.Should().NotContain("希望给出具体时间表", "the deputy's rating comments are not published");
        await ScreenshotAsync(citizen, "issue4-09-public-reply");
        var phone = await NewPageAsync(390, 844);
        await phone.GotoAsync(citizen.Url);
        await ScreenshotAsync(phone, "issue4-10-public-reply-phone");

        SeriousConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Staff_statistics_draw_their_charts_without_console_errors()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await Data.SuggestionAsync(world);
        await Data.AssignedSuggestionAsync(suggestion.Id, world.Unit.Id);
        await SignInAsync(Page, await UserForRoleAsync(PortalRole.Staff));

        await Page.GotoAsync("/Staff/Suggestions/Stats?by=Unit");

        (await Page.Locator("#stats").InnerTextAsync()).Should().Contain("示例市住房和城乡建设局");
        (await Page.EvaluateAsync<bool>("() => typeof Chart !== 'undefined' && Chart.getChart('class-chart') !== undefined")).Should().BeTrue();
        await ScreenshotAsync(Page, "issue4-11-staff-statistics");
        SeriousConsoleErrors.Should().BeEmpty();
    }
}
