using CongressPortal.Domain.Reports;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;

namespace CongressPortal.Web.Tests.Pages.Reports;

/// <summary>Shared steps of the public report page tests: a report of a year, with key figures, published or not.</summary>
public abstract class PublicReportTest(PortalAppFactory app) : ReportTest(app)
{
    protected Task<int> FiguresAsync(int year, string text, bool publish, params (string Label, decimal Value, string Unit, string? Anchor)[] figures) =>
        DbAsync(async db =>
        {
            var now = App.Clock.GetUtcNow();
            var report = WorkReport.Create(new WorkReportDetails(year, null, "示例市人民代表大会常务委员会工作报告"), ReportSamples.Staff, now);
            report.Import(OutlineDetector.Detect(text), ReportSamples.Staff, now);
            foreach (var (label, value, unit, anchor) in figures) report.AddFigure(new KeyFigureDetails(label, value, unit, "报告正文", anchor), ReportSamples.Staff, now);
            if (publish) report.Publish(null, ReportSamples.Staff, null, now);
            db.WorkReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
}
