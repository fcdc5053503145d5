using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Data;

public sealed class DemoReportsTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task The_demo_city_has_three_published_reports_with_clean_outlines_and_key_figures()
    {
        App.Clock.Set(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)));
        await ServiceAsync<DemoSeeder, bool>(async seeder =>
        {
            await seeder.SeedAsync(default);
            return true;
        });

        var reports = await DbAsync(db => db.WorkReports.AsNoTracking().Include(r => r.Versions).Include(r => r.Figures).OrderBy(r => r.Year).ToListAsync());
        reports.Select(r => r.Year).Should().Equal(2024, 2025, 2026);
        foreach (var report in reports)
        {
            report.Status.Should().Be(WorkReportStatus.Published);
            report.SessionId.Should().NotBeNull();
            var outline = report.Versions.Single().Outline();
            outline.HasSuspectedContent.Should().BeFalse();
            outline.Warnings.Should().BeEmpty($"the {report.Year} demo text should read cleanly");
            outline.Blocks.Where(b => b.Kind == ReportBlockKind.Section && b.Level == 1).Should().HaveCount(4);
            report.Figures.Should().HaveCount(9);
        }

        using var anonymous = AnonymousClient();
        var page = await anonymous.GetDocumentAsync("/Reports/2026");
        page.QuerySelectorAll("#report-toc a").Should().HaveCountGreaterThan(6);
        page.QuerySelector(".report-pager-prev")!.GetAttribute("href").Should().Be("/Reports/2025");
        (await anonymous.GetDocumentAsync("/Reports/Compare")).QuerySelectorAll("#compare-table tbody tr").Should().HaveCount(9);
    }
}
