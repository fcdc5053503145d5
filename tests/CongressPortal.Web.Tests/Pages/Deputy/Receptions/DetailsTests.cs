using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Receptions;

public sealed class DetailsTests(PortalAppFactory app) : WebTest(app)
{
    private async Task<(int Me, int Colleague, int Station)> SeedAsync()
    {
        var me = await Data.MunicipalDeputyAsync("王建华", "16001");
        var colleague = await Data.MunicipalDeputyAsync("李明", "16002");
        var district = await Data.DistrictAsync();
        var area = await Data.SubdistrictAsync(district.Id);
        var station = await Data.StationAsync(area.Id, "青山路街道人大代表联络站", (me.Id, StationRole.Head), (colleague.Id, StationRole.Member));
        return (me.Id, colleague.Id, station.Id);
    }

    [Fact]
    public async Task A_deputy_present_sees_the_visitors_names_the_contacts_only_masked_and_how_each_issue_was_handled()
    {
        var (me, colleague, station) = await SeedAsync();
        var reception = await Data.ReceptionAsync(station, new DateOnly(2026, 2, 2), [me, colleague],
            new TestData.VisitorIssue("张三", "13700001111", "小区路灯损坏", HandlingPath.ReferredToSubdistrict, me),
            new TestData.VisitorIssue("李四", "13700002222", "冬季供暖温度不达标", HandlingPath.ReferredToDistrictDepartment, colleague, Feedback: "已协调热力公司整改"));

        using var client = await SignedInClientAsync(PortalRole.Deputy, deputyId: me);
        using var response = await client.GetAsync($"/Deputy/Receptions/Details/{reception.Id}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var source = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);

        source.Should().NotContain("13700001111").And.NotContain("13700002222", "a deputy sees contacts masked only (ADR 0009)");
        var visitors = page.QuerySelector("#visitors")!.ParentElement!.TextContent;
        visitors.Should().Contain("张三").And.Contain("137****1111").And.Contain("李四").And.Contain("137****2222");
        var issues = page.QuerySelectorAll(".issue-card").Select(c => c.TextContent).ToList();
        issues[0].Should().Contain("小区路灯损坏").And.Contain("转街道、乡镇").And.Contain("您本人").And.Contain("尚未反馈").And.Contain("张三");
        issues[1].Should().Contain("李明").And.Contain("已协调热力公司整改（2026年2月9日）");
        page.QuerySelector("main")!.TextContent.Should().Contain("王建华、李明", "the deputies present, by surname strokes");
    }

    [Fact]
    public async Task A_reception_the_deputy_did_not_attend_answers_404_even_at_their_own_station()
    {
        var (me, colleague, station) = await SeedAsync();
        var theirs = await Data.ReceptionAsync(station, new DateOnly(2026, 2, 9), [colleague],
            new TestData.VisitorIssue("李四", "13700002222", "菜市场摊位安置", HandlingPath.ReferredToSubdistrict, colleague));
        var mine = await Data.ReceptionAsync(station, new DateOnly(2026, 2, 2), [me]);

        using var client = await SignedInClientAsync(PortalRole.Deputy, deputyId: me);
        (await client.GetAsync($"/Deputy/Receptions/Details/{theirs.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/Deputy/Receptions/Details/999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Deputy/Receptions/Details/{mine.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var colleagueClient = await SignedInClientAsync(PortalRole.Deputy, deputyId: colleague);
        (await colleagueClient.GetAsync($"/Deputy/Receptions/Details/{theirs.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await colleagueClient.GetAsync($"/Deputy/Receptions/Details/{mine.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
