using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Pages.Staff.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// A clerk brings in the year's work report, fixes what the outline detection misread and publishes it; a citizen
/// then reads it: table of contents, section anchors, search and the year-by-year comparison, on a desktop, a
/// phone, at 200% zoom and on paper.
/// </summary>
public sealed class ReportJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>The pasted sample with a long list of tasks, so the page is long enough to scroll to any section.</summary>
    private static readonly string LongPasted = ReportSamples.Pasted.Replace("2027年主要任务\n", "2027年主要任务\n" + string.Concat(
        Enumerable.Range(1, 24).Select(i => $"围绕全市中心工作谋划第{i}方面的监督议题，听取和审议专项工作报告，推动问题整改落实到位。\n")), StringComparison.Ordinal);

    private static Task<int> HorizontalOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    /// <summary>Two earlier published reports with key figures, so the comparison has years to compare.</summary>
    private async Task EarlierReportsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (year, regulations, inspections) in new[] { (2025, 3, 4), (2026, 4, 3) })
        {
            var now = App.Clock.GetUtcNow().AddYears(year - 2027);
            var report = WorkReport.Create(new WorkReportDetails(year, null, "示例市人民代表大会常务委员会工作报告", new DateOnly(year, 1, 15), "陈立", "市人大常委会主任"), ReportSamples.Staff, now);
            report.Import(OutlineDetector.Detect(ReportSamples.Clean(year)), ReportSamples.Staff, now);
            report.AddFigure(new KeyFigureDetails("制定地方性法规", regulations, "件", "报告正文", "s1"), ReportSamples.Staff, now);
            report.AddFigure(new KeyFigureDetails("开展执法检查", inspections, "项", "报告正文", "s2"), ReportSamples.Staff, now);
            report.Publish(null, ReportSamples.Staff, null, now);
            db.WorkReports.Add(report);
        }
        await db.SaveChangesAsync();
    }

    private static async Task ExpectNoErrorAsync(IPage page) =>
        (await page.Locator(".alert-danger:visible, .field-validation-error:visible").AllInnerTextsAsync()).Should().BeEmpty();

    [Fact]
    public async Task Staff_import_fix_and_publish_a_report_which_the_public_then_reads_searches_and_compares()
    {
        await EarlierReportsAsync();
        await Data.SessionAsync();
        await SignInAsync(Page, await UserForRoleAsync(PortalRole.Staff));

        // Create the report and paste its text, copied from a newspaper page with a feature story in the middle.
        await Page.GotoAsync("/Staff/Reports");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "新建报告" }));
        await Page.Locator("#Input_Year").FillAsync("2027");
        await Page.Locator("#Input_SessionId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.Locator("#Input_Title").FillAsync("示例市人民代表大会常务委员会工作报告");
        await Page.Locator("#Input_DeliveredOn").FillAsync("2027-01-18");
        await Page.Locator("#Input_SpeakerName").FillAsync("陈立");
        await Page.Locator("#Input_SpeakerTitle").FillAsync("市人大常委会主任");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "保存" }));
        await ExpectNoErrorAsync(Page);
        new Uri(Page.Url).AbsolutePath.Should().MatchRegex(@"^/Staff/Reports/Import/\d+$");
        await Page.Locator("#Text").FillAsync(LongPasted);
        await ScreenshotAsync(Page, "40-report-import");
        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "导入并识别大纲" }));
        await ExpectNoErrorAsync(Page);

        // The outline: the pasted feature is flagged; the unnumbered heading was read one level too deep.
        new Uri(Page.Url).AbsolutePath.Should().MatchRegex(@"^/Staff/Reports/Outline/\d+$");
        (await Page.Locator(".outline-suspicion").CountAsync()).Should().BeGreaterThan(0);
        (await Page.Locator("#outline-tree").InnerTextAsync()).Should().Contain("一、坚持依法立法").And.Contain("（一）完善立法工作机制");
        await ScreenshotAsync(Page, "41-report-outline-detected");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#delete-suspected-form button"));
        (await Page.Locator(".outline-suspicion").CountAsync()).Should().Be(0);
        (await Page.Locator("#outline-blocks").InnerTextAsync()).Should().NotContain("本报记者");
        var heading = Page.Locator(".outline-block", new PageLocatorOptions { Has = Page.Locator(".outline-text", new PageLocatorOptions { HasTextString = "服务保障代表履职" }) });
        (await heading.Locator(".outline-kind").InnerTextAsync()).Should().Contain("第2级");
        await ClickAndWaitForNextPageAsync(Page, heading.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "升级" }));
        (await heading.Locator(".outline-kind").InnerTextAsync()).Should().Contain("第1级");
        await ScreenshotAsync(Page, "42-report-outline-fixed");

        // Preview exactly what the public will see, then publish.
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("main a.btn", new PageLocatorOptions { HasTextString = "预览和发布" }));
        (await Page.Locator(".report-text").InnerTextAsync()).Should().Contain("服务保障代表履职").And.NotContain("老周");
        await ClickAndWaitForNextPageAsync(Page, Page.Locator("#publish-form button"));
        await ExpectNoErrorAsync(Page);
        await ScreenshotAsync(Page, "43-report-published");

        // A citizen finds it on the list and reads it.
        var citizen = await NewPageAsync(1280, 800);
        await citizen.GotoAsync("/Reports");
        (await citizen.Locator("#report-list h2 a").AllInnerTextsAsync()).Should().HaveCount(3);
        await ClickAndWaitForNextPageAsync(citizen, citizen.Locator("#report-list a[href='/Reports/2027']").First);
        new Uri(citizen.Url).AbsolutePath.Should().Be("/Reports/2027");
        var toc = citizen.Locator("#report-toc");
        (await toc.IsVisibleAsync()).Should().BeTrue();
        (await toc.GetByRole(AriaRole.Link).AllInnerTextsAsync()).Should().Contain(["2026年主要工作", "三、密切代表联系，发挥代表作用", "服务保障代表履职", "2027年主要任务"]);
        await ScreenshotAsync(citizen, "44-report-public-top");

        // The table of contents takes the reader to the section and follows as they read on.
        await toc.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "三、密切代表联系，发挥代表作用" }).ClickAsync();
        var target = new Uri(citizen.Url).Fragment.TrimStart('#');
        target.Should().NotBeEmpty();
        var section = citizen.Locator($"[id='{target}']");
        (await section.InnerTextAsync()).Should().Contain("密切代表联系");
        // Scrolling may be smooth: wait until the heading has arrived at the top of the window.
        await citizen.WaitForFunctionAsync("id => { const top = document.getElementById(id).getBoundingClientRect().top; return top > -5 && top < 200; }", target);
        // The entry of the section being read is marked once the page has scrolled there.
        await citizen.WaitForFunctionAsync("() => document.querySelector('#report-toc a[aria-current=location]')?.textContent.trim() === '三、密切代表联系，发挥代表作用'");
        (await toc.BoundingBoxAsync())!.Y.Should().BeLessThan(800, "the table of contents stays in view beside the text");
        (await section.Locator("a.anchor-link").GetAttributeAsync("href")).Should().Be("#" + target, "every section has a link to itself to share");
        await ScreenshotAsync(citizen, "45-report-public-section");

        // Search across every published report; the hit links to the passage.
        await citizen.GotoAsync("/Reports/Search");
        await citizen.Locator("#q").FillAsync("联络站");
        await ClickAndWaitForNextPageAsync(citizen, citizen.Locator("#report-search button"));
        var hits = citizen.Locator("#search-results li");
        (await hits.CountAsync()).Should().BeGreaterThan(0);
        (await hits.First.Locator("mark").InnerTextAsync()).Should().Be("联络站");
        await ScreenshotAsync(citizen, "46-report-search");
        await ClickAndWaitForNextPageAsync(citizen, hits.First.Locator("a"));
        var passage = new Uri(citizen.Url).Fragment.TrimStart('#');
        new Uri(citizen.Url).AbsolutePath.Should().Be("/Reports/2027");
        (await citizen.Locator($"[id='{passage}']").InnerTextAsync()).Should().Contain("联络站");

        // The comparison: a table and a chart per figure, each value linking to the section that states it.
        await citizen.GotoAsync("/Reports/Compare");
        (await citizen.Locator("#compare-table tbody tr").CountAsync()).Should().Be(2);
        (await citizen.Locator("#compare-table a[href='/Reports/2026#s1']").InnerTextAsync()).Should().Be("4件");
        await citizen.WaitForFunctionAsync("() => document.querySelectorAll('#compare-charts canvas').length === 2");
        (await citizen.Locator("#compare-charts canvas").First.BoundingBoxAsync())!.Height.Should().BeGreaterThan(100);
        await ScreenshotAsync(citizen, "47-report-compare");
        SeriousConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_report_reads_on_a_phone_at_200_percent_zoom_and_prints_on_A4()
    {
        await EarlierReportsAsync();

        var phone = await NewPageAsync(390, 844);
        await phone.GotoAsync("/Reports/2026");
        (await phone.Locator(".report-print-source").IsVisibleAsync()).Should().BeFalse("the source line is for paper only");
        (await HorizontalOverflowAsync(phone)).Should().BeLessThanOrEqualTo(0, "nothing may stick out sideways on a phone");
        (await ComputedStyleAsync(phone, ".report-text p", "font-size")).Should().Be("18px", "long text is read at a comfortable size");
        await ScreenshotAsync(phone, "48-report-phone");

        // 200% zoom on a 1280 px window lays the page out in 640 CSS pixels, with everything drawn twice as large.
        var zoomed = await NewPageAsync(640, 400, deviceScaleFactor: 2);
        await zoomed.GotoAsync("/Reports/2026");
        (await HorizontalOverflowAsync(zoomed)).Should().BeLessThanOrEqualTo(0, "at 200% the reader scrolls down only");
        (await zoomed.Locator("#report-toc").IsVisibleAsync()).Should().BeTrue();
        await ScreenshotAsync(zoomed, "49-report-zoom-200");

        await Page.GotoAsync("/Reports/2026");
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await ComputedStyleAsync(Page, ".site-header", "display")).Should().Be("none");
        (await ComputedStyleAsync(Page, "#report-toc", "display")).Should().Be("none", "the table of contents is for the screen");
        (await Page.Locator(".report-text").IsVisibleAsync()).Should().BeTrue();
        (await Page.Locator(".report-print-source").InnerTextAsync()).Should().EndWith("/Reports/2026", "paper says where it came from");
        var pdf = await Page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, Path = Path.ChangeExtension(await ScreenshotAsync(Page, "50-report-print"), ".pdf") });
        pdf.Length.Should().BeGreaterThan(10_000, "the report prints as a real A4 document");
        SeriousConsoleErrors.Should().BeEmpty();
    }
}
