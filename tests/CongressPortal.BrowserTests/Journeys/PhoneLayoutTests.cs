using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// The public pages on a 375 px phone with the text at 中 and at 大 (issue 16): nothing scrolls sideways, not even with
/// long unbroken values (web addresses, e-mail addresses, long numbers and titles), and the masthead with the navigation
/// leaves most of the first screen to the content.
/// </summary>
public sealed class PhoneLayoutTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int Width = 375;
    private const int Height = 667;

    /// <summary>What the masthead and navigation may take of the first screen.</summary>
    private const double MastheadShare = 0.2;

    private const string LongAddress = "青山区人民路街道幸福里社区居民委员会东侧综合服务楼二层（https://www.example-city-renda.gov.cn/lianluozhan/qingshan/renminlu/xingfuli?from=phone-directory）";

    private sealed record Scene(int DeputyId, int StationId);

    private async Task<Scene> SceneAsync()
    {
        var district = await Data.DistrictAsync();
        var subdistrict = await Data.SubdistrictAsync(district.Id);
        var delegation = await Data.DelegationAsync("青山区代表团", district.Id);
        var deputy = await Data.MunicipalDeputyAsync("欧阳建华", "16101", delegation.Id,
            workUnit: "青山区城市更新和老旧小区改造工作领导小组办公室常务副主任（ouyang.jianhua.renminlu-street-office@qingshan.example-city.gov.cn）");
        var other = await Data.MunicipalDeputyAsync("李明", "16102", delegation.Id, workUnit: "示例市第二人民医院副院长");
        var station = await Data.StationAsync(subdistrict.Id, "青山区人民路街道幸福里社区人大代表联络站（示例市第十六届人大代表青山区代表团第一联络点）", LongAddress,
            (deputy.Id, StationRole.Head), (other.Id, StationRole.Member));
        // TestClock: Monday 2026-03-02; a Thursday reception is announced on the station pages and the home page.
        await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new TimeOnly(9, 0), new TimeOnly(11, 0), new DateOnly(2026, 3, 5), Weekday: DayOfWeek.Thursday), deputy.Id, other.Id);
        await new NoticeSteps(App).NoticeAsync("关于公开征集2026年度市人大常委会监督议题和立法项目建议的公告（联系电话：09996123456789012345）",
            "请登录 https://www.example-city-renda.gov.cn/zhengji/2026/jiandu-yiti-he-lifa-xiangmu-jianyi 或发送邮件至 zhengji2026-jianduyiti@renda.example-city.gov.cn 提出建议。");
        await ReportsAsync();
        return new(deputy.Id, station.Id);
    }

    /// <summary>Four published reports with three key figures each, so the comparison is as wide as it gets in practice.</summary>
    private async Task ReportsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (year, regulations) in new[] { (2023, 2), (2024, 5), (2025, 3), (2026, 4) })
        {
            await ReportSamples.CreateAsync(db, year, ReportSamples.Clean(year), true, App.Clock.GetUtcNow().AddYears(year - 2027),
                new KeyFigureDetails("制定和批准地方性法规", regulations, "件", "报告正文", "s1"),
                new KeyFigureDetails("听取审议专项工作报告", regulations + 7, "项", "报告正文", "s1"),
                new KeyFigureDetails("办理代表建议", 1234567 + year, "件", "报告正文", "s2"));
        }
    }

    [Theory]
    [InlineData("medium")]
    [InlineData("large")]
    public async Task Public_pages_fit_a_375_px_phone_with_a_compact_masthead(string fontSize)
    {
        var s = await SceneAsync();
        var phone = await NewPageAsync(Width, Height);
        await phone.Context.AddInitScriptAsync($"try {{ localStorage.setItem('portal-font-size', '{fontSize}'); }} catch (e) {{ }}");
        var visits = new (string Name, string Url)[]
        {
            ("home", "/"), ("directory", "/Deputies"), ("profile", $"/Deputies/Details/{s.DeputyId}"), ("stations", "/Stations"),
            ("station", $"/Stations/Details/{s.StationId}"), ("report", "/Reports/2026"), ("compare", "/Reports/Compare"), ("notices", "/Notices"),
            ("drafts", "/Drafts"), ("suggestions", "/Suggestions"),
        };
        var problems = new List<string>();
        foreach (var (name, url) in visits)
        {
            var response = await phone.GotoAsync(url);
            response!.Status.Should().Be(200, url);
            (await phone.GetAttributeAsync("html", "data-font-size")).Should().Be(fontSize);
            var scrollWidth = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > Width) problems.Add($"{url} at {fontSize}: the page is {scrollWidth} px wide");
            var masthead = await phone.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().height");
            if (masthead >= MastheadShare * Height) problems.Add($"{url} at {fontSize}: the masthead and navigation take {masthead} px of {Height}");
            await ScreenshotAsync(phone, $"phone-{fontSize}-{name}");
        }
        problems.Should().BeEmpty(string.Join(Environment.NewLine, problems));
        SeriousConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task On_a_phone_the_navigation_opens_from_one_button_and_shows_every_section()
    {
        await Data.DistrictAsync();
        var phone = await NewPageAsync(Width, Height);
        await phone.GotoAsync("/Deputies");
        var menu = phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "栏目导航" });
        (await menu.GetAttributeAsync("aria-expanded")).Should().Be("false");
        (await menu.InnerTextAsync()).Should().Contain("代表名录", "the closed menu says where the reader is");
        var navigation = phone.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "主导航" });
        (await navigation.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "监督工作" }).IsVisibleAsync()).Should().BeFalse();

        await menu.ClickAsync();

        (await menu.GetAttributeAsync("aria-expanded")).Should().Be("true");
        var links = navigation.GetByRole(AriaRole.Link);
        (await links.CountAsync()).Should().Be(10);
        for (var i = 0; i < 10; i++) (await links.Nth(i).IsVisibleAsync()).Should().BeTrue();
        (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(Width);
        await ScreenshotAsync(phone, "phone-menu-open");

        await ClickAndWaitForNextPageAsync(phone, navigation.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "代表联络站" }));
        new Uri(phone.Url).AbsolutePath.Should().Be("/Stations");
        (await phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "栏目导航" }).GetAttributeAsync("aria-expanded")).Should().Be("false");

        // From tablets up the whole navigation shows and the button does not.
        await Page.GotoAsync("/Deputies");
        (await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "栏目导航" }).IsVisibleAsync()).Should().BeFalse();
        (await Page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "主导航" }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "监督工作" }).IsVisibleAsync()).Should().BeTrue();
        SeriousConsoleErrors.Should().BeEmpty();
    }

    [Theory]
    [InlineData(PortalRole.Staff, "/Staff")]
    [InlineData(PortalRole.Deputy, "/Deputy")]
    [InlineData(PortalRole.HandlingUnit, "/Unit")]
    public async Task Signed_in_desks_fit_a_375_px_phone_with_the_user_menu_at_hand(string role, string desk)
    {
        var userName = await UserForRoleAsync(role);
        var phone = await NewPageAsync(Width, Height);
        await phone.Context.AddInitScriptAsync("try { localStorage.setItem('portal-font-size', 'large'); } catch (e) { }");
        await SignInAsync(phone, userName);
        (await phone.GotoAsync(desk))!.Status.Should().Be(200);

        (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(Width, $"{desk} at 大");
        await ScreenshotAsync(phone, $"phone-desk-{role.ToLowerInvariant()}");
        var masthead = await phone.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().height");
        masthead.Should().BeLessThan(MastheadShare * Height, $"{desk}: the masthead with the to-do counts and the user menu stays slim");

        var menu = phone.Locator(".site-header [data-bs-toggle=dropdown]");
        await menu.ClickAsync();
        var signOut = phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "退出登录" });
        (await signOut.IsVisibleAsync()).Should().BeTrue("the user menu opens on a phone");
        (await phone.Locator(".user-menu-name").IsVisibleAsync()).Should().BeTrue("the open menu names the account in full");
        (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(Width, "the open menu stays on the screen");
        await ScreenshotAsync(phone, $"phone-desk-{role.ToLowerInvariant()}-menu");
        SeriousConsoleErrors.Should().BeEmpty();
    }
}
