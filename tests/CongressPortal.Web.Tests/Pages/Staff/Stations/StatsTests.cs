using AngleSharp.Html.Dom;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;
using static CongressPortal.Web.Tests.Infrastructure.TestData;

namespace CongressPortal.Web.Tests.Pages.Staff.Stations;

public sealed class StatsTests(PortalAppFactory app) : StationTest(app)
{
    private const string Stats = "/Staff/Stations/Stats";

    /// <summary>接待次数, 接待群众, 反映事项, 当场答复, 转交办理, 转为代表建议, 不予受理, 已反馈 of one table row.</summary>
    private static int[] Figures(IHtmlDocument page, string rowSelector) =>
        page.QuerySelector(rowSelector)!.QuerySelectorAll("td").TakeLast(8).Select(td => int.Parse(td.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public async Task The_statistics_count_receptions_visitors_and_issues_per_station_and_in_total_for_the_range()
    {
        var li = await Data.DeputyAsync("李建国", "16001");
        var zhang = await Data.DeputyAsync("张红梅", "16002");
        var gangcheng = await StationWithAsync("钢城街道人大代表联络站", li.Id);
        var (kundulun, shaoxian) = await AreasAsync("昆都仑区", "少先路街道");
        var shaoxianStation = await Data.StationAsync(shaoxian.Id, "少先路街道人大代表联络站", (zhang.Id, StationRole.Head));
        var quiet = await Data.StationAsync(shaoxian.Id, "少先路代表之家", "少先路1号");
        var closed = await Data.StationAsync(shaoxian.Id, "已撤销的联络站", "少先路2号");
        await DbAsync(async db =>
        {
            (await db.Stations.FindAsync(closed.Id))!.SetActive(false);
            await db.SaveChangesAsync();
        });

        // Hand-counted fixture. 钢城 this year: 2 receptions, 5 visitors, 5 issues — 1 on the spot, 2 passed on
        // (街道 + 区级部门, one fed back), 1 turned into a suggestion, 1 not accepted. Plus one reception last December.
        await Data.ReceptionAsync(gangcheng.Id, new DateOnly(2026, 1, 10), [li.Id],
            new VisitorIssue("甲", "13800000001", "咨询政策"),
            new VisitorIssue("乙", "13800000002", "路灯不亮", HandlingPath.ReferredToSubdistrict, Feedback: "已修复"));
        await Data.ReceptionAsync(gangcheng.Id, new DateOnly(2026, 2, 20), [li.Id],
            new VisitorIssue("丙", null, "增开公交线路", HandlingPath.TurnedIntoSuggestion),
            new VisitorIssue("丁", null, "噪音扰民", HandlingPath.ReferredToDistrictDepartment),
            new VisitorIssue("戊", null, "正在诉讼的合同纠纷", HandlingPath.NotAcceptedInformed));
        await Data.ReceptionAsync(gangcheng.Id, new DateOnly(2025, 12, 20), [li.Id], new VisitorIssue("己", null, "去年的事项"));
        // 少先路 today: 1 reception, 2 visitors, 1 on the spot, 1 passed on to a district department and fed back.
        await Data.ReceptionAsync(shaoxianStation.Id, Today, [zhang.Id],
            new VisitorIssue("庚", null, "咨询医保"),
            new VisitorIssue("辛", null, "小区停车难", HandlingPath.ReferredToDistrictDepartment, Feedback: "已转区住建局"));
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(Stats);
        page.QuerySelector("#from")!.GetAttribute("value").Should().Be("2026-01-01", "the default range is this year so far");
        page.QuerySelector("#to")!.GetAttribute("value").Should().Be("2026-03-02");
        Figures(page, $"#stats-{gangcheng.Id}").Should().Equal(2, 5, 5, 1, 2, 1, 1, 1);
        Figures(page, $"#stats-{shaoxianStation.Id}").Should().Equal(1, 2, 2, 1, 1, 0, 0, 1);
        Figures(page, $"#stats-{quiet.Id}").Should().Equal(0, 0, 0, 0, 0, 0, 0, 0);
        page.QuerySelector($"#stats-{closed.Id}").Should().BeNull("a deactivated station with nothing in the range is left out");
        Figures(page, "#stats-sum").Should().Equal(3, 7, 7, 2, 3, 1, 1, 2);
        Text(page, "#stats-total").Should().Contain("接待群众").And.Contain("7");

        var withDecember = await staff.GetDocumentAsync($"{Stats}?from=2025-12-01&to=2026-03-02");
        Figures(withDecember, $"#stats-{gangcheng.Id}").Should().Equal(3, 6, 6, 2, 2, 1, 1, 1);

        var oneDistrict = await staff.GetDocumentAsync($"{Stats}?district={kundulun.Id}");
        oneDistrict.QuerySelector($"#stats-{gangcheng.Id}").Should().BeNull();
        Figures(oneDistrict, "#stats-sum").Should().Equal(1, 2, 2, 1, 1, 0, 0, 1);
    }
}
