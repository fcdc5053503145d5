using AngleSharp.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;

// Not "…Pages.Deputy": a namespace of that name would hide the Deputy entity type from every test namespace beside it.
namespace CongressPortal.Web.Tests.Pages.DeputyDesk;

public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    private static IElement Section(IDocument page, string id) => page.QuerySelector($"#{id}")!.ParentElement!;

    /// <summary>Me and a colleague; station A has both of us, station B only the colleague.</summary>
    private async Task<(int Me, int Colleague, int StationA, int StationB)> SeedAsync()
    {
        var me = await Data.MunicipalDeputyAsync("王建华", "16001");
        var colleague = await Data.MunicipalDeputyAsync("李明", "16002");
        var district = await Data.DistrictAsync();
        var areaA = await Data.SubdistrictAsync(district.Id, "青山路街道");
        var areaB = await Data.SubdistrictAsync(district.Id, "钢城街道", 2);
        var a = await Data.StationAsync(areaA.Id, "青山路街道人大代表联络站", "青山区人民路88号", (me.Id, StationRole.DeputyHead), (colleague.Id, StationRole.Member));
        var b = await Data.StationAsync(areaB.Id, "钢城街道人大代表联络站", "青山区钢铁大街12号", (colleague.Id, StationRole.Head));
        return (me.Id, colleague.Id, a.Id, b.Id);
    }

    [Fact]
    public async Task The_desk_shows_only_the_deputys_own_stations_receptions_and_issues()
    {
        var (me, colleague, a, b) = await SeedAsync();
        await Data.ReceptionAsync(a, new DateOnly(2026, 2, 2), [me, colleague],
            new TestData.VisitorIssue("张三", "13700001111", "小区路灯损坏", HandlingPath.ReferredToSubdistrict, me));
        await Data.ReceptionAsync(a, new DateOnly(2026, 2, 9), [colleague],
            new TestData.VisitorIssue("李四", "13700002222", "菜市场摊位安置", HandlingPath.ReferredToSubdistrict, colleague));
        await Data.ReceptionAsync(b, new DateOnly(2026, 2, 10), [colleague],
            new TestData.VisitorIssue("王五", "13700003333", "农田灌溉渠漏水", HandlingPath.ReferredToDistrictDepartment, colleague));

        using var client = await SignedInClientAsync(PortalRole.Deputy, deputyId: me);
        var page = await client.GetDocumentAsync("/Deputy");

        var stations = Section(page, "stations");
        stations.TextContent.Should().Contain("青山路街道人大代表联络站").And.Contain("青山区人民路88号").And.Contain("工作日 9:00—12:00").And.Contain("您的身份：副站长");
        stations.TextContent.Should().NotContain("钢城街道人大代表联络站");
        var receptions = Section(page, "receptions").QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        receptions.Should().ContainSingle().Which.Should().Contain("2026年2月2日").And.Contain("1 人");
        var issues = Section(page, "issues");
        issues.TextContent.Should().Contain("小区路灯损坏").And.NotContain("菜市场摊位安置").And.NotContain("农田灌溉渠漏水");
        page.QuerySelector("main")!.TextContent.Should().NotContain("张三", "the desk lists matters, not visitors");
        page.Source.Text.Should().NotContain(TestData.PrivateSample.Mobile!).And.NotContain("13700001111").And.NotContain(TestData.PrivateSample.HomeAddress!);
    }

    [Fact]
    public async Task Only_issues_passed_on_and_not_yet_fed_back_wait_for_the_deputy()
    {
        var (me, colleague, a, _) = await SeedAsync();
        await Data.ReceptionAsync(a, new DateOnly(2026, 2, 2), [me, colleague],
            new TestData.VisitorIssue("甲", null, "当场答复的事项", HandlingPath.AnsweredOnSpot, me),
            new TestData.VisitorIssue("乙", null, "不予受理的诉讼事项", HandlingPath.NotAcceptedInformed, me),
            new TestData.VisitorIssue("丙", null, "已反馈的转办事项", HandlingPath.ReferredToSubdistrict, me, Feedback: "已解决"),
            new TestData.VisitorIssue("丁", null, "等待反馈的转办事项", HandlingPath.ReferredToDistrictDepartment, me),
            new TestData.VisitorIssue("戊", null, "转为建议的事项", HandlingPath.TurnedIntoSuggestion, me),
            new TestData.VisitorIssue("己", null, "同事跟进的事项", HandlingPath.ReferredToSubdistrict, colleague));

        using var client = await SignedInClientAsync(PortalRole.Deputy, deputyId: me);
        var page = await client.GetDocumentAsync("/Deputy");

        var rows = Section(page, "issues").QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rows.Should().HaveCount(2);
        rows.Should().ContainSingle(r => r.Contains("等待反馈的转办事项") && r.Contains("转区级部门"));
        rows.Should().ContainSingle(r => r.Contains("转为建议的事项") && r.Contains("转为代表建议"));
        page.QuerySelector("#issues")!.TextContent.Should().Contain("（2 件）");
    }

    [Fact]
    public async Task Next_duty_days_are_the_reception_days_the_rotation_gives_the_deputy()
    {
        var (me, colleague, a, _) = await SeedAsync();
        // Thursdays from 5 March; one deputy a day, colleague first: colleague 3/5, me 3/12, colleague 3/19, me 3/26 …
        await Data.ScheduleAsync(a, new ScheduleRule(RecurrenceKind.Weekly, new TimeOnly(9, 0), new TimeOnly(11, 0), new DateOnly(2026, 3, 5),
            Weekday: DayOfWeek.Thursday), colleague, me);

        using var client = await SignedInClientAsync(PortalRole.Deputy, deputyId: me);
        var page = await client.GetDocumentAsync("/Deputy");

        var days = Section(page, "duties").QuerySelectorAll("tbody tr th").Select(th => th.TextContent.Trim()).ToList();
        days.Should().HaveCount(5);
        days.Take(3).Should().Equal("2026年3月12日（周四）", "2026年3月26日（周四）", "2026年4月9日（周四）");
        days.Should().NotContain("2026年3月5日（周四）");
    }

    [Fact]
    public async Task The_desk_shows_the_deputys_performance_record_for_the_term()
    {
        var (me, colleague, a, _) = await SeedAsync();
        await Data.PerformanceEventAsync(PerformanceEventKind.Training, new DateOnly(2025, 3, 10), me);
        await Data.PerformanceEventAsync(PerformanceEventKind.Training, new DateOnly(2025, 9, 10), me, colleague);
        await Data.PerformanceEventAsync(PerformanceEventKind.Inspection, new DateOnly(2025, 9, 19), colleague);
        await Data.ReceptionAsync(a, new DateOnly(2026, 2, 2), [me]);

        using var client = await SignedInClientAsync(PortalRole.Deputy, deputyId: me);
        var page = await client.GetDocumentAsync("/Deputy");

        int Figure(string label) => int.Parse(page.QuerySelectorAll(".record-figure").Single(f => f.QuerySelector("dt")!.TextContent == label)
            .QuerySelector(".record-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Figure("参加培训").Should().Be(2);
        Figure("参加视察、执法检查").Should().Be(0);
        Figure("在联络站接待群众").Should().Be(1);
    }
}
