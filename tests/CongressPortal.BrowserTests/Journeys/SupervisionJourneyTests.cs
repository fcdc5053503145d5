using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// Issue 12 in a real browser: staff draft the year's supervision plan and add a topic, adopt and publish the plan; after
/// the meeting they write the 审议意见 with a 问题清单 and send it; the reporting body files its 研究处理情况报告 (refused
/// while one problem lacks its evidence, nothing typed lost); a 满意度测评 below the threshold sends it back; the second
/// report (filed on a phone) is accepted; staff close both problems (销号, refused without evidence) and publish; a citizen
/// sees the topic closed with its progress bar full. The app's clock moves through 2026 as the loop does.
/// </summary>
public sealed class SupervisionJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string TopicTitle = "听取审议市政府关于老旧小区改造工作情况的报告";

    [Fact]
    public async Task Staff_plan_and_send_the_body_reports_twice_staff_close_the_problems_and_the_public_sees_the_loop_closed()
    {
        App.Clock.Set(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var unit = await Data.UnitAsync("示例市住房和城乡建设局");
        await Data.CommitteeAsync("城乡建设环境保护委员会");
        await Data.MeetingAsync(24);
        await CreateUserAsync("staff-jd", [PortalRole.Staff], displayName: "监督处 刘洋");
        await CreateUserAsync("unit-zj", [PortalRole.HandlingUnit], unitId: unit.Id, displayName: "住建局 王承办");

        // Staff draft the plan, add the topic, adopt and publish.
        await SignInAsync(Page, "staff-jd");
        await Page.GotoAsync("/Staff/Supervision?year=2026");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#create-plan-link"));
        await Page.Locator("#Input_Title").FillAsync("示例市人大常委会2026年度监督工作计划");
        await Page.Locator("#Input_Summary").FillAsync("围绕城市更新和民生实事，听取审议专项工作报告，开展执法检查和专题询问。");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "起草计划" }));
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#add-topic-link"));
        await Page.Locator("#Input_Title").FillAsync(TopicTitle);
        await Page.Locator("#Input_Form").SelectOptionAsync(new SelectOptionValue { Label = "听取审议专项工作报告" });
        await Page.Locator("#Input_ReportingUnitId").SelectOptionAsync(new SelectOptionValue { Label = "示例市住房和城乡建设局" });
        await Page.Locator("#Input_CommitteeId").SelectOptionAsync(new SelectOptionValue { Label = "城乡建设环境保护委员会" });
        await Page.Locator("#Input_Summary").FillAsync("2025年代表建议中有27件涉及老旧小区改造和加装电梯，群众反映集中。");
        await ScreenshotAsync(Page, "issue12-01-staff-adds-topic");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "新增议题" }));
        var topicUrl = Page.Url;
        (await Page.Locator("#topic-status").InnerTextAsync()).Should().Contain("计划中");

        await Page.GotoAsync("/Staff/Supervision?year=2026");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#plan-link"));
        await Page.Locator("#Adopt_AdoptedOn").FillAsync("2026-02-27");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登记通过" }));
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "公布计划" }));
        (await Page.Locator("#plan-status").InnerTextAsync()).Should().Contain("已公布");
        await ScreenshotAsync(Page, "issue12-02-plan-published");

        // The meeting hears it on 25 June; staff write the opinions and two problems and send them.
        // (Months pass between the steps: each person signs in again, as the session cookie has long expired.)
        App.Clock.Set(new DateTimeOffset(2026, 6, 25, 8, 0, 0, TimeSpan.Zero));
        await SignInAsync(Page, "staff-jd");
        await Page.GotoAsync(topicUrl);
        await Page.Locator("#Deliberation_HeardOn").FillAsync("2026-06-25");
        await Page.Locator("#Deliberation_ReportText").FillAsync("市住房和城乡建设局局长受市人民政府委托作报告：全市已改造老旧小区312个，加装电梯640部。");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登记审议" }));
        await Page.Locator("#Opinions_OpinionsText").FillAsync("常委会组成人员认为，老旧小区改造工作取得明显成效，但仍存在改造标准不统一、后续管理缺位等问题，建议市人民政府认真研究处理。");
        await Page.Locator("#Opinions_Problems_0__Text").FillAsync("部分改造项目质量验收不严，居民反映屋面渗漏");
        await Page.Locator("#Opinions_Problems_1__Text").FillAsync("改造后小区物业管理长效机制尚未建立");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "保存审议意见和问题清单" }));
        (await Page.Locator("#form-assign").InnerTextAsync()).Should().Contain("2026年9月28日", "three months from today's 交办 is Friday 25 September, the Mid-Autumn Festival: the next working day");
        await ScreenshotAsync(Page, "issue12-03-opinions-and-problems");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确认交办" }));
        (await Page.Locator("#topic-status").InnerTextAsync()).Should().Contain("已交办");

        // The body files its report in August: one problem without evidence is refused as a whole, nothing typed is lost.
        App.Clock.Set(new DateTimeOffset(2026, 8, 20, 2, 0, 0, TimeSpan.Zero));
        var body = await NewPageAsync(1280, 900);
        await SignInAsync(body, "unit-zj");
        await body.GotoAsync("/Unit/Supervision");
        await ScreenshotAsync(body, "issue12-04-body-desk");
        await ClickAndWaitForNextPageAsync(body, body.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = TopicTitle }).First);
        const string Report = "市人民政府高度重视，逐项研究审议意见，制定了整改方案。";
        await body.Locator("#report-text").FillAsync(Report);
        await body.Locator("#entry-1-progress").SelectOptionAsync(new SelectOptionValue { Label = "已整改" });
        await body.Locator("#entry-1-evidence").FillAsync("对312个项目开展质量复查，完成屋面返修46处。");
        await body.Locator("#entry-2-progress").SelectOptionAsync(new SelectOptionValue { Label = "正在整改" });
        await ClickAndWaitForNextPageAsync(body, body.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "报送研究处理情况报告" }));
        (await body.Locator("#entry-2").InnerTextAsync()).Should().Contain("第2个问题：请填写整改措施和佐证");
        (await body.Locator("#report-text").InputValueAsync()).Should().Be(Report, "nothing typed is lost");
        (await body.Locator("#entry-1-evidence").InputValueAsync()).Should().Be("对312个项目开展质量复查，完成屋面返修46处。");
        await ScreenshotAsync(body, "issue12-05-report-refused-missing-evidence");
        await body.Locator("#entry-2-evidence").FillAsync("已印发物业管理指导意见，12个街道试点。");
        await ClickAndWaitForNextPageAsync(body, body.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "报送研究处理情况报告" }));
        (await body.Locator("#topic-status").InnerTextAsync()).Should().Contain("已报告");

        // The 测评: 9 satisfied, 8 basically, 21 not → back to the body, due two months on.
        App.Clock.Set(new DateTimeOffset(2026, 8, 27, 2, 0, 0, TimeSpan.Zero));
        await SignInAsync(Page, "staff-jd");
        await Page.GotoAsync(topicUrl);
        await Page.Locator("#Evaluate_EvaluatedOn").FillAsync("2026-08-27");
        await Page.Locator("#Evaluate_Evaluation").FillAsync("常委会第二十五次会议对研究处理情况进行满意度测评，未达到满意标准，请继续整改并重新报告。");
        await Page.Locator("#Evaluate_Satisfied").FillAsync("9");
        await Page.Locator("#Evaluate_BasicallySatisfied").FillAsync("8");
        await Page.Locator("#Evaluate_Unsatisfied").FillAsync("21");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登记评价" }));
        (await Page.Locator("#topic-status").InnerTextAsync()).Should().Contain("不满意");
        (await Page.Locator("#report-due").InnerTextAsync()).Should().Contain("2026年10月27日");
        await ScreenshotAsync(Page, "issue12-06-unsatisfied-rework");

        // The second report, filed on a phone.
        App.Clock.Set(new DateTimeOffset(2026, 10, 15, 2, 0, 0, TimeSpan.Zero));
        var phone = await NewPageAsync(375, 812);
        await SignInAsync(phone, "unit-zj");
        await phone.GotoAsync("/Unit/Supervision");
        await ClickAndWaitForNextPageAsync(phone, phone.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = TopicTitle }).First);
        await phone.Locator("#report-text").FillAsync("针对测评意见再次整改：建立改造项目终身责任制，物业管理实现全覆盖。");
        await phone.Locator("#entry-1-progress").SelectOptionAsync(new SelectOptionValue { Label = "已整改" });
        await phone.Locator("#entry-1-evidence").FillAsync("返修全部完成并经第三方验收。");
        await phone.Locator("#entry-2-progress").SelectOptionAsync(new SelectOptionValue { Label = "已整改" });
        await phone.Locator("#entry-2-evidence").FillAsync("改造小区物业服务覆盖率100%。");
        await ScreenshotAsync(phone, "issue12-07-second-report-phone");
        (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(375, "nothing runs off a phone screen");
        await ClickAndWaitForNextPageAsync(phone, phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "报送研究处理情况报告" }));
        (await phone.Locator("#topic-status").InnerTextAsync()).Should().Contain("已报告");

        // Accepted; both problems closed (销号 without evidence refused first); published.
        App.Clock.Set(new DateTimeOffset(2026, 10, 22, 2, 0, 0, TimeSpan.Zero));
        await SignInAsync(Page, "staff-jd");
        await Page.GotoAsync(topicUrl);
        await Page.Locator("#Evaluate_EvaluatedOn").FillAsync("2026-10-22");
        await Page.Locator("#Evaluate_Evaluation").FillAsync("再次测评达到满意标准。");
        await Page.Locator("#Evaluate_Satisfied").FillAsync("30");
        await Page.Locator("#Evaluate_BasicallySatisfied").FillAsync("5");
        await Page.Locator("#Evaluate_Unsatisfied").FillAsync("2");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登记评价" }));
        (await Page.Locator("#topic-status").InnerTextAsync()).Should().Contain("跟踪整改");
        await Page.Locator("#Close_RectifiedOn_1").FillAsync("2026-10-10");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#form-close-1").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "销号" }));
        (await Page.Locator("#problem-1").InnerTextAsync()).Should().Contain("销号须填写整改完成的佐证材料说明");
        await ScreenshotAsync(Page, "issue12-08-close-refused-without-evidence");
        await Page.Locator("#Close_Evidence_1").FillAsync("第三方验收报告（2026年10月10日）。");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#form-close-1").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "销号" }));
        await Page.Locator("#Close_RectifiedOn_2").FillAsync("2026-10-12");
        await Page.Locator("#Close_Evidence_2").FillAsync("物业管理覆盖情况统计表。");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#form-close-2").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "销号" }));
        (await Page.Locator("#topic-status").InnerTextAsync()).Should().Contain("已办结");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#form-publish").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "公开" }));
        await ScreenshotAsync(Page, "issue12-09-staff-topic-closed");

        // A citizen sees the loop closed.
        var citizen = await NewPageAsync(1280, 900);
        await citizen.GotoAsync("/Supervision?year=2026");
        (await citizen.Locator("main").InnerTextAsync()).Should().Contain("已销号 2 / 2").And.Contain("2026年6月25日审议", "a heard topic says when, not 待定");
        await ScreenshotAsync(citizen, "issue12-10-public-plan");

        // With the keyboard alone: Tab reaches the topic's link (past the navigation and the search), Enter opens it.
        var reached = false;
        for (var i = 0; i < 40 && !reached; i++)
        {
            await citizen.Keyboard.PressAsync("Tab");
            reached = await citizen.EvaluateAsync<bool>("t => document.activeElement?.textContent?.trim() === t", TopicTitle);
        }
        reached.Should().BeTrue("the topic's link can be reached with Tab");
        await ScreenshotAsync(citizen, "issue12-10b-public-plan-keyboard-focus");
        await Task.WhenAll(citizen.WaitForURLAsync("**/Supervision/Topic/**"), citizen.Keyboard.PressAsync("Enter"));
        var text = await citizen.Locator("main").InnerTextAsync();
        text.Should().Contain("审议意见").And.Contain("改造后小区物业管理长效机制尚未建立").And.Contain("不满意 21 票")
            .And.Contain("已销号（2026年10月22日，2026年10月10日整改完成）", "the public sees when the problem was put right as well as when it was closed");
        await ScreenshotAsync(citizen, "issue12-11-public-topic");
        var mobile = await NewPageAsync(375, 812);
        await mobile.GotoAsync(citizen.Url);
        await ScreenshotAsync(mobile, "issue12-12-public-topic-phone");
        (await mobile.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(375);
        SeriousConsoleErrors.Should().BeEmpty();
    }
}
