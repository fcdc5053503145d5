using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Reports;

/// <summary>
/// The draft exactly as the public will read it (the same partial as /Reports/{year}), and the publishing actions:
/// publish, publish a correction (a new version with a note), unpublish (a reason is required).
/// </summary>
public sealed class PreviewModel(PreviewModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public uint Version { get; set; }

    [BindProperty] public string? Note { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public Handler.Summary? Report { get; private set; }

    public ReportView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) =>
        ActAsync((h, c) => h.PublishAsync(Id, Version, Note, User.AsStaff(), User.GetUserId(), c), "已发布，公众现在可以阅读。", "", ct);

    public Task<IActionResult> OnPostCorrectAsync(CancellationToken ct) =>
        ActAsync((h, c) => h.CorrectAsync(Id, Version, Note, User.AsStaff(), User.GetUserId(), c), "已发布更正，公开页面注明了更正日期。", nameof(Note), ct);

    public Task<IActionResult> OnPostUnpublishAsync(CancellationToken ct) =>
        ActAsync((h, c) => h.UnpublishAsync(Id, Version, Reason, User.AsStaff(), c), "已撤回，公众不能再看到这份报告。", nameof(Reason), ct);

    private async Task<IActionResult> ActAsync(Func<Handler, CancellationToken, Task<CommandResult<int>>> action, string done, string field, CancellationToken ct)
    {
        var result = await action(handler, ct);
        if (result.IsSuccess)
        {
            TempData["StatusMessage"] = done;
            return RedirectToPage("Preview", new { id = Id });
        }
        if (!await LoadAsync(ct)) return NotFound();
        ModelState.AddModelError(result.Error == ReportActions.ActionConflict ? "" : field, result.Error);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        (Report, View) = await handler.LoadAsync(Id, ct);
        if (Report is null) return false;
        // A failed post re-renders with the version the page was loaded with, so the user re-reads before retrying.
        if (Request.Method == HttpMethods.Get) Version = Report.Version;
        ModelState.Remove(nameof(Version));
        return true;
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public sealed record Summary(int Id, int Year, string Title, WorkReportStatus Status, uint Version, bool HasDraft, bool Changed, bool HasSuspected,
            IReadOnlyList<VersionRow> Versions, string? UnpublishReason, DateTimeOffset? UnpublishedAt);

        public sealed record VersionRow(int Number, DateTimeOffset PublishedAt, string? Note);

        public async Task<(Summary?, ReportView?)> LoadAsync(int id, CancellationToken ct)
        {
            var report = await db.WorkReports.AsNoTracking().Include(r => r.Versions).Include(r => r.Figures).AsSplitQuery()
                .SingleOrDefaultAsync(r => r.Id == id, ct);
            if (report is null) return (null, null);
            var draft = report.Draft();
            var versions = report.Versions.OrderByDescending(v => v.Number).Select(v => new VersionRow(v.Number, v.PublishedAt, v.CorrectionNote)).ToList();
            var summary = new Summary(report.Id, report.Year, report.Title, report.Status, report.Version, draft is not null, report.HasUnpublishedChanges,
                draft?.HasSuspectedContent ?? false, versions, report.UnpublishReason, report.UnpublishedAt);
            if (draft is null) return (summary, null);
            var years = await db.WorkReports.AsNoTracking().Where(r => r.Status == WorkReportStatus.Published && r.Id != id).Select(r => r.Year).ToListAsync(ct);
            var latest = report.LatestVersion;
            var view = new ReportView(report.Year, report.Title, draft, ReportView.FiguresOf(report),
                latest?.PublishedAt, latest is { Number: > 1 } ? latest.PublishedAt : null, latest is { Number: > 1 } ? latest.CorrectionNote : null,
                years.Where(y => y < report.Year).Cast<int?>().Max(), years.Where(y => y > report.Year).Cast<int?>().Min());
            return (summary, view);
        }

        public Task<CommandResult<int>> PublishAsync(int id, uint version, string? note, Actor actor, string userId, CancellationToken ct) =>
            db.ActOnReportAsync(id, version, r => r.Publish(note, actor, userId, clock.GetUtcNow()), ct);

        public Task<CommandResult<int>> CorrectAsync(int id, uint version, string? note, Actor actor, string userId, CancellationToken ct) =>
            db.ActOnReportAsync(id, version, r => r.Correct(note, actor, userId, clock.GetUtcNow()), ct);

        public Task<CommandResult<int>> UnpublishAsync(int id, uint version, string? reason, Actor actor, CancellationToken ct) =>
            db.ActOnReportAsync(id, version, r => r.Unpublish(reason, actor, clock.GetUtcNow()), ct);
    }
}
