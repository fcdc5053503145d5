using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Shared.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputy.Suggestions;

/// <summary>
/// One of the signed-in deputy's own suggestions: the units, the main steps, the contacts, every reply of every round
/// with its rating, the commitments and their progress; and, where the domain allows it, the rating form for the lead
/// deputy (docs/domain/suggestions.md). Any other suggestion answers 404, published or not: the public version is at
/// /Suggestions.
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler) : ActionFormsPage
{
    public const string RateForm = "Rate";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public RateCommand Rate { get; private set; } = new();

    public Detail View { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostRateAsync([Bind(Prefix = RateForm)] RateCommand input, CancellationToken ct)
    {
        Rate = input;
        var success = input.Rating == Satisfaction.Unsatisfied
            ? "评价已提交。已转承办单位重新办理，答复后请您再次评价。"
            : "评价已提交，谢谢您的评价。";
        return ActAsync(RateForm, input, () => handler.RateAsync(Id, User.GetDeputyId()!.Value, input, User.AsDeputy(), ct), success, ct);
    }

    public const string ConfirmForm = "Confirm";
    public const string DeclineForm = "Decline";

    private bool _declined;

    /// <summary>附议确认 (S1a): an invited co-signer confirms on their desk.</summary>
    public Task<IActionResult> OnPostConfirmAsync([Bind(Prefix = ConfirmForm)] VersionCommand input, CancellationToken ct) =>
        ActAsync(ConfirmForm, input, () => handler.AnswerAsync(Id, User.GetDeputyId()!.Value, input.Version, (s, now) => s.ConfirmCoSigning(User.AsDeputy(), now), ct),
            "已确认附议。", ct);

    /// <summary>Declining takes the deputy off the suggestion: the page is no longer theirs, so it returns to the desk.</summary>
    public Task<IActionResult> OnPostDeclineAsync([Bind(Prefix = DeclineForm)] VersionCommand input, CancellationToken ct)
    {
        _declined = true;
        return ActAsync(DeclineForm, input, () => handler.AnswerAsync(Id, User.GetDeputyId()!.Value, input.Version, (s, now) => s.DeclineCoSigning(User.AsDeputy(), now), ct),
            "已谢绝附议，这件建议不再列您为附议代表。", ct);
    }

    protected override IActionResult AfterSuccess() => _declined
        ? RedirectToPage("/Deputy/Index")
        : RedirectToPage("Details", null, new { id = Id }, "replies");

    public sealed record VersionCommand
    {
        public uint Version { get; init; }
    }

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var detail = await handler.DetailAsync(Id, User.GetDeputyId()!.Value, User.AsDeputy(),
            fileId => Url.Page("/Deputy/Suggestions/File", new { suggestion = Id, id = fileId })!, ct);
        if (detail is null) return NotFound();
        View = detail;
        return Page();
    }

    public sealed record RateCommand
    {
        public int ReplyId { get; init; }

        [Required(ErrorMessage = "请选择评价结果。"), Display(Name = "评价结果")]
        public Satisfaction? Rating { get; init; }

        [StringLength(1000, ErrorMessage = "评价意见不能超过 1000 字。"), Display(Name = "评价意见")]
        public string? Comment { get; init; }

        public uint Version { get; init; }
    }

    /// <summary>A reply with what the deputy may do about it now: rate it, or why not (the domain's answer).</summary>
    public sealed record ReplyItem(ReplyView View, bool CanRate, string? WhyNotRate, bool AwaitingRating);

    public sealed record UnitPart(string Unit, SuggestionAssignment Part, IReadOnlyList<ReplyItem> Replies);

    /// <summary>A deputy of the suggestion; <see cref="Answer"/> says 待确认 or how the signature came (S1a).</summary>
    public sealed record NamedDeputy(string Name, SuggestionDeputyRole Role, bool Pending, string Answer);

    public sealed record Detail(
        int Id,
        string Number,
        string Title,
        string Content,
        string? Category,
        SuggestionSource Source,
        string? Session,
        DateOnly ReceivedOn,
        SuggestionStatus Status,
        string? StatusReason,
        string? ClosingNote,
        int? MergedIntoId,
        HandlingMode? Mode,
        DateOnly? DueOn,
        DateOnly? ClosedOn,
        bool IsKey,
        uint Version,
        SuggestionDeputyRole MyRole,
        IReadOnlyList<NamedDeputy> Deputies,
        IReadOnlyList<FileLink> Attachments,
        IReadOnlyList<UnitPart> Units,
        IReadOnlyList<TimelineRow> Steps,
        AvailableActions<SuggestionAction> Actions,
        IReadOnlyList<UnitContactView> UnitContacts,
        SuggestionDeadlineTexts Deadlines);

    public sealed class Handler(AppDbContext db, SuggestionStore store, SuggestionContactQueries contacts)
    {
        /// <summary>The steps a deputy follows; internal ones (return and extension requests, reviews, key marking, themes) stay with staff.</summary>
        private static readonly HashSet<SuggestionEventKind> DeputySteps =
        [
            SuggestionEventKind.Registered, SuggestionEventKind.Submitted, SuggestionEventKind.Accepted, SuggestionEventKind.ConvertedToLetter,
            SuggestionEventKind.Merged, SuggestionEventKind.MergedInto, SuggestionEventKind.Withdrawn, SuggestionEventKind.Assigned,
            SuggestionEventKind.AssignmentCorrected, SuggestionEventKind.UnitReassigned,
            SuggestionEventKind.AssignmentAccepted, SuggestionEventKind.ReturnApproved, SuggestionEventKind.ExtensionApproved,
            SuggestionEventKind.ContactLogged, SuggestionEventKind.Replied, SuggestionEventKind.ReplyCorrected, SuggestionEventKind.Rated,
            SuggestionEventKind.RehandlingStarted, SuggestionEventKind.Closed, SuggestionEventKind.ClosedWithExplanation, SuggestionEventKind.CommitmentUpdated,
            SuggestionEventKind.CoSigningConfirmed, SuggestionEventKind.CoSigningDeclined, SuggestionEventKind.CoSigningLapsed, SuggestionEventKind.UnitContactGiven,
        ];

        public async Task<Detail?> DetailAsync(int id, int deputyId, Actor actor, Func<int, string> fileUrl, CancellationToken ct)
        {
            var s = await SuggestionStore.WithEverything(store.ForDeputy(deputyId)).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (s is null) return null;
            var rules = await store.RulesAsync(ct);
            var today = store.Today;

            var deputyIds = s.Deputies.Select(d => d.DeputyId).ToList();
            var names = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            var unitIds = s.Assignments.Select(a => a.UnitId).Concat(s.Events.Where(e => e.UnitId != null).Select(e => e.UnitId!.Value)).Distinct().ToList();
            var units = await db.HandlingUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            var category = await db.SuggestionCategories.AsNoTracking().Where(c => c.Id == s.CategoryId).Select(c => c.Name).FirstOrDefaultAsync(ct);
            var session = s.SessionId is null ? null : await db.Sessions.AsNoTracking().Where(x => x.Id == s.SessionId)
                .Select(x => new { Term = x.Term.Number, x.Number }).FirstOrDefaultAsync(ct);
            var fileIds = s.Attachments.Select(a => a.FileId)
                .Concat(s.Assignments.SelectMany(a => a.Replies).Where(r => r.LetterFileId != null).Select(r => r.LetterFileId!.Value))
                .Distinct().ToList();
            // Names only: the bytes are read when the file is downloaded.
            var files = await db.StoredFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.FileName, ct);

            string Label(string code) => rules.Classifications.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)) is { } c ? $"{c.Code}类：{c.Label}" : code;
            var parts = s.ActiveAssignments.OrderBy(a => a.Id).Select(a =>
                {
                    var actions = s.AvailableOn(a, actor, today);
                    return new UnitPart(units.GetValueOrDefault(a.UnitId, ""), a, [.. a.Replies.OrderBy(r => r.Round).Select(r =>
                    {
                        var latest = r == a.LatestReply && r.Rating is null;
                        var view = new ReplyView(r, Label(r.Classification),
                            r.LetterFileId is { } letter ? new FileLink(fileUrl(letter), files.GetValueOrDefault(letter, "答复函")) : null,
                            today, ShowReview: false, ShowRevisions: false, HeadingId: $"reply-heading-{r.Id}");
                        return new ReplyItem(view, latest && actions.Can(SuggestionAction.Rate), latest ? actions.Explain(SuggestionAction.Rate) : null, latest);
                    })]);
                })
                .ToList();
            var steps = s.Events.Where(e => DeputySteps.Contains(e.Kind)).OrderBy(e => e.At).ThenBy(e => e.Id)
                .Select(e => new TimelineRow(e.At, SuggestionLabels.For(e.Kind), null, e.UnitId is { } unit ? units.GetValueOrDefault(unit) : null, e.Detail))
                .ToList();

            return new Detail(
                s.Id, s.Number, s.Title, s.Content, category, s.Source,
                session is null ? null : CongressSession.FormatName(session.Term, session.Number),
                s.ReceivedOn, s.Status, s.StatusReason, s.ClosingNote, s.MergedIntoId, s.Mode, s.DueOn, s.ClosedOn, s.IsKey, s.Version,
                s.Deputies.First(d => d.DeputyId == deputyId).Role,
                [.. s.Deputies.OrderBy(d => d.Order).Select(d => new NamedDeputy(names.GetValueOrDefault(d.DeputyId, ""), d.Role, d.IsPending, SuggestionLabels.For(d)))],
                [.. s.Attachments.OrderBy(a => a.Id).Select(a => new FileLink(fileUrl(a.FileId), a.FileName))],
                parts, steps, s.AvailableActions(actor, today),
                await contacts.UnitsOfAsync(s, ct),
                rules.Settings.DeadlineTexts());
        }

        /// <summary>A co-signer's answer to the invitation; another deputy's suggestion is "not found" (404).</summary>
        public Task<CommandResult<int>> AnswerAsync(int id, int deputyId, uint version, Action<Suggestion, DateTimeOffset> answer, CancellationToken ct) =>
            store.ActAsync(store.ForDeputy(deputyId), id, version, (s, _, now) => answer(s, now), ct);

        /// <summary>The lead deputy rates a reply; another deputy's suggestion is "not found" (the page answers 404).</summary>
        public Task<CommandResult<int>> RateAsync(int id, int deputyId, RateCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.ForDeputy(deputyId), id, input.Version,
                (s, rules, now) => s.Rate(input.ReplyId, input.Rating!.Value, input.Comment, actor, now, rules), ct);
    }
}
