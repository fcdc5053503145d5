using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Reports;

/// <summary>
/// Loads a report with its versions and figures, applies one domain action, and saves only if the report still has
/// the row version the page showed: two staff correcting the same outline cannot both win.
/// </summary>
public static class ReportActions
{
    public const string NotFound = "找不到该报告，可能已被删除，请返回列表刷新。";

    public const string ActionConflict = "操作未保存：在您操作期间，其他人修改了这份报告。页面已显示最新内容，请核对后重试。";

    public static readonly Concurrency.UniqueField UniqueYear = new("Input.Year", "该年度已有工作报告，每年只能有一份。");

    public static Task<WorkReport?> LoadAsync(this AppDbContext db, int id, CancellationToken ct) =>
        db.WorkReports.Include(r => r.Versions).Include(r => r.Figures).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, ct);

    public static async Task<CommandResult<int>> ActOnReportAsync(this AppDbContext db, int id, uint version, Action<WorkReport> action, CancellationToken ct)
    {
        var report = await db.LoadAsync(id, ct);
        if (report is null) return CommandResult<int>.Fail(NotFound);
        db.ExpectVersion(report, version);
        try
        {
            action(report);
        }
        catch (DomainRuleException exception)
        {
            db.ChangeTracker.Clear();
            return CommandResult<int>.Fail(exception.Message);
        }
        var result = await db.TrySaveAsync(report.Id, null, UniqueYear, ct);
        return result.IsConflict ? CommandResult<int>.Fail(ActionConflict) : result;
    }

    public static string StatusName(WorkReportStatus status) => status switch
    {
        WorkReportStatus.Draft => "草稿",
        WorkReportStatus.Published => "已发布",
        _ => "已撤回",
    };
}
