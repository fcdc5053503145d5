using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputy.Suggestions;

/// <summary>
/// One of the signed-in deputy's own suggestions: the units, the main steps, the contacts, every reply of every
/// round with its rating, the commitments and their progress; and the rating form for the lead deputy (DOMAIN.md §4).
/// Any other suggestion answers 404, published or not: the public version is at /Suggestions.
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public RateCommand Rate { get; set; } = new();

    /// <summary>The reply whose rating form was posted and came back with an error: its form shows what was typed.</summary>
    public int? PostedReplyId { get; private set; }

    public Detail View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostRateAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.RateAsync(Id, User.GetDeputyId()!.Value, Rate, User.AsDeputy(), ct);
            if (result is null) return NotFound();
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = Rate.Rating == Satisfaction.Unsatisfied
                    ? "评价已提交。已转承办单位重新办理，答复后请您再次评价。"
                    : "评价已提交，谢谢您的评价。";
                return RedirectToPage("Details", null, new { id = Id }, "replies");
            }
            ModelState.AddModelError(result.Field, result.Error);
        }
        PostedReplyId = Rate.ReplyId;
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var detail = await handler.DetailAsync(Id, User.GetDeputyId()!.Value, ct);
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

    public sealed record FileLink(int Id, string Name);

    public sealed record Update(DateOnly On, int Progress, string Note);

    public sealed record Commitment(string Description, DateOnly PlannedOn, int Progress, DateOnly? CompletedOn, IReadOnlyList<Update> Updates);

    public sealed record Reply(
        int Id,
        int Round,
        string Classification,
        string ClassificationLabel,
        string Text,
        string Signer,
        DateOnly RepliedOn,
        bool OnTime,
        FileLink? Letter,
        DateOnly RatingDueOn,
        Satisfaction? Rating,
        string? RatingComment,
        DateOnly? RatedOn,
        bool CanRate,
        bool RatingWindowPassed,
        IReadOnlyList<Commitment> Commitments);

    public sealed record Contact(ContactStage Stage, DateOnly Date, ContactForm Form, string? Notes);

    public sealed record UnitPart(
        string Unit,
        AssignmentRole Role,
        AssignmentState State,
        DateOnly AssignedOn,
        DateOnly? AcceptedOn,
        DateOnly DueOn,
        ExtensionState Extension,
        int Round,
        IReadOnlyList<Contact> Contacts,
        IReadOnlyList<Reply> Replies);

    public sealed record Step(DateTimeOffset At, string Label, string? Unit, string? Detail);

    public sealed record NamedDeputy(string Name, SuggestionDeputyRole Role);

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
        int? MergedIntoId,
        HandlingMode? Mode,
        DateOnly? DueOn,
        DateOnly? ClosedOn,
        bool IsKey,
        uint Version,
        bool IsLead,
        SuggestionDeputyRole MyRole,
        IReadOnlyList<NamedDeputy> Deputies,
        IReadOnlyList<FileLink> Attachments,
        IReadOnlyList<UnitPart> Units,
        IReadOnlyList<Step> Steps);

    public sealed class Handler(AppDbContext db, SuggestionStore store)
    {
        /// <summary>The steps a deputy follows; internal ones (return and extension requests, key marking, themes) stay with staff.</summary>
        private static readonly HashSet<SuggestionEventKind> DeputySteps =
        [
            SuggestionEventKind.Registered, SuggestionEventKind.Submitted, SuggestionEventKind.Accepted, SuggestionEventKind.ConvertedToLetter,
            SuggestionEventKind.Merged, SuggestionEventKind.MergedInto, SuggestionEventKind.Withdrawn, SuggestionEventKind.Assigned,
            SuggestionEventKind.AssignmentAccepted, SuggestionEventKind.ReturnApproved, SuggestionEventKind.ExtensionApproved,
            SuggestionEventKind.ContactLogged, SuggestionEventKind.Replied, SuggestionEventKind.Rated, SuggestionEventKind.RehandlingStarted,
            SuggestionEventKind.Closed, SuggestionEventKind.CommitmentUpdated,
        ];

        public async Task<Detail?> DetailAsync(int id, int deputyId, CancellationToken ct)
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

            var isLead = s.LeadDeputyId == deputyId;
            var mayRate = isLead && SuggestionWorkflow.Allows(s.Status, SuggestionAction.Rate, PortalRole.Deputy);
            var parts = s.Assignments.Where(a => a.IsActive).OrderBy(a => a.Id).Select(a => new UnitPart(
                    units.GetValueOrDefault(a.UnitId, ""), a.Role, a.State, a.AssignedOn, a.AcceptedOn, a.DueOn, a.Extension, a.Round,
                    [.. a.Contacts.OrderBy(c => c.Date).ThenBy(c => c.Id).Select(c => new Contact(c.Stage, c.Date, c.Form, c.Notes))],
                    [.. a.Replies.OrderBy(r => r.Round).Select(r =>
                    {
                        var awaiting = a.State == AssignmentState.Replied && r == a.LatestReply && r.Rating is null;
                        return new Reply(
                            r.Id, r.Round, r.Classification, LabelOf(rules, r.Classification), r.Text, r.Signer, r.RepliedOn, r.OnTime,
                            r.LetterFileId is { } letter ? new FileLink(letter, files.GetValueOrDefault(letter, "答复函")) : null,
                            r.RatingDueOn, r.Rating, r.RatingComment, r.RatedOn,
                            CanRate: mayRate && awaiting && today <= r.RatingDueOn,
                            RatingWindowPassed: awaiting && today > r.RatingDueOn,
                            [.. r.Commitments.OrderBy(c => c.PlannedOn).ThenBy(c => c.Id).Select(c => new Commitment(
                                c.Description, c.PlannedOn, c.Progress, c.CompletedOn,
                                [.. c.Updates.OrderBy(u => u.On).ThenBy(u => u.Id).Select(u => new Update(u.On, u.Progress, u.Note))]))]);
                    })]))
                .ToList();
            var steps = s.Events.Where(e => DeputySteps.Contains(e.Kind)).OrderBy(e => e.At).ThenBy(e => e.Id)
                .Select(e => new Step(e.At, SuggestionLabels.For(e.Kind), e.UnitId is { } unit ? units.GetValueOrDefault(unit) : null, e.Detail))
                .ToList();

            return new Detail(
                s.Id, s.Number, s.Title, s.Content, category, s.Source,
                session is null ? null : CongressSession.FormatName(session.Term, session.Number),
                s.ReceivedOn, s.Status, s.StatusReason, s.MergedIntoId, s.Mode, s.DueOn, s.ClosedOn, s.IsKey, s.Version,
                isLead, s.Deputies.First(d => d.DeputyId == deputyId).Role,
                [.. s.Deputies.OrderBy(d => d.Order).Select(d => new NamedDeputy(names.GetValueOrDefault(d.DeputyId, ""), d.Role))],
                [.. s.Attachments.OrderBy(a => a.Id).Select(a => new FileLink(a.FileId, a.FileName))],
                parts, steps);
        }

        /// <summary>The lead deputy rates a reply; null when the suggestion is not the deputy's (the page answers 404).</summary>
        public async Task<CommandResult<int>?> RateAsync(int id, int deputyId, RateCommand input, Actor actor, CancellationToken ct)
        {
            var scope = store.ForDeputy(deputyId);
            if (!await scope.AnyAsync(s => s.Id == id, ct)) return null;
            var result = await store.ActAsync(scope, id, input.Version,
                (s, rules, now) => s.Rate(input.ReplyId, input.Rating!.Value, input.Comment, actor, now, rules), ct);
            // The domain's refusal of a 不满意 without a comment belongs next to the comment field.
            return !result.IsSuccess && result.Error == SuggestionMessages.UnsatisfiedNeedsComment
                ? CommandResult<int>.Fail(result.Error, $"{nameof(Rate)}.{nameof(RateCommand.Comment)}")
                : result;
        }

        private static string LabelOf(SuggestionRules rules, string code) =>
            rules.Classifications.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))?.Label ?? code;
    }
}
