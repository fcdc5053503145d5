using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// axe-core over every public page and the main signed-in pages at 1280 and 375 px (issue 16): no serious or critical
/// violation. One browser, one page per user kind reused across the addresses.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private sealed record Scene(int ReportYear, int DeputyId, int StationId, int DraftId, int SuggestionId);

    private async Task<Scene> SceneAsync()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await Data.SuggestionAsync(world);
        await Data.AssignedSuggestionAsync(suggestion.Id, world.Unit.Id);
        var district = await Data.DistrictAsync();
        var subdistrict = await Data.SubdistrictAsync(district.Id);
        var station = await Data.StationAsync(subdistrict.Id, "青山路街道人大代表联络站", "青山区人民路88号", (world.Lead.Id, Domain.Stations.StationRole.Head));
        // The public directory shows municipal deputies of a delegation.
        var delegation = await Data.DelegationAsync("青山区代表团", district.Id);
        var profile = await Data.MunicipalDeputyAsync("王建华", "16101", delegation.Id);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CongressPortal.Web.Data.AppDbContext>();
            await ReportSamples.CreateAsync(db, 2027, ReportSamples.Clean(2027), true, App.Clock.GetUtcNow());
        }
        var draft = await new DraftSteps(App).OpenDraftAsync();
        await CreateUserAsync("staff-a11y", [PortalRole.Staff], displayName: "张敏");
        await CreateUserAsync("deputy-a11y", [PortalRole.Deputy], deputyId: world.Lead.Id, displayName: "李建国");
        await CreateUserAsync("unit-a11y", [PortalRole.HandlingUnit], unitId: world.Unit.Id, displayName: "王承办");
        return new(2027, profile.Id, station.Id, draft.DraftId, suggestion.Id);
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 800)]
    public async Task Public_and_signed_in_pages_have_no_serious_or_critical_axe_violations(int width, int height)
    {
        var s = await SceneAsync();
        var visits = new (string User, string Url)[]
        {
            ("", "/"), ("", "/Reports"), ("", $"/Reports/{s.ReportYear}"), ("", "/Deputies"), ("", $"/Deputies/Details/{s.DeputyId}"),
            ("", "/Stations"), ("", $"/Stations/Details/{s.StationId}"), ("", "/Suggestions"), ("", "/Suggestions?q=电梯"),
            ("", "/Regulations"), ("", "/Drafts"), ("", $"/Drafts/{s.DraftId}"), ("", "/Account/Login"),
            ("staff-a11y", "/Staff"), ("staff-a11y", "/Staff/Suggestions"), ("staff-a11y", $"/Staff/Suggestions/Details/{s.SuggestionId}"),
            ("staff-a11y", "/Staff/Suggestions/Stats"), ("deputy-a11y", "/Deputy"), ("unit-a11y", "/Unit"),
        };
        var pages = new Dictionary<string, IPage>();
        var problems = new List<string>();
        foreach (var (user, url) in visits)
        {
            if (!pages.TryGetValue(user, out var page))
            {
                page = await NewPageAsync(width, height);
                if (user.Length > 0) await SignInAsync(page, user);
                pages[user] = page;
            }
            var response = await page.GotoAsync(url);
            response!.Status.Should().Be(200, url);
            foreach (var violation in await AccessibilityScan.SeriousViolationsAsync(page)) problems.Add($"{url} at {width}px: {violation}");
        }
        problems.Should().BeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task After_a_refused_login_the_error_summary_has_the_focus()
    {
        await Page.GotoAsync("/Account/Login");

        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录", Exact = true }));

        (await Page.EvaluateAsync<bool>("() => document.activeElement.hasAttribute('data-error-summary')")).Should().BeTrue();
        (await Page.EvaluateAsync<string>("() => document.activeElement.textContent")).Should().Contain("请输入用户名");
        SeriousConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_scan_reports_what_it_should_so_that_a_clean_result_means_something()
    {
        await Page.GotoAsync("/Account/Login");
        (await AccessibilityScan.SeriousViolationsAsync(Page)).Should().BeEmpty();

        // A field without a label and text of 1.2:1 contrast, put into the page as a careless change would.
        await Page.EvaluateAsync("""
            () => {
                const input = document.createElement('input');
                input.type = 'text';
                document.querySelector('main').appendChild(input);
                const faint = document.createElement('p');
                faint.textContent = '浅色文字';
                faint.style.color = '#f4f4f4';
                faint.style.background = '#ffffff';
                document.querySelector('main').appendChild(faint);
            }
            """);
        var found = await AccessibilityScan.SeriousViolationsAsync(Page);

        found.Should().Contain(v => v.Contains("label", StringComparison.Ordinal));
        found.Should().Contain(v => v.Contains("color-contrast", StringComparison.Ordinal));
    }
}
