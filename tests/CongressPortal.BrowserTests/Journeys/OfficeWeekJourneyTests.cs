using System.Globalization;
using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Notifications;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// Issue 15 in a real browser, the suggestion office's week: the 交办会 assigns 30 accepted suggestions with the units the
/// portal proposes from where earlier ones went; the housing bureau downloads its 交办通知 and a reply-letter template;
/// staff send a 催办 that reaches the unit's messages; the unit replies; the deputy gets the rating reminder before the
/// window closes and rates. Each person works in a browser of their own; the app's clock starts at Monday 2026-03-02 09:00.
/// </summary>
public sealed class OfficeWeekJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly DateOnly Meeting = new(2026, 2, 27); // the Friday before

    /// <summary>What the text of a suggestion on the subject says besides its title, as real texts do.</summary>
    private static readonly Dictionary<string, string> Context = new()
    {
        ["lift"] = "老旧小区多层住宅没有电梯，老年住户上下楼困难，加装电梯审批环节多、资金筹措难。",
        ["bus"] = "市民反映公交线路覆盖不足、公交班次间隔长，乘坐公交出行不便。",
        ["school"] = "新城区入学人数增长快，中小学学位供给不足，学校办学条件有待改善。",
    };

    private static readonly (string Subject, string[] Titles)[] Subjects =
    [
        ("lift", ["关于推进既有住宅加装电梯的建议", "关于简化老旧小区加装电梯审批的建议", "关于提高加装电梯财政补贴的建议", "关于加装电梯维护保养责任的建议",
            "关于老旧小区改造同步加装电梯的建议", "关于加装电梯低层住户补偿的建议", "关于加快城区老旧小区加装电梯的建议", "关于加装电梯公积金提取的建议",
            "关于加装电梯规划审批一窗受理的建议", "关于加装电梯施工安全监管的建议"]),
        ("bus", ["关于增开夜间公交线路的建议", "关于优化新城区公交线路的建议", "关于公交站台加装候车亭的建议", "关于增加火车站周边公交班次的建议",
            "关于公交线路延伸至工业园区的建议", "关于完善公交实时到站信息的建议", "关于开通医院公交专线的建议", "关于调整公交首末班时间的建议",
            "关于增设城乡公交站点的建议", "关于公交车无障碍改造的建议"]),
        ("school", ["关于增加新城区中小学学位的建议", "关于新建城北小学的建议", "关于缓解中小学学位紧张的建议", "关于扩建第三中学校舍的建议",
            "关于新区配套建设中小学的建议", "关于改善乡村学校办学条件的建议", "关于增加公办幼儿园学位的建议", "关于中小学课后服务的建议",
            "关于学校食堂提质改造的建议", "关于加强中小学心理健康教育的建议"]),
    ];

    private sealed record Scene(TestData.SuggestionWorld World, HandlingUnit Education, IReadOnlyDictionary<string, int> UnitOf, IReadOnlyList<Suggestion> Waiting);

    /// <summary>
    /// The 2025 session's suggestions went by subject (lifts to 住建局, buses to 交通运输局, schools to 教育局); this session has
    /// 30 accepted suggestions on the same subjects waiting for the 交办会.
    /// </summary>
    private async Task<Scene> SceneAsync()
    {
        var world = await Data.SuggestionWorldAsync();
        var education = await Data.UnitAsync("示例市教育局");
        var unitOf = new Dictionary<string, int> { ["lift"] = world.Unit.Id, ["bus"] = world.OtherUnit.Id, ["school"] = education.Id };
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var earlierSession = CongressSession.Create(world.Session.TermId, 4, new DateOnly(2025, 1, 10), new DateOnly(2025, 1, 13));
        db.Sessions.Add(earlierSession);
        await db.SaveChangesAsync();
        var registrar = scope.ServiceProvider.GetRequiredService<SuggestionRegistrar>();
        var earlierDrafts = Subjects.SelectMany(s => s.Titles.Take(3).Select(t => (s.Subject, Draft: new SuggestionDraft(SuggestionSource.DuringSession,
            earlierSession.Id, 2025, world.Lead.Id, [], t.Replace("建议", "意见", StringComparison.Ordinal), Context[s.Subject] + "群众反映强烈。", world.Category.Id, new DateOnly(2025, 1, 11))))).ToList();
        var earlier = await registrar.RegisterAsync([.. earlierDrafts.Select(d => d.Draft)], Actor.Staff("测试工作人员"), null, null, default);
        earlier.IsSuccess.Should().BeTrue(earlier.Error);
        foreach (var (suggestion, subject) in earlier.Value!.Zip(earlierDrafts.Select(d => d.Subject)))
        {
            await Data.ActAsync(suggestion.Id, (s, rules, now) =>
            {
                s.Accept(Actor.Staff("测试工作人员"), now);
                s.Assign(HandlingMode.Split, [unitOf[subject]], null, Actor.Staff("测试工作人员"), now, rules, confirmed: true);
            });
        }
        var drafts = Subjects.SelectMany(s => s.Titles.Select(t => new SuggestionDraft(SuggestionSource.DuringSession, world.Session.Id, 2026, world.Lead.Id, [],
            t, Context[s.Subject] + "建议有关部门研究解决。", world.Category.Id, new DateOnly(2026, 1, 12)))).ToList();
        var registered = await registrar.RegisterAsync(drafts, Actor.Staff("测试工作人员"), null, null, default);
        registered.IsSuccess.Should().BeTrue(registered.Error);
        foreach (var suggestion in registered.Value!)
            await Data.ActAsync(suggestion.Id, (s, _, now) => s.Accept(Actor.Staff("测试工作人员"), now));
        return new Scene(world, education, unitOf, registered.Value!);
    }

    private static async Task ExpectNoErrorAsync(IPage page)
    {
        var alerts = page.Locator(".alert-danger:visible, .field-validation-error:visible, .validation-summary-errors:visible");
        (await alerts.AllInnerTextsAsync()).Where(t => !string.IsNullOrWhiteSpace(t)).Should().BeEmpty("the step should succeed on {0}", page.Url);
    }

    private static async Task<WordFile> DownloadWordAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        download.SuggestedFilename.Should().EndWith(".docx");
        return WordFile.Read(await File.ReadAllBytesAsync(path), download.SuggestedFilename);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_office_assigns_thirty_at_the_meeting_the_unit_gets_its_paperwork_and_reminders_reach_unit_and_deputy()
    {
        var scene = await SceneAsync();
        await CreateUserAsync("staff-wang", [PortalRole.Staff], displayName: "代表工作室 王晓燕");
        await CreateUserAsync("unit-zhang", [PortalRole.HandlingUnit], unitId: scene.World.Unit.Id, displayName: "住建局联络员 张敏");
        await CreateUserAsync("deputy-li", [PortalRole.Deputy], deputyId: scene.World.Lead.Id, displayName: "李建国");
        var subjectOf = Subjects.SelectMany(s => s.Titles.Select(t => (t, s.Subject))).ToDictionary(x => x.t, x => x.Subject);

        // The 交办会: 30 rows, each with a proposed unit and its reasons; the first proposal is where the subject went before.
        var staff = Page;
        await SignInAsync(staff, "staff-wang");
        await staff.GotoAsync("/Staff/Suggestions/Assign");
        (await staff.Locator("#batch-rows tbody tr").CountAsync()).Should().Be(30);
        (await staff.Locator("#batch-count").InnerTextAsync()).Should().Contain("共 30 件");
        foreach (var s in scene.Waiting)
        {
            (await staff.Locator($"#unit-{s.Id}").InputValueAsync()).Should().Be(Id(scene.UnitOf[subjectOf[s.Title]]), "{0} should be proposed to its subject's unit", s.Title);
            (await staff.Locator($"#select-{s.Id}").IsCheckedAsync()).Should().BeTrue();
        }
        var firstRow = staff.Locator($"#row-{scene.Waiting[0].Id}");
        await firstRow.Locator("details summary").First.ClickAsync();
        (await firstRow.Locator(".batch-proposals").InnerTextAsync()).Should().Contain("相似建议").And.Contain("交该单位办理");
        await ScreenshotAsync(staff, "issue15-01-meeting-proposals");

        // Staff change one row by hand (a school matter to the housing bureau as well, as co-unit) and enter the meeting's date.
        await staff.Locator("#MeetingOn").FillAsync(Meeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        // Keyboard: Tab walks through the date's year, month and day, and the next stop is the button that assigns the batch.
        await staff.Locator("#MeetingOn").FocusAsync();
        for (var i = 0; i < 4 && await staff.EvaluateAsync<string>("() => document.activeElement.id") == "MeetingOn"; i++)
            await staff.Keyboard.PressAsync("Tab");
        (await staff.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("batch-submit");
        await staff.SetViewportSizeAsync(375, 800);
        await ScreenshotAsync(staff, "issue15-02-meeting-phone");
        (await staff.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue("the page itself must not scroll sideways at 375 px; the table scrolls in its own region");
        await staff.SetViewportSizeAsync(1280, 800);
        await ClickAndWaitForNextPageAsync(staff, staff.Locator("#batch-submit"));
        await ExpectNoErrorAsync(staff);
        (await staff.Locator("#batch-done").InnerTextAsync()).Should().Contain("已交办30件").And.Contain("2026年2月27日");
        (await staff.Locator("#batch-empty").InnerTextAsync()).Should().Contain("没有等待交办的建议");
        await ScreenshotAsync(staff, "issue15-03-meeting-done");

        // The housing bureau downloads its 交办通知 (only its ten) and a reply template pre-filled for one of them.
        var lifts = scene.Waiting.Where(s => subjectOf[s.Title] == "lift").ToList();
        var lift = lifts[0];
        var unit = await NewPageAsync(1280, 800);
        await SignInAsync(unit, "unit-zhang");
        await unit.GotoAsync($"/Unit/Suggestions/Details/{lift.Id}");
        var notice = await DownloadWordAsync(unit, unit.Locator("#notice-link"));
        foreach (var s in lifts) notice.Text.Should().Contain(s.Number!);
        foreach (var s in scene.Waiting.Where(s => subjectOf[s.Title] != "lift")) notice.Text.Should().NotContain(s.Title);
        notice.Text.Should().Contain("示例市住房和城乡建设局");
        var template = await DownloadWordAsync(unit, unit.Locator("#reply-template-link"));
        template.Text.Should().Contain(lift.Number!).And.Contain(lift.Title).And.Contain("李建国").And.Contain("签发人");
        await ScreenshotAsync(unit, "issue15-04-unit-paperwork");

        // Staff urge the unit (催办); the message reaches the unit's header count and its message list.
        int assignmentId;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            assignmentId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Suggestions.Where(s => s.Id == lift.Id)
                .SelectMany(s => s.Assignments).Select(a => a.Id).SingleAsync();
        }
        await staff.GotoAsync($"/Staff/Suggestions/Details/{lift.Id}");
        await staff.Locator($"#remind-message-{assignmentId}").FillAsync("请尽快与领衔代表见面，并于本月底前报送办理方案。");
        await ClickAndWaitForNextPageAsync(staff, staff.Locator($"#form-remind-{assignmentId} button[type=submit]"));
        await ExpectNoErrorAsync(staff);
        (await staff.Locator("main").InnerTextAsync()).Should().Contain("已催办");
        await unit.GotoAsync("/Unit");
        (await unit.Locator("header").InnerTextAsync()).Should().Contain("消息");
        await unit.GotoAsync("/Notifications");
        var unitMessages = await unit.Locator("#notifications").InnerTextAsync();
        unitMessages.Should().Contain("催办").And.Contain("本月底前报送办理方案");
        await ScreenshotAsync(unit, "issue15-05-unit-reminded");

        // The unit signs, replies with its letter; staff review and publish the reply.
        await unit.GotoAsync($"/Unit/Suggestions/Details/{lift.Id}");
        await ClickAndWaitForNextPageAsync(unit, unit.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "签收", Exact = true }));
        await ExpectNoErrorAsync(unit);
        await unit.Locator("#reply-classification-A").CheckAsync();
        await unit.GetByLabel("答复内容", new PageGetByLabelOptions { Exact = true }).FillAsync("经研究，已将该小区列入今年加装电梯计划，审批时间压缩至10个工作日。");
        await unit.GetByLabel("签发人", new PageGetByLabelOptions { Exact = true }).FillAsync("张建华");
        await unit.GetByLabel("同意公开答复内容", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await unit.Locator("#Reply_Letter").SetInputFilesAsync(new FilePayload { Name = "答复函.pdf", MimeType = "application/pdf", Buffer = TestData.LetterPdf });
        await ClickAndWaitForNextPageAsync(unit, unit.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交答复", Exact = true }));
        await ExpectNoErrorAsync(unit);
        await staff.GotoAsync($"/Staff/Suggestions/Details/{lift.Id}");
        await ClickAndWaitForNextPageAsync(staff, staff.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "审核通过并公开", Exact = true }));
        await ExpectNoErrorAsync(staff);

        // Days later, near the end of the rating window, the reminder scan writes the deputy's rating reminder.
        DateOnly ratingDue;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            ratingDue = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Suggestions.Where(s => s.Id == lift.Id)
                .SelectMany(s => s.Assignments).SelectMany(a => a.Replies).Select(r => r.RatingDueOn).SingleAsync();
        }
        App.Clock.Set(new DateTimeOffset(ratingDue.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<ReminderScan>().RunAsync(default)).Should().BeGreaterThan(0);
        }

        // The deputy sees the reminder, follows it with the keyboard alone and rates.
        var deputy = await NewPageAsync(1280, 800);
        await SignInAsync(deputy, "deputy-li");
        await deputy.GotoAsync("/Notifications");
        var reminder = deputy.Locator("#notifications li[data-kind='RatingReminder'] h2 a");
        (await reminder.CountAsync()).Should().Be(1);
        (await reminder.InnerTextAsync()).Should().Contain("请于").And.Contain("评价").And.Contain(lift.Number!);
        (await deputy.Locator("#notifications").InnerTextAsync()).Should().Contain("逾期未评价的，该件不计入满意率");
        await ScreenshotAsync(deputy, "issue15-06-deputy-reminder");
        await reminder.FocusAsync();
        await deputy.EvaluateAsync("() => { window.portalPreviousPage = true; }");
        await deputy.Keyboard.PressAsync("Enter");
        await deputy.WaitForFunctionAsync("() => window.portalPreviousPage === undefined && document.readyState === 'complete'");
        new Uri(deputy.Url).AbsolutePath.Should().Be($"/Deputy/Suggestions/Details/{lift.Id}");
        await deputy.GetByLabel("满意", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await deputy.GetByLabel("评价意见", new PageGetByLabelOptions { Exact = true }).FillAsync("审批时间大幅压缩，感谢。");
        await ClickAndWaitForNextPageAsync(deputy, deputy.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交评价", Exact = true }));
        await ExpectNoErrorAsync(deputy);
        (await deputy.Locator("main").InnerTextAsync()).Should().Contain("满意");
        await ScreenshotAsync(deputy, "issue15-07-deputy-rated");
        var phone = await NewPageAsync(375, 800);
        await SignInAsync(phone, "deputy-li");
        await phone.GotoAsync("/Notifications");
        await ScreenshotAsync(phone, "issue15-08-deputy-messages-phone");
        (await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue();

        // The timeline keeps the 催办 and the rating reminder with the server's times (weeks later: staff sign in again).
        await SignInAsync(staff, "staff-wang");
        await staff.GotoAsync($"/Staff/Suggestions/Details/{lift.Id}");
        var timeline = await staff.Locator("main").InnerTextAsync();
        timeline.Should().Contain("本月底前报送办理方案").And.Contain("请于");
        await ScreenshotAsync(staff, "issue15-09-staff-timeline");

        SeriousConsoleErrors.Should().BeEmpty();
    }
}
