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

namespace CongressPortal.Web.Pages.Unit.Suggestions;

/// <summary>
/// One suggestion as the handling unit sees it: the suggestion itself (deputies by name only), the unit's own
/// assignment with its deadlines, its contacts, opinions, replies, the deputy's ratings and its commitments; a lead
/// unit also sees the co-units' opinions. Every action posts the version the page showed and runs through
/// <see cref="SuggestionStore.ActAsync(IQueryable{Suggestion}, int, uint, Func{Suggestion, SuggestionRules, DateTimeOffset, Task}, CancellationToken)"/>
/// within the unit's scope, so another unit's suggestion is "not found" (404) and a stale page gets a conflict message.
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes)]
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    public const int CommitmentRows = 3;
    public const string LetterRequired = "请选择盖章的答复函文件（PDF、Word 或扫描图片）。";
    public const string ReselectLetter = "请重新选择答复函文件：出于安全原因，浏览器不会保留已选择的文件。";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public SuggestionView View { get; private set; } = null!;

    public ReasonCommand Return { get; private set; } = new();

    public ReasonCommand Extension { get; private set; } = new();

    public ContactCommand Contact { get; private set; } = new();

    public OpinionCommand Opinion { get; private set; } = new();

    public ReplyCommand Reply { get; private set; } = new();

    /// <summary>The signed reply letter; never shown back (browsers do not keep a chosen file), only its errors.</summary>
    public IFormFile? ReplyLetter { get; private set; }

    /// <summary>The progress update that failed, to show its values and message on that commitment's form only.</summary>
    public ProgressCommand? Progress { get; private set; }

    /// <summary>The form whose post failed: its message is shown there, and the page says so at the top.</summary>
    public string? FailedForm { get; private set; }

    /// <summary>A reply post failed after a file was chosen: the user must choose it again.</summary>
    public bool MustReselectLetter { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public Task<IActionResult> OnPostAcceptAsync(uint version, CancellationToken ct) =>
        ActAsync(Forms.Accept, () => handler.AcceptAsync(UnitId, Id, version, User.AsUnit(), ct), "已签收。请在答复期限内办理，并与代表沟通联系。", _ => Forms.Accept, ct);

    public Task<IActionResult> OnPostReturnAsync(uint version, [Bind(Prefix = Forms.Return)] ReasonCommand input, CancellationToken ct)
    {
        Return = input;
        return ActAsync(Forms.Return, () => handler.RequestReturnAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            "已提交退回申请，等待市人大常委会代表工作机构审批。", _ => Forms.Return, ct);
    }

    public Task<IActionResult> OnPostExtensionAsync(uint version, [Bind(Prefix = Forms.Extension)] ReasonCommand input, CancellationToken ct)
    {
        Extension = input;
        return ActAsync(Forms.Extension, () => handler.RequestExtensionAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            "已提交延期申请，等待市人大常委会代表工作机构审批。", _ => Forms.Extension, ct);
    }

    public Task<IActionResult> OnPostContactAsync(uint version, [Bind(Prefix = Forms.Contact)] ContactCommand input, CancellationToken ct)
    {
        Contact = input;
        return ActAsync(Forms.Contact, () => handler.LogContactAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            "已登记联系代表情况。",
            error => error == SuggestionMessages.ContactDateInvalid ? $"{Forms.Contact}.{nameof(ContactCommand.Date)}" : Forms.Contact, ct);
    }

    public Task<IActionResult> OnPostOpinionAsync(uint version, [Bind(Prefix = Forms.Opinion)] OpinionCommand input, CancellationToken ct)
    {
        Opinion = input;
        return ActAsync(Forms.Opinion, () => handler.SendOpinionAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            "协办意见已送主办单位。", _ => Forms.Opinion, ct);
    }

    public Task<IActionResult> OnPostReplyAsync(uint version, [Bind(Prefix = Forms.Reply)] ReplyCommand input, IFormFile? replyLetter, CancellationToken ct)
    {
        Reply = input;
        ReplyLetter = replyLetter;
        for (var i = 0; i < input.Commitments.Count; i++)
        {
            var row = input.Commitments[i];
            var prefix = $"{Forms.Reply}.{nameof(ReplyCommand.Commitments)}[{i}]";
            if (string.IsNullOrWhiteSpace(row.Description) && row.PlannedOn is not null)
                ModelState.AddModelError($"{prefix}.{nameof(CommitmentRow.Description)}", "请填写承诺事项，或清空这一行的计划完成日期。");
            if (!string.IsNullOrWhiteSpace(row.Description) && row.PlannedOn is null)
                ModelState.AddModelError($"{prefix}.{nameof(CommitmentRow.PlannedOn)}", "请填写计划完成日期。");
        }
        if (replyLetter is null || replyLetter.Length == 0) ModelState.AddModelError(nameof(ReplyLetter), LetterRequired);
        MustReselectLetter = replyLetter is { Length: > 0 };
        return ActAsync(Forms.Reply, () => handler.ReplyAsync(UnitId, Id, version, input, replyLetter!, User.AsUnit(), ct),
            "答复已提交，等待代表评价。", ReplyField, ct);
    }

    public Task<IActionResult> OnPostProgressAsync(uint version, [Bind(Prefix = Forms.Progress)] ProgressCommand input, CancellationToken ct)
    {
        Progress = input;
        return ActAsync(Forms.Progress, () => handler.UpdateCommitmentAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            input.Percent == 100 ? "已记录进展：该承诺事项已完成。" : $"已记录承诺事项进展（{input.Percent}%）。",
            error => error switch
            {
                SuggestionMessages.ProgressBackwards or SuggestionMessages.ProgressRange => $"{Forms.Progress}.{nameof(ProgressCommand.Percent)}",
                SuggestionMessages.UpdateDateInvalid => $"{Forms.Progress}.{nameof(ProgressCommand.On)}",
                _ => Forms.Progress,
            }, ct);
    }

    /// <summary>The first message for a form (or field) key, for the forms that show their own errors.</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private int UnitId => User.GetUnitId()!.Value;

    private async Task<IActionResult> ActAsync(string form, Func<Task<CommandResult<int>>> act, string success, Func<string, string> fieldFor, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await act();
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = success;
                return RedirectToPage(new { id = Id });
            }
            if (result.Error == SuggestionStore.NotFound) return NotFound();
            ModelState.AddModelError(fieldFor(result.Error), result.Error);
        }
        FailedForm = form;
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(UnitId, Id, ct);
        if (view is null) return NotFound();
        View = view;
        // Defaults for the forms that were not posted; a posted form keeps what the user typed.
        if (FailedForm != Forms.Contact)
        {
            Contact = new ContactCommand
            {
                Stage = view.Mine.Replies.Count > 0 ? ContactStage.After : view.Mine.Contacts.Count > 0 ? ContactStage.During : ContactStage.Before,
                Date = view.Today,
                Form = ContactForm.InPerson,
            };
        }
        if (FailedForm != Forms.Reply) Reply = new ReplyCommand { RepliedOn = view.Today, IsPublishable = true };
        if (Reply.Commitments.Count < CommitmentRows)
            Reply = Reply with { Commitments = [.. Reply.Commitments, .. Enumerable.Range(0, CommitmentRows - Reply.Commitments.Count).Select(_ => new CommitmentRow())] };
        return Page();
    }

    private static string ReplyField(string error) => error switch
    {
        FileMessages.Empty or FileMessages.TooLarge or FileMessages.WrongKind => nameof(ReplyLetter),
        SuggestionMessages.CommitmentsRequired or SuggestionMessages.CommitmentDateInvalid => $"{Forms.Reply}.{nameof(ReplyCommand.Commitments)}",
        SuggestionMessages.ReplyDateInvalid => $"{Forms.Reply}.{nameof(ReplyCommand.RepliedOn)}",
        SuggestionMessages.UnknownClassification => $"{Forms.Reply}.{nameof(ReplyCommand.Classification)}",
        _ => Forms.Reply,
    };

    /// <summary>The forms of the page: each posts under its own prefix, and its form-level message is kept under that key.</summary>
    public static class Forms
    {
        public const string Accept = "Accept";
        public const string Return = "Return";
        public const string Extension = "Extension";
        public const string Contact = "Contact";
        public const string Opinion = "Opinion";
        public const string Reply = "Reply";
        public const string Progress = "Progress";
    }

    public sealed record ReasonCommand
    {
        [Required(ErrorMessage = "请填写理由"), StringLength(500, ErrorMessage = "理由不能超过500个字"), Display(Name = "理由")]
        public string? Reason { get; init; }
    }

    public sealed record ContactCommand
    {
        [Required(ErrorMessage = "请选择联系阶段"), Display(Name = "阶段")]
        public ContactStage? Stage { get; init; }

        [Required(ErrorMessage = "请填写联系日期"), Display(Name = "联系日期")]
        public DateOnly? Date { get; init; }

        [Required(ErrorMessage = "请选择联系方式"), Display(Name = "方式")]
        public ContactForm? Form { get; init; }

        [StringLength(1000, ErrorMessage = "联系情况不能超过1000个字"), Display(Name = "联系情况")]
        public string? Notes { get; init; }
    }

    public sealed record OpinionCommand
    {
        [Required(ErrorMessage = "请填写协办意见"), StringLength(5000, ErrorMessage = "协办意见不能超过5000个字"), Display(Name = "协办意见")]
        public string? Text { get; init; }
    }

    public sealed record CommitmentRow
    {
        [StringLength(500, ErrorMessage = "承诺事项不能超过500个字"), Display(Name = "承诺事项")]
        public string? Description { get; init; }

        [Display(Name = "计划完成日期")]
        public DateOnly? PlannedOn { get; init; }
    }

    public sealed record ReplyCommand
    {
        [Required(ErrorMessage = "请选择答复分类"), Display(Name = "答复分类")]
        public string? Classification { get; init; }

        [Required(ErrorMessage = "请填写答复内容"), StringLength(20000, ErrorMessage = "答复内容不能超过20000个字"), Display(Name = "答复内容")]
        public string? Text { get; init; }

        [Required(ErrorMessage = "请填写签发人"), StringLength(50, ErrorMessage = "签发人不能超过50个字"), Display(Name = "签发人")]
        public string? Signer { get; init; }

        [Required(ErrorMessage = "请填写答复日期"), Display(Name = "答复日期")]
        public DateOnly? RepliedOn { get; init; }

        [Display(Name = "同意公开答复内容")]
        public bool IsPublishable { get; init; }

        public List<CommitmentRow> Commitments { get; init; } = [];
    }

    public sealed record ProgressCommand
    {
        public int CommitmentId { get; init; }

        [Required(ErrorMessage = "请填写完成进度"), Range(0, 100, ErrorMessage = "完成进度须在 0 到 100 之间"), Display(Name = "完成进度（%）")]
        public int? Percent { get; init; }

        [Required(ErrorMessage = "请填写进展情况"), StringLength(1000, ErrorMessage = "进展情况不能超过1000个字"), Display(Name = "进展情况")]
        public string? Note { get; init; }

        [Required(ErrorMessage = "请填写进展日期"), Display(Name = "进展日期")]
        public DateOnly? On { get; init; }
    }

    /// <summary>Another unit on the suggestion: for a lead unit, each co-unit with its opinions; otherwise the lead or the other split units by name.</summary>
    public sealed record Partner(string UnitName, AssignmentRole Role, AssignmentState State, DateOnly DueOn, IReadOnlyList<SuggestionOpinion> Opinions);

    public sealed record FileLink(int FileId, string FileName);

    /// <summary>Which actions the unit can take now; the domain checks again when it does.</summary>
    public sealed record Abilities(bool Accept, bool Return, bool ReturnWindowPassed, bool Extension, bool Contact, bool Opinion, bool Reply, bool UpdateCommitments);

    /// <summary>
    /// What the unit may see. Its own assignment is the domain object itself (read-only, not tracked); other units
    /// appear only as <see cref="Partner"/>s, so their replies and ratings never reach the page.
    /// </summary>
    public sealed record SuggestionView(
        int Id,
        uint Version,
        string Number,
        string Title,
        string Content,
        string Category,
        string Origin,
        DateOnly ReceivedOn,
        SuggestionStatus Status,
        HandlingMode? Mode,
        string LeadDeputy,
        IReadOnlyList<string> CoSigners,
        IReadOnlyList<string> MergedDeputies,
        IReadOnlyList<FileLink> Attachments,
        SuggestionAssignment Mine,
        IReadOnlyDictionary<int, string> Letters,
        IReadOnlyList<Partner> Partners,
        IReadOnlyList<SuggestionEvent> Timeline,
        Abilities Can,
        IReadOnlyList<ReplyClassification> Classifications,
        DateOnly Today,
        int DueSoonDays)
    {
        public string ClassificationLabel(string code) =>
            Classifications.FirstOrDefault(c => c.Code == code) is { } c ? $"{c.Code} {c.Label}" : code;

        public IEnumerable<ReplyClassification> ActiveClassifications => Classifications.Where(c => c.IsActive).OrderBy(c => c.SortOrder);

        /// <summary>The reply being re-handled: the latest one, rated 不满意.</summary>
        public SuggestionReply? Unsatisfied =>
            Mine.State == AssignmentState.Rehandling && Mine.LatestReply is { Rating: Satisfaction.Unsatisfied } reply ? reply : null;
    }

    public sealed class Handler(AppDbContext db, SuggestionStore store)
    {
        public async Task<SuggestionView?> LoadAsync(int unitId, int id, CancellationToken ct)
        {
            var s = await SuggestionStore.WithEverything(store.ForUnit(unitId)).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            var mine = s?.AssignmentOf(unitId);
            if (s is null || mine is null) return null;
            var rules = await store.RulesAsync(ct);
            var today = store.Today;

            var deputyIds = s.Deputies.Select(d => d.DeputyId).ToList();
            var deputies = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id)).Select(d => new { d.Id, d.Name }).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            List<string> Names(SuggestionDeputyRole role) =>
                s.Deputies.Where(d => d.Role == role).OrderBy(d => d.Order).Select(d => deputies.GetValueOrDefault(d.DeputyId, "")).ToList();

            var unitIds = s.Assignments.Select(a => a.UnitId).Distinct().ToList();
            var units = await db.HandlingUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            var category = await db.SuggestionCategories.AsNoTracking().Where(c => c.Id == s.CategoryId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
            var session = s.SessionId is { } sessionId
                ? await db.Sessions.AsNoTracking().Where(x => x.Id == sessionId).Select(x => new { Term = x.Term.Number, x.Number }).FirstOrDefaultAsync(ct)
                : null;
            var origin = session is null ? $"{SuggestionLabels.For(s.Source)}（{s.Year}年）" : CongressSession.FormatName(session.Term, session.Number);

            var fileIds = s.Attachments.Select(a => a.FileId).Concat(mine.Replies.Where(r => r.LetterFileId != null).Select(r => r.LetterFileId!.Value)).ToList();
            var files = await db.StoredFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id)).Select(f => new { f.Id, f.FileName }).ToDictionaryAsync(f => f.Id, f => f.FileName, ct);

            var partners = s.Assignments
                .Where(a => a.IsActive && a.UnitId != unitId)
                .Where(a => mine.Role switch
                {
                    AssignmentRole.Lead => a.Role == AssignmentRole.CoHandling,
                    AssignmentRole.CoHandling => a.Role == AssignmentRole.Lead,
                    _ => a.Role == AssignmentRole.Split,
                })
                .Select(a => new Partner(units.GetValueOrDefault(a.UnitId, ""), a.Role, a.State, a.DueOn,
                    mine.Role == AssignmentRole.Lead ? a.Opinions.OrderBy(o => o.SentOn).ThenBy(o => o.Id).ToList() : []))
                .ToList();

            return new SuggestionView(
                s.Id, s.Version, s.Number, s.Title, s.Content, category, origin, s.ReceivedOn, s.Status, s.Mode,
                Names(SuggestionDeputyRole.Lead).FirstOrDefault() ?? "", Names(SuggestionDeputyRole.CoSigner), Names(SuggestionDeputyRole.Merged),
                s.Attachments.Select(a => new FileLink(a.FileId, a.FileName)).ToList(),
                mine,
                files,
                partners,
                // The unit's own steps and the general ones (registration, assignment, closing); other units' steps are theirs.
                s.Events.Where(e => e.UnitId == null || e.UnitId == unitId).OrderBy(e => e.At).ThenBy(e => e.Id).ToList(),
                Abilities(s, mine, today),
                rules.Classifications,
                today,
                rules.Settings.DueSoonDays);
        }

        private static Abilities Abilities(Suggestion s, SuggestionAssignment mine, DateOnly today)
        {
            bool Allows(SuggestionAction action) => SuggestionWorkflow.Allows(s.Status, action, PortalRole.HandlingUnit);
            var accepted = mine.State is not (AssignmentState.AwaitingAcceptance or AssignmentState.ReturnRequested);
            var returnable = Allows(SuggestionAction.RequestReturn)
                && mine.State is AssignmentState.AwaitingAcceptance or AssignmentState.Accepted
                && mine.Replies.Count == 0 && mine.Opinions.Count == 0;
            return new Abilities(
                Accept: Allows(SuggestionAction.AcceptAssignment) && mine.State == AssignmentState.AwaitingAcceptance,
                Return: returnable && today <= mine.ReturnDeadline,
                ReturnWindowPassed: returnable && today > mine.ReturnDeadline,
                Extension: Allows(SuggestionAction.RequestExtension) && mine.Answers && mine.State == AssignmentState.Accepted && mine.Extension == ExtensionState.None,
                Contact: Allows(SuggestionAction.LogContact) && accepted,
                Opinion: Allows(SuggestionAction.SendOpinion) && mine.Role == AssignmentRole.CoHandling && accepted,
                Reply: Allows(SuggestionAction.Reply) && mine.Answers && mine.State is AssignmentState.Accepted or AssignmentState.Rehandling,
                UpdateCommitments: Allows(SuggestionAction.UpdateCommitment));
        }

        public Task<CommandResult<int>> AcceptAsync(int unitId, int id, uint version, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.ForUnit(unitId), id, version, (s, _, now) => s.AcceptAssignment(actor, now), ct);

        public Task<CommandResult<int>> RequestReturnAsync(int unitId, int id, uint version, ReasonCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.ForUnit(unitId), id, version, (s, _, now) => s.RequestReturn(input.Reason!, actor, now), ct);

        public Task<CommandResult<int>> RequestExtensionAsync(int unitId, int id, uint version, ReasonCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.ForUnit(unitId), id, version, (s, _, now) => s.RequestExtension(input.Reason!, actor, now), ct);

        public Task<CommandResult<int>> LogContactAsync(int unitId, int id, uint version, ContactCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.ForUnit(unitId), id, version,
                (s, rules, now) => { s.LogContact(input.Stage!.Value, input.Date!.Value, input.Form!.Value, input.Notes, actor, now, rules); }, ct);

        public Task<CommandResult<int>> SendOpinionAsync(int unitId, int id, uint version, OpinionCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.ForUnit(unitId), id, version, (s, _, now) => s.SendOpinion(input.Text!, actor, now), ct);

        /// <summary>Stores the signed letter and records the reply in one save: a refused reply leaves no orphan file.</summary>
        public Task<CommandResult<int>> ReplyAsync(int unitId, int id, uint version, ReplyCommand input, IFormFile letter, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.ForUnit(unitId), id, version, async (s, rules, now) =>
            {
                var content = await Uploads.ReadAsync(letter, ct);
                var file = store.AddFile(letter.FileName, content, actor.Name);
                var commitments = input.Commitments
                    .Where(c => !string.IsNullOrWhiteSpace(c.Description) && c.PlannedOn is not null)
                    .Select(c => new CommitmentDraft(c.Description!.Trim(), c.PlannedOn!.Value))
                    .ToList();
                s.Reply(new ReplyDraft(input.Classification!, input.Text!, input.Signer!, input.RepliedOn!.Value, input.IsPublishable, file.Id, commitments), actor, now, rules);
            }, ct);

        public Task<CommandResult<int>> UpdateCommitmentAsync(int unitId, int id, uint version, ProgressCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.ForUnit(unitId), id, version,
                (s, _, now) => s.UpdateCommitment(input.CommitmentId, input.Percent!.Value, input.Note!, input.On!.Value, actor, now), ct);
    }
}
