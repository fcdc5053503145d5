using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// Issue 3 in a real browser: a citizen walks the deputies' directory to a station and its next reception, a deputy
/// reads the desk on a computer and a phone, and a clerk opens the registry and a station. The app's clock is
/// Monday 2026-03-02 09:00, so Thursday 2026-03-05 is the next reception day.
/// </summary>
public sealed class DeputiesAndStationsJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string StationName = "青山路街道人大代表联络站";
    private const string OtherStationName = "钢城街道人大代表联络站";

    private static Task<int> HorizontalOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    private sealed record Seeded(Deputy Me, Deputy Colleague, LiaisonStation Station, LiaisonStation OtherStation);

    /// <summary>
    /// 王建华 sits in two stations of 青山区; 李明 only in the first. Thursdays from 5 March, one deputy a day, 王建华 first.
    /// A third station in another district must be filtered away. 王建华 received visitors on 2 February and one issue waits for him.
    /// </summary>
    private async Task<Seeded> SeedAsync()
    {
        var qingshan = await Data.DistrictAsync("青山区");
        var kundulun = await Data.DistrictAsync("昆都仑区");
        var qingshanRoad = await Data.SubdistrictAsync(qingshan.Id, "青山路街道");
        var gangcheng = await Data.SubdistrictAsync(qingshan.Id, "钢城街道", 2);
        var kunRoad = await Data.SubdistrictAsync(kundulun.Id, "昆河镇", 3);
        var delegation = await Data.DelegationAsync("青山区代表团", qingshan.Id);
        var me = await Data.MunicipalDeputyAsync("王建华", "16101", delegation.Id);
        var colleague = await Data.MunicipalDeputyAsync("李明", "16102", delegation.Id,
            new DeputyPrivateData("13800001111", null, null), workUnit: "示例市青山区人民医院副院长");
        await Data.MunicipalDeputyAsync("赵丽", "16103", delegation.Id, new DeputyPrivateData("13800002222", null, null), workUnit: "示例市钢铁公司工程师", gender: Gender.Female);
        var station = await Data.StationAsync(qingshanRoad.Id, StationName, "青山区人民路88号", (me.Id, StationRole.DeputyHead), (colleague.Id, StationRole.Member));
        var other = await Data.StationAsync(gangcheng.Id, OtherStationName, "青山区钢铁大街12号", (me.Id, StationRole.Member));
        await Data.StationAsync(kunRoad.Id, "昆河镇人大代表之家", "昆都仑区昆河镇府前街1号");
        await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new TimeOnly(9, 0), new TimeOnly(11, 0), new DateOnly(2026, 3, 5),
            Weekday: DayOfWeek.Thursday), me.Id, colleague.Id);
        await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 2), [me.Id, colleague.Id],
            new TestData.VisitorIssue("张三", "13700001111", "小区路灯损坏，夜间出行不便", HandlingPath.ReferredToSubdistrict, me.Id));
        return new Seeded(me, colleague, station, other);
    }

    [Fact]
    public async Task A_citizen_finds_a_deputy_in_the_directory_and_the_next_reception_at_the_deputys_station()
    {
        await SeedAsync();
        await Page.GotoAsync("/");

        var navigation = Page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "主导航" });
        await ClickAndWaitForNextPageAsync(Page, navigation.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "代表名录" }));
        new Uri(Page.Url).AbsolutePath.Should().Be("/Deputies");
        (await Page.Locator("main h1").InnerTextAsync()).Should().Be("代表名录");
        (await Page.Locator(".deputy-card").CountAsync()).Should().Be(3);

        await Page.GetByLabel("代表姓名").FillAsync("王建华");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "查找", Exact = true }));

        (await Page.Locator(".result-count").InnerTextAsync()).Should().Contain("共找到 1 名代表");
        var card = Page.Locator(".deputy-card");
        (await card.CountAsync()).Should().Be(1);
        (await card.InnerTextAsync()).Should().Contain("王建华").And.Contain("青山区代表团").And.Contain("示例市第一中学校长")
            .And.Contain(StationName).And.Contain(OtherStationName).And.Contain("接待群众 1 次");
        await ScreenshotAsync(Page, "issue3-01-directory");

        await ClickAndWaitForNextPageAsync(Page, card.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "王建华" }));

        new Uri(Page.Url).AbsolutePath.Should().MatchRegex(@"^/Deputies/Details/\d+$");
        (await Page.Locator("main h1").InnerTextAsync()).Should().Be("王建华 代表");
        var profile = await Page.Locator("main").InnerTextAsync();
        profile.Should().Contain("汉族").And.Contain("中共党员").And.Contain("第十六届市人大代表").And.Contain("青山区人民路88号");
        profile.Should().NotContain(TestData.PrivateSample.Mobile!).And.NotContain("139****5678").And.NotContain(TestData.PrivateSample.HomeAddress!);
        await ScreenshotAsync(Page, "issue3-02-profile");

        await ClickAndWaitForNextPageAsync(Page, Page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = StationName }));

        new Uri(Page.Url).AbsolutePath.Should().MatchRegex(@"^/Stations/Details/\d+$");
        (await Page.Locator("main h1").InnerTextAsync()).Should().Be(StationName);
        var notice = Page.Locator(".notice-table tbody tr").First;
        (await notice.InnerTextAsync()).Should().Contain("2026年3月5日（周四）").And.Contain("09:00—11:00").And.Contain("王建华");
        var station = await Page.Locator("main").InnerTextAsync();
        station.Should().Contain("青山区人民路88号").And.Contain("工作日 9:00—12:00").And.Contain("李明").And.Contain("每周四");
        station.Should().NotContain("13700001111").And.NotContain("张三");
        await ScreenshotAsync(Page, "issue3-03-station");

        await Page.GotoAsync("/Stations");
        await Page.GetByLabel("所在区（县）").SelectOptionAsync(new SelectOptionValue { Label = "青山区" });
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "查找", Exact = true }));

        (await Page.Locator(".result-count").InnerTextAsync()).Should().Contain("共 2 个联络站");
        (await Page.Locator(".station-name").AllInnerTextsAsync()).Should().BeEquivalentTo(StationName, OtherStationName);
        var list = await Page.Locator("main").InnerTextAsync();
        list.Should().NotContain("昆河镇人大代表之家").And.Contain("2026年3月5日（周四）");
        await ScreenshotAsync(Page, "issue3-04-stations-list");
        SeriousConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_deputy_reads_the_desk_with_both_stations_the_next_duty_the_reception_and_the_issue_on_a_computer_and_a_phone()
    {
        var seeded = await SeedAsync();
        await CreateUserAsync("wangjianhua", [PortalRole.Deputy], deputyId: seeded.Me.Id, displayName: "王建华");

        await SignInAsync(Page, "wangjianhua");

        new Uri(Page.Url).AbsolutePath.Should().Be("/Deputy");
        (await Page.Locator("main").InnerTextAsync()).Should().Contain("王建华 代表，您好");
        (await Page.Locator("#stations + ul .station-name").AllInnerTextsAsync()).Should().BeEquivalentTo(StationName, OtherStationName);
        (await Page.Locator("section:has(#duties) tbody tr th").First.InnerTextAsync()).Should().Be("2026年3月5日（周四）");
        (await Page.Locator("section:has(#receptions) tbody").InnerTextAsync()).Should().Contain("2026年2月2日").And.Contain(StationName).And.Contain("1 人");
        (await Page.Locator("#issues").InnerTextAsync()).Should().Contain("（1 件）");
        (await Page.Locator("section:has(#issues) tbody").InnerTextAsync()).Should().Contain("小区路灯损坏").And.Contain("转街道");
        await ScreenshotAsync(Page, "issue3-05-deputy-desk");

        var phone = await NewPageAsync(390, 844);
        await SignInAsync(phone, "wangjianhua");

        new Uri(phone.Url).AbsolutePath.Should().Be("/Deputy");
        (await phone.Locator("section:has(#duties)").InnerTextAsync()).Should().Contain("2026年3月5日（周四）");
        (await HorizontalOverflowAsync(phone)).Should().BeLessThanOrEqualTo(0, "the desk must fit a 390 px phone without sideways scrolling");
        var place = await phone.Locator("section:has(#duties) td[data-label='地点']").First.BoundingBoxAsync();
        place!.Width.Should().BeGreaterThan(300, "on a phone each duty reads as a card; a squeezed table column broke the station name into a character or two a line");
        (await phone.Locator("section:has(#duties) td[data-label='接待代表']").First.IsVisibleAsync()).Should().BeTrue();
        await ScreenshotAsync(phone, "issue3-06-deputy-desk-phone");
        SeriousConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_clerk_opens_the_registry_with_masked_mobiles_and_a_station_with_its_members()
    {
        var seeded = await SeedAsync();

        await SignInAsync(Page, await UserForRoleAsync(PortalRole.Staff));
        await Page.GotoAsync("/Staff/Deputies");

        (await Page.Locator("main h1").InnerTextAsync()).Should().Be("代表名册");
        var row = Page.Locator("tr", new PageLocatorOptions { HasText = "王建华" });
        (await row.Locator(".deputy-mobile").InnerTextAsync()).Should().Be("139****5678");
        (await Page.Locator("main").InnerTextAsync()).Should().NotContain(TestData.PrivateSample.Mobile!);
        await ScreenshotAsync(Page, "issue3-07-staff-deputies");

        await Page.GotoAsync($"/Staff/Stations/Details/{seeded.Station.Id}");

        (await Page.Locator("main h1").InnerTextAsync()).Should().Contain(StationName);
        var members = await Page.Locator("section:has(#members-title)").InnerTextAsync();
        members.Should().Contain("王建华").And.Contain("李明").And.Contain("副站长");
        (await Page.Locator("section:has(#schedules-title)").InnerTextAsync()).Should().Contain("周四");
        (await Page.Locator("section:has(#receptions-title)").InnerTextAsync()).Should().Contain("2026年2月2日");
        await ScreenshotAsync(Page, "issue3-08-staff-station");
        SeriousConsoleErrors.Should().BeEmpty();
    }
}
