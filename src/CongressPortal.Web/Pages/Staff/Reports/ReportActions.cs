using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Reports;

/// <summary>
/// What the report pages share when they run a command through <see cref="AggregateCommands"/>:
/// the report as its rules read it, and how a missing report, a lost race and a second report for a year are said.
/// </summary>
public static class ReportActions
{
    public const string NotFound = "找不到该报告，可能已被删除，请返回列表刷新。";

    public const string ActionConflict = "操作未保存：在您操作期间，其他人修改了这份报告。页面已显示最新内容，请核对后重试。";

    public static readonly Concurrency.UniqueField UniqueYear = new("Input.Year", "该年度已有工作报告，每年只能有一份。");

    public static CommandOptions Options { get; } = new() { NotFound = NotFound, ConflictMessage = ActionConflict, Unique = UniqueYear };

    /// <summary>Reports with their versions and figures: <see cref="WorkReport.AvailableActions"/> and the actions read both.</summary>
    public static IQueryable<WorkReport> Whole(this AppDbContext db) =>
        db.WorkReports.Include(r => r.Versions).Include(r => r.Figures).AsSplitQuery();
}
