using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Infrastructure.Word;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// The 办理情况报告 of a session (<c>?sessionId=</c>, the latest session without it): the draft in Word written from the
/// records (<see cref="SuggestionPaperwork.HandlingReportAsync"/>: the statistics' and the commitments ledger's own figures)
/// for the office to edit, and its publication on the public site (代表法第五十一条): staff upload the edited document
/// (PDF or Word) to publish it, publish a new version, or withdraw it with a reason. The public reads it at
/// /Suggestions/HandlingReports. The forms follow <see cref="HandlingReportRelease.AvailableActions"/>
/// (<see cref="HandlingReportWorkflow.Table"/>, docs/workflows/handling-report.md); each post runs through
/// <see cref="AggregateCommands.RunAsync{TEntity, TResult}(DbContext, IQueryable{TEntity}, int, uint, Func{TEntity, Task{TResult}}, CommandOptions?, CancellationToken)"/>
/// with the row version the page showed, so of two staff acting at once the second is told and nothing is overwritten.
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes)]
public sealed class HandlingReportModel(HandlingReportModel.Handler handler) : ActionFormsPage
{
    public const string PublishForm = "Publish";
    public const string WithdrawForm = "Withdraw";

    [BindProperty(SupportsGet = true)] public int? SessionId { get; set; }

    public View Report { get; private set; } = null!;

    public PublishCommand Publish { get; private set; } = new();

    public WithdrawCommand Withdraw { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    /// <summary>The draft report as a Word document.</summary>
    public async Task<IActionResult> OnGetDraftAsync(CancellationToken ct)
    {
        var report = await handler.DraftAsync(SessionId, ct);
        if (report is null) return NotFound();
        // The draft quotes unpublished figures and titles: no copy in shared caches.
        Response.Headers.CacheControl = "no-store";
        return File(SuggestionDocuments.HandlingReport(report), OfficialDocument.ContentType, SuggestionDocuments.ReportFileName(report.Session));
    }

    public Task<IActionResult> OnPostPublishAsync([Bind(Prefix = PublishForm)] PublishCommand input, CancellationToken ct)
    {
        Publish = input;
        if (input.File is not { Length: > 0 }) ModelState.AddModelError($"{PublishForm}.{nameof(PublishCommand.File)}", "请选择编辑定稿的报告文件（PDF或Word）。");
        return ActAsync(PublishForm, input, () => handler.PublishAsync(SessionId, input, User.AsStaff(), ct), "办理情况报告已在公开网站发布。", ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync([Bind(Prefix = WithdrawForm)] WithdrawCommand input, CancellationToken ct)
    {
        Withdraw = input;
        return ActAsync(WithdrawForm, input, () => handler.WithdrawAsync(SessionId, input, User.AsStaff(), ct), "办理情况报告已从公开网站撤回。", ct);
    }

    protected override IActionResult AfterSuccess() => RedirectToPage(new { sessionId = SessionId });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(SessionId, User.AsStaff(), ct);
        if (view is null) return NotFound();
        Report = view;
        if (Publish.Title is null) Publish = Publish with { Title = view.Release?.Title ?? SuggestionDocuments.ReportTitle(view.Draft.Session) };
        return Page();
    }

    public sealed record PublishCommand
    {
        [Required(ErrorMessage = "请填写报告标题。"), StringLength(HandlingReportRelease.TitleMaxLength, ErrorMessage = "报告标题不能超过200个字。"), Display(Name = "报告标题")]
        public string? Title { get; init; }

        [Display(Name = "报告文件")]
        public IFormFile? File { get; init; }

        /// <summary>The version of the published record the page showed (0 when none was).</summary>
        public uint Version { get; init; }
    }

    public sealed record WithdrawCommand
    {
        [Required(ErrorMessage = "请填写撤回的理由。"), StringLength(HandlingReportRelease.ReasonMaxLength, ErrorMessage = "撤回理由不能超过500个字。"), Display(Name = "撤回理由")]
        public string? Reason { get; init; }

        public uint Version { get; init; }
    }

    public sealed record Release(int Id, string Title, HandlingReportState State, DateTimeOffset PublishedAt, string PublishedBy,
        DateTimeOffset? WithdrawnAt, string? WithdrawnBy, string? WithdrawReason, string FileName, uint Version);

    /// <param name="Actions">What the signed-in staff member may do with the session's report now (publish, withdraw).</param>
    public sealed record View(int SessionId, IReadOnlyList<SelectListItem> Sessions, SuggestionPaperwork.HandlingReport Draft, Release? Release,
        AvailableActions<HandlingReportAction> Actions);

    public sealed class Handler(AppDbContext db, SuggestionPaperwork paperwork, TimeProvider clock)
    {
        public const string SessionGone = "找不到该次会议。";
        public static readonly Concurrency.UniqueField OnePerSession = new("", "该次会议的办理情况报告刚刚已由其他人发布，请刷新页面后核对。");

        /// <summary>Said to the second of two staff publishing or withdrawing the same report at once; nothing of theirs is saved.</summary>
        public const string ActionConflict = "操作未成功：在您操作期间，其他人已公开、替换或撤回了该次会议的办理情况报告。页面已显示最新情况，请核对后再操作。";

        private static readonly CommandOptions Options = new() { ConflictMessage = ActionConflict };

        public Task<SuggestionPaperwork.HandlingReport?> DraftAsync(int? sessionId, CancellationToken ct) => paperwork.HandlingReportAsync(sessionId, ct);

        /// <summary>The page: the session's draft figures and its publication; null for an unknown session.</summary>
        public async Task<View?> LoadAsync(int? sessionId, Actor actor, CancellationToken ct)
        {
            var draft = await paperwork.HandlingReportAsync(sessionId, ct);
            if (draft is null) return null;
            var sessions = await db.Sessions.AsNoTracking().OrderByDescending(s => s.StartDate)
                .Select(s => new { s.Id, Term = s.Term.Number, s.Number }).ToListAsync(ct);
            var record = await db.HandlingReportReleases.AsNoTracking().FirstOrDefaultAsync(r => r.SessionId == draft.SessionId, ct);
            Release? release = null;
            if (record is not null)
            {
                var fileName = await db.StoredFiles.Where(f => f.Id == record.FileId).Select(f => f.FileName).FirstAsync(ct);
                release = new Release(record.Id, record.Title, record.State, record.PublishedAt, record.PublishedBy, record.WithdrawnAt,
                    record.WithdrawnBy, record.WithdrawReason, fileName, record.Version);
            }
            return new View(draft.SessionId,
                [.. sessions.Select(s => new SelectListItem(Domain.Reference.CongressSession.FormatName(s.Term, s.Number),
                    s.Id.ToString(CultureInfo.InvariantCulture), s.Id == draft.SessionId))],
                draft, release, (record ?? HandlingReportRelease.ForSession(draft.SessionId)).AvailableActions(actor));
        }

        /// <summary>Publishes the uploaded document: the session's first publication, or a new version of it.</summary>
        public async Task<CommandResult<int>> PublishAsync(int? sessionId, PublishCommand input, Actor actor, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(input);
            if (sessionId is not { } session || !await db.Sessions.AnyAsync(s => s.Id == session, ct)) return CommandResult<int>.NotFound(SessionGone);
            StoredFile? file = null;
            async Task<StoredFile> AcceptAsync()
            {
                file = StoredFile.Accept(input.File!.FileName, await Uploads.ReadAsync(input.File, ct), actor.Name, clock.GetUtcNow(), HandlingReportRelease.AllowedKinds);
                db.StoredFiles.Add(file);
                return file;
            }
            var existing = await db.HandlingReportReleases.Where(r => r.SessionId == session).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
            if (existing is null)
            {
                return await db.CreateAsync(async () =>
                {
                    var release = HandlingReportRelease.Publish(session, input.Title!, await AcceptAsync(), actor, clock.GetUtcNow());
                    db.HandlingReportReleases.Add(release);
                    return release.Id;
                }, OnePerSession, ct);
            }
            return await db.RunAsync(db.HandlingReportReleases, existing.Value, input.Version, async release =>
            {
                release.Publish(input.Title!, await AcceptAsync(), actor, clock.GetUtcNow());
                return release.Id;
            }, Options, ct);
        }

        public async Task<CommandResult<int>> WithdrawAsync(int? sessionId, WithdrawCommand input, Actor actor, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(input);
            var existing = await db.HandlingReportReleases.Where(r => r.SessionId == sessionId).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
            if (existing is null) return CommandResult<int>.Refused(HandlingReportMessages.NotPublished);
            return await db.RunAsync(db.HandlingReportReleases, existing.Value, input.Version, release =>
            {
                release.Withdraw(input.Reason!, actor, clock.GetUtcNow());
                return release.Id;
            }, Options, ct);
        }
    }
}
