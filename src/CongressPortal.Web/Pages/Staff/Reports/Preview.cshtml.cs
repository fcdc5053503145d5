using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Reports;

/// <summary>
/// The draft exactly as the public will read it (the same partial as /Reports/{year}), and the publishing actions:
/// publish, publish a correction (a new version with a note), unpublish (a reason is required).
/// </summary>
public sealed class PreviewModel(PreviewModel.Handler handler) : ActionFormsPage
{
    /// <summary>
    /// The publishing forms post their fields unprefixed (Note, Reason): a refusal about one goes next to it, anything
    /// else to the summary at the top of the page.
    /// </summary>
    private const string Unprefixed = "";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public string? Note { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public Handler.Summary? Report { get; private set; }

    public ReportView? View { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostPublishAsync(uint version, CancellationToken ct) =>
        ActAsync(Unprefixed, this, () => handler.PublishAsync(Id, version, Note, User.AsStaff(), User.GetUserId(), ct), "已发布，公众现在可以阅读。", ct);

    public Task<IActionResult> OnPostCorrectAsync(uint version, CancellationToken ct) =>
        ActAsync(Unprefixed, this, () => handler.CorrectAsync(Id, version, Note, User.AsStaff(), User.GetUserId(), ct), "已发布更正，公开页面注明了更正日期。", ct);

    public Task<IActionResult> OnPostUnpublishAsync(uint version, CancellationToken ct) =>
        ActAsync(Unprefixed, this, () => handler.UnpublishAsync(Id, version, Reason, User.AsStaff(), ct), "已撤回，公众不能再看到这份报告。", ct);

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        (Report, View) = await handler.LoadAsync(Id, User.AsStaff(), ct);
        return Report is null ? NotFound() : Page();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public sealed record Summary(int Id, int Year, string Title, WorkReportStatus Status, uint Version, bool HasDraft, bool HasSuspected,
            bool IsPublic, bool PublishNeedsNote, IReadOnlyList<VersionRow> Versions, string? UnpublishReason, DateTimeOffset? UnpublishedAt,
            AvailableActions<WorkReportAction> Can);

        public sealed record VersionRow(int Number, DateTimeOffset PublishedAt, string? Note);

        public async Task<(Summary?, ReportView?)> LoadAsync(int id, Actor actor, CancellationToken ct)
        {
            var report = await db.Whole().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
            if (report is null) return (null, null);
            var draft = report.Draft();
            var versions = report.Versions.OrderByDescending(v => v.Number).Select(v => new VersionRow(v.Number, v.PublishedAt, v.CorrectionNote)).ToList();
            var summary = new Summary(report.Id, report.Year, report.Title, report.Status, report.Version, draft is not null, draft?.HasSuspectedContent ?? false,
                report.IsPublic, report.PublishNeedsNote, versions, report.UnpublishReason, report.UnpublishedAt, report.AvailableActions(actor));
            if (draft is null) return (summary, null);
            var years = await db.WorkReports.AsNoTracking().Where(WorkReport.Public).Where(r => r.Id != id).Select(r => r.Year).ToListAsync(ct);
            var latest = report.LatestVersion;
            var view = new ReportView(report.Year, report.Title, draft, ReportView.FiguresOf(report),
                latest?.PublishedAt, latest is { Number: > 1 } ? latest.PublishedAt : null, latest is { Number: > 1 } ? latest.CorrectionNote : null,
                years.Where(y => y < report.Year).Cast<int?>().Max(), years.Where(y => y > report.Year).Cast<int?>().Min());
            return (summary, view);
        }

        public Task<CommandResult<int>> PublishAsync(int id, uint version, string? note, Actor actor, string userId, CancellationToken ct) =>
            db.RunAsync(db.Whole(), id, version, r => { r.Publish(note, actor, userId, clock.GetUtcNow()); return r.Id; }, ReportActions.Options, ct);

        public Task<CommandResult<int>> CorrectAsync(int id, uint version, string? note, Actor actor, string userId, CancellationToken ct) =>
            db.RunAsync(db.Whole(), id, version, r => { r.Correct(note, actor, userId, clock.GetUtcNow()); return r.Id; }, ReportActions.Options, ct);

        public Task<CommandResult<int>> UnpublishAsync(int id, uint version, string? reason, Actor actor, CancellationToken ct) =>
            db.RunAsync(db.Whole(), id, version, r => { r.Unpublish(reason, actor, clock.GetUtcNow()); return r.Id; }, ReportActions.Options, ct);
    }
}
