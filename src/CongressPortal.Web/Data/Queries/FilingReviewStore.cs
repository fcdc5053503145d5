using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>What the staff list of filings is narrowed to: the year filed, body, kind, status, late-filed, overdue now.</summary>
public sealed record FilingFilter(int? Year = null, FilingBody? Body = null, NormativeDocumentKind? Kind = null, FilingStatus? Status = null,
    bool LateOnly = false, bool OverdueOnly = false);

/// <summary>A deadline that needs attention: the filing, which deadline, and the day it falls.</summary>
public sealed record FilingDeadlineRow(int Id, string Title, FilingBody Body, string DocumentNumber, FilingStatus Status, DateOnly DueOn);

/// <summary>The dashboard of 备案审查: format checks due within 3 days or overdue, reviews due within 15 days or overdue, replies overdue.</summary>
public sealed record FilingAttention(IReadOnlyList<FilingDeadlineRow> FormatChecks, IReadOnlyList<FilingDeadlineRow> Reviews, IReadOnlyList<FilingDeadlineRow> Replies)
{
    public int Count => FormatChecks.Count + Reviews.Count + Replies.Count;
}

/// <summary>A year's filings counted by body and kind, and the closed reviews by result (the public sees these counts only).</summary>
public sealed record FilingYearFigures(int Year, IReadOnlyList<(FilingBody Body, NormativeDocumentKind Kind, int Count)> ByBodyAndKind,
    IReadOnlyList<(FilingReviewResult Result, int Count)> ByResult, int Total, int Late, int UnderReview, int Closed)
{
    public int Of(NormativeDocumentKind kind) => ByBodyAndKind.Where(r => r.Kind == kind).Sum(r => r.Count);
}

/// <summary>What a member of the public reads with their receipt code: never the contact or the name.</summary>
public sealed record ReviewRequestLookup(string DocumentTitle, ReviewRequestStatus Status, DateTimeOffset SubmittedAt, ReviewRequestResult? Result,
    string? AnswerText, DateTimeOffset? AnsweredAt);

/// <summary>
/// Filing review (备案审查, docs/domain/legislation.md) for the pages: the filings and review requests, the filters and the
/// deadlines of the dashboard, registration (a document number is unique per body), one action at the version the page
/// showed through <see cref="AggregateCommands"/> with the working-day calendar, and the public's review requests with
/// their receipt codes.
/// </summary>
public sealed class FilingReviewStore(AppDbContext db, WorkingCalendarProvider calendar, TimeProvider clock)
{
    /// <summary>A format check this close to its deadline is listed on the dashboard.</summary>
    public const int FormatCheckSoonDays = 3;

    /// <summary>A review this close to its three-month deadline is listed on the dashboard.</summary>
    public const int ReviewSoonDays = 15;

    public const string FilingConflict = "操作未成功：在您操作期间，其他人已处理了这件备案文件。页面已显示最新情况，请核对后再操作。";
    public const string RequestConflict = "操作未成功：在您操作期间，其他人已处理了这件审查建议。页面已显示最新情况，请核对后再操作。";
    public const string FilingNotFound = "找不到这件备案文件。";
    public const string RequestNotFound = "找不到这件审查建议。";

    /// <summary>Where the register and edit forms show a duplicate document number (the unique index cannot name a draft field).</summary>
    public const string DocumentNumberKey = "Input.DocumentNumber";

    private static Concurrency.UniqueField DuplicateNumber => new(DocumentNumberKey, LegislationMessages.DuplicateDocumentNumber.Message);

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct) => calendar.GetAsync(ct);

    public IQueryable<NormativeDocumentFiling> Filings => db.NormativeDocumentFilings;

    public IQueryable<ReviewRequest> Requests => db.ReviewRequests;

    // ---------------------------------------------------------------- filters

    /// <summary>Filings whose running deadline has passed on <paramref name="today"/> (the same rule as <see cref="NormativeDocumentFiling.IsOverdueOn"/>).</summary>
    public static IQueryable<NormativeDocumentFiling> Overdue(IQueryable<NormativeDocumentFiling> query, DateOnly today) =>
        query.Where(f => (f.Status == FilingStatus.Registered && f.FormatCheckDueOn < today)
            || (f.Status == FilingStatus.UnderReview && f.ReviewDueOn < today)
            || (f.Status == FilingStatus.CorrectionRequested && f.ReplyDueOn < today));

    public static IQueryable<NormativeDocumentFiling> Filter(IQueryable<NormativeDocumentFiling> query, FilingFilter filter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Year is { } year) query = query.Where(f => f.FiledOn >= new DateOnly(year, 1, 1) && f.FiledOn <= new DateOnly(year, 12, 31));
        if (filter.Body is { } body) query = query.Where(f => f.Body == body);
        if (filter.Kind is { } kind) query = query.Where(f => f.Kind == kind);
        if (filter.Status is { } status) query = query.Where(f => f.Status == status);
        if (filter.LateOnly) query = query.Where(f => f.IsLate);
        if (filter.OverdueOnly) query = Overdue(query, today);
        return query;
    }

    /// <summary>Review requests not answered yet (the header's to-do).</summary>
    public static IQueryable<ReviewRequest> Unanswered(IQueryable<ReviewRequest> query) => query.Where(r => r.Status != ReviewRequestStatus.Answered);

    // ---------------------------------------------------------------- the dashboard and the figures

    public async Task<FilingAttention> AttentionAsync(CancellationToken ct)
    {
        var today = Today;
        var filings = db.NormativeDocumentFilings.AsNoTracking();
        var formatBy = today.AddDays(FormatCheckSoonDays);
        var reviewBy = today.AddDays(ReviewSoonDays);
        var format = await filings.Where(f => f.Status == FilingStatus.Registered && f.FormatCheckDueOn <= formatBy).OrderBy(f => f.FormatCheckDueOn).Take(100)
            .Select(f => new FilingDeadlineRow(f.Id, f.Title, f.Body, f.DocumentNumber, f.Status, f.FormatCheckDueOn)).ToListAsync(ct);
        var reviews = await filings.Where(f => f.Status == FilingStatus.UnderReview && f.ReviewDueOn <= reviewBy).OrderBy(f => f.ReviewDueOn).Take(100)
            .Select(f => new FilingDeadlineRow(f.Id, f.Title, f.Body, f.DocumentNumber, f.Status, f.ReviewDueOn)).ToListAsync(ct);
        var replies = await filings.Where(f => f.Status == FilingStatus.CorrectionRequested && f.ReplyDueOn < today).OrderBy(f => f.ReplyDueOn).Take(100)
            .Select(f => new FilingDeadlineRow(f.Id, f.Title, f.Body, f.DocumentNumber, f.Status, f.ReplyDueOn!.Value)).ToListAsync(ct);
        return new FilingAttention(format, reviews, replies);
    }

    /// <summary>The year's filings (by filing date) counted by body and kind, and the reviews closed that year by result.</summary>
    public async Task<FilingYearFigures> YearFiguresAsync(int year, CancellationToken ct)
    {
        var ofYear = Filter(db.NormativeDocumentFilings.AsNoTracking(), new FilingFilter(year), Today);
        var byBodyAndKind = await ofYear.GroupBy(f => new { f.Body, f.Kind }).Select(g => new { g.Key.Body, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var byResult = await db.NormativeDocumentFilings.AsNoTracking().Where(f => f.ClosedOn >= from && f.ClosedOn <= to && f.Result != null)
            .GroupBy(f => f.Result!.Value).Select(g => new { Result = g.Key, Count = g.Count() }).ToListAsync(ct);
        var late = await ofYear.CountAsync(f => f.IsLate, ct);
        var closed = await ofYear.CountAsync(f => f.Status == FilingStatus.Closed, ct);
        var total = byBodyAndKind.Sum(r => r.Count);
        return new FilingYearFigures(year,
            [.. byBodyAndKind.OrderBy(r => r.Body).ThenBy(r => r.Kind).Select(r => (r.Body, r.Kind, r.Count))],
            [.. byResult.OrderBy(r => r.Result).Select(r => (r.Result, r.Count))],
            total, late, total - closed, closed);
    }

    /// <summary>The years that have filings, newest first, with this year.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct)
    {
        var years = await db.NormativeDocumentFilings.AsNoTracking().Select(f => f.FiledOn.Year).Distinct().ToListAsync(ct);
        return [.. years.Append(Today.Year).Distinct().OrderByDescending(y => y)];
    }

    // ---------------------------------------------------------------- filings

    /// <summary>Registers a filing on today's date; the same document number of the same body is refused at its field.</summary>
    public async Task<CommandResult<int>> RegisterAsync(FilingDraft draft, Actor actor, CancellationToken ct)
    {
        var days = await CalendarAsync(ct);
        return await db.CreateAsync(() =>
        {
            var filing = NormativeDocumentFiling.Register(draft, actor, clock.GetUtcNow(), days);
            db.NormativeDocumentFilings.Add(filing);
            return filing.Id;
        }, DuplicateNumber, ct);
    }

    /// <summary>
    /// One action on a filing at the version the page showed, with the working-day calendar and the time. A refusal, a lost
    /// race or a duplicate document number comes back as a result; nothing is saved then.
    /// </summary>
    public async Task<CommandResult<int>> ActAsync(int id, uint version, Action<NormativeDocumentFiling, WorkingDayCalendar, DateTimeOffset> action,
        Func<CancellationToken, Task<Concurrency.Snapshot?>>? current, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (await StaleAsync(db.NormativeDocumentFilings, id, version, current, FilingConflict, ct) is { } stale) return stale;
        var days = await CalendarAsync(ct);
        var now = clock.GetUtcNow();
        return await db.RunAsync(db.NormativeDocumentFilings, id, version, filing =>
        {
            action(filing, days, now);
            return filing.Id;
        }, new CommandOptions
        {
            NotFound = FilingNotFound,
            ConflictMessage = FilingConflict,
            Current = current,
            Unique = DuplicateNumber,
        }, ct);
    }

    /// <summary>The filing as saved now, for an edit form's conflict panel.</summary>
    public async Task<Concurrency.Snapshot?> SnapshotAsync(int id, CancellationToken ct)
    {
        var f = await db.NormativeDocumentFilings.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return f is null ? null : new Concurrency.Snapshot(new Dictionary<string, string?>
        {
            ["状态"] = FilingWorkflow.StatusLabel(f.Status),
            ["制定机关"] = FilingWorkflow.BodyLabel(f.Body),
            ["文件类别"] = FilingWorkflow.DocumentKindLabel(f.Kind),
            ["文件名称"] = f.Title,
            ["文号"] = f.DocumentNumber,
            ["公布日期"] = Display.Date(f.PublishedOn),
            ["内容摘要"] = f.Summary,
        }, f.Version);
    }

    /// <summary>
    /// Someone acted since the page was shown: the user learns that (and, on an edit form, what they saved) rather than a
    /// refusal of an action the record's new state no longer allows. The race between two saves is still caught by the
    /// row version when saving (<see cref="AggregateCommands"/>).
    /// </summary>
    private static async Task<CommandResult<int>?> StaleAsync<T>(IQueryable<T> rows, int id, uint version,
        Func<CancellationToken, Task<Concurrency.Snapshot?>>? current, string message, CancellationToken ct) where T : class
    {
        var stored = await rows.AsNoTracking().Where(e => EF.Property<int>(e, "Id") == id).Select(e => (uint?)EF.Property<uint>(e, Concurrency.VersionProperty)).FirstOrDefaultAsync(ct);
        if (stored is null || stored == version) return null;
        if (current is null) return CommandResult<int>.Conflict(null, null, message);
        var theirs = await current(ct);
        return CommandResult<int>.Conflict(theirs?.Values, theirs?.Version);
    }

    // ---------------------------------------------------------------- review requests

    /// <summary>
    /// Stores a review request from the public with a fresh receipt code (drawn again in the unlikely case it exists) and
    /// returns the code; a refusal names its field.
    /// </summary>
    public async Task<CommandResult<string>> SubmitRequestAsync(ReviewRequestDraft draft, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var code = ReceiptCode.New();
            var result = await db.CreateAsync(() =>
            {
                db.ReviewRequests.Add(ReviewRequest.Submit(draft, code, clock.GetUtcNow()));
                return code;
            }, new Concurrency.UniqueField("", Concurrency.Duplicate), ct);
            if (result.IsSuccess || result.Refusal is not null || attempt >= 3) return result;
        }
    }

    public async Task<CommandResult<int>> RequestActAsync(int id, uint version, Action<ReviewRequest, DateTimeOffset> action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (await StaleAsync(db.ReviewRequests, id, version, null, RequestConflict, ct) is { } stale) return stale;
        var now = clock.GetUtcNow();
        return await db.RunAsync(db.ReviewRequests, id, version, request =>
        {
            action(request, now);
            return request.Id;
        }, new CommandOptions { NotFound = RequestNotFound, ConflictMessage = RequestConflict }, ct);
    }

    /// <summary>Accepts a request, naming the filed document when staff chose one (it must exist).</summary>
    public async Task<CommandResult<int>> AcceptRequestAsync(int id, uint version, int? filingId, Actor actor, CancellationToken ct)
    {
        if (filingId is > 0 and var chosen && !await db.NormativeDocumentFilings.AnyAsync(f => f.Id == chosen, ct))
            return CommandResult<int>.Fail(Concurrency.MissingReference, "Accept.FilingId");
        return await RequestActAsync(id, version, (r, now) => r.Accept(filingId, actor, now), ct);
    }

    /// <summary>What the code's owner may read; null for a code that is not one or not found (the page says only 未找到).</summary>
    public async Task<ReviewRequestLookup?> LookupAsync(string? typed, CancellationToken ct)
    {
        var code = ReceiptCode.Normalize(typed);
        if (code is null) return null;
        return await db.ReviewRequests.AsNoTracking().Where(r => r.ReceiptCode == code)
            .Select(r => new ReviewRequestLookup(r.DocumentTitle, r.Status, r.SubmittedAt, r.Result, r.AnswerText, r.AnsweredAt))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Titles of filed documents, for the public form's suggestions list.</summary>
    public Task<List<string>> FiledTitlesAsync(CancellationToken ct) =>
        db.NormativeDocumentFilings.AsNoTracking().Select(f => f.Title).Distinct().OrderBy(t => t).Take(1000).ToListAsync(ct);
}
