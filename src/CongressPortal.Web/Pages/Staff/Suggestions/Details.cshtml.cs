using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// Everything about one suggestion for staff: what was registered, every unit's part (deadlines, return and extension
/// requests, contacts, opinions, replies, ratings, commitments) and the timeline. The staff actions the current status
/// allows are forms here, each its own POST handler carrying the version the page showed; each runs through
/// <see cref="SuggestionStore.ActAsync(IQueryable{Suggestion}, int, uint, Func{Suggestion, SuggestionRules, DateTimeOffset, Task}, CancellationToken)"/>,
/// so the domain decides and a stale page gets the conflict message instead of overwriting.
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes)]
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    public const string FilesField = "Files";
    public const string NoFiles = "请选择要上传的文件。";
    public const string ReplacementRequired = "请选择改交的承办单位。";
    public const string RefusalNoteRequired = "请填写不同意的理由。";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public SuggestionView View { get; private set; } = null!;

    public ReasonCommand Letter { get; private set; } = new();

    public ReasonCommand Withdraw { get; private set; } = new();

    public MergeCommand Merge { get; private set; } = new();

    public AssignCommand Assign { get; private set; } = new();

    public DecisionCommand Return { get; private set; } = new();

    public DecisionCommand Extension { get; private set; } = new();

    public KeyCommand Key { get; private set; } = new();

    public ThemeCommand Theme { get; private set; } = new();

    /// <summary>The form whose post failed: its message is shown there, and the page says so at the top.</summary>
    public string? FailedForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public Task<IActionResult> OnPostAcceptAsync(uint version, CancellationToken ct) =>
        ActAsync(Forms.Accept, () => handler.AcceptAsync(Id, version, User.AsStaff(), ct), "已审查立案，请交办承办单位。", _ => Forms.Accept, ct);

    public Task<IActionResult> OnPostLetterAsync(uint version, [Bind(Prefix = Forms.Letter)] ReasonCommand input, CancellationToken ct)
    {
        Letter = input;
        return ActAsync(Forms.Letter, () => handler.ConvertToLetterAsync(Id, version, input, User.AsStaff(), ct),
            "已转为来信，留作参考。", error => ReasonField(Forms.Letter, error), ct);
    }

    public Task<IActionResult> OnPostMergeAsync(uint version, [Bind(Prefix = Forms.Merge)] MergeCommand input, CancellationToken ct)
    {
        Merge = input;
        return ActAsync(Forms.Merge, () => handler.MergeAsync(Id, version, input, User.AsStaff(), ct),
            $"已并入建议“{input.TargetNumber?.Trim()}”，本件的代表将随该件一并得到答复。", _ => $"{Forms.Merge}.{nameof(MergeCommand.TargetNumber)}", ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync(uint version, [Bind(Prefix = Forms.Withdraw)] ReasonCommand input, CancellationToken ct)
    {
        Withdraw = input;
        return ActAsync(Forms.Withdraw, () => handler.WithdrawAsync(Id, version, input, User.AsStaff(), ct),
            "已登记代表撤回。", error => ReasonField(Forms.Withdraw, error), ct);
    }

    public Task<IActionResult> OnPostAssignAsync(uint version, [Bind(Prefix = Forms.Assign)] AssignCommand input, CancellationToken ct)
    {
        Assign = input;
        if (input.Mode == HandlingMode.Joint && input.LeadUnitId is null)
            ModelState.AddModelError($"{Forms.Assign}.{nameof(AssignCommand.LeadUnitId)}", "会同办理请选择主办单位。");
        return ActAsync(Forms.Assign, () => handler.AssignAsync(Id, version, input, User.AsStaff(), ct),
            "已交办，承办单位将收到待签收的建议。", error => error switch
            {
                SuggestionMessages.NeedUnits or SuggestionMessages.DuplicateUnits or SuggestionMessages.JointNeedsLeadAndCo => $"{Forms.Assign}.{nameof(AssignCommand.UnitIds)}",
                _ => Forms.Assign,
            }, ct);
    }

    public Task<IActionResult> OnPostApproveReturnAsync(uint version, [Bind(Prefix = Forms.Return)] DecisionCommand input, CancellationToken ct)
    {
        Return = input;
        if (input.ReplacementUnitId is null) ModelState.AddModelError($"{Forms.Return}.{nameof(DecisionCommand.ReplacementUnitId)}", ReplacementRequired);
        return ActAsync(Forms.ApproveReturn, () => handler.ApproveReturnAsync(Id, version, input, User.AsStaff(), ct),
            "已同意退回并改交，新承办单位的答复期限自今天起算。", error => error switch
            {
                SuggestionMessages.NeedUnits or SuggestionMessages.ReplacementAlreadyAssigned => $"{Forms.Return}.{nameof(DecisionCommand.ReplacementUnitId)}",
                _ => Forms.ApproveReturn,
            }, ct);
    }

    public Task<IActionResult> OnPostRefuseReturnAsync(uint version, [Bind(Prefix = Forms.Return)] DecisionCommand input, CancellationToken ct)
    {
        Return = input;
        if (string.IsNullOrWhiteSpace(input.Note)) ModelState.AddModelError($"{Forms.Return}.{nameof(DecisionCommand.Note)}", RefusalNoteRequired);
        return ActAsync(Forms.RefuseReturn, () => handler.RefuseReturnAsync(Id, version, input, User.AsStaff(), ct),
            "已不同意退回，原承办单位继续办理。", error => NoteField(Forms.Return, Forms.RefuseReturn, error), ct);
    }

    public Task<IActionResult> OnPostApproveExtensionAsync(uint version, [Bind(Prefix = Forms.Extension)] DecisionCommand input, CancellationToken ct)
    {
        Extension = input;
        return ActAsync(Forms.ApproveExtension, () => handler.ApproveExtensionAsync(Id, version, input, User.AsStaff(), ct),
            "已同意延期，答复期限已延长。", error => NoteField(Forms.Extension, Forms.ApproveExtension, error), ct);
    }

    public Task<IActionResult> OnPostRefuseExtensionAsync(uint version, [Bind(Prefix = Forms.Extension)] DecisionCommand input, CancellationToken ct)
    {
        Extension = input;
        if (string.IsNullOrWhiteSpace(input.Note)) ModelState.AddModelError($"{Forms.Extension}.{nameof(DecisionCommand.Note)}", RefusalNoteRequired);
        return ActAsync(Forms.RefuseExtension, () => handler.RefuseExtensionAsync(Id, version, input, User.AsStaff(), ct),
            "已不同意延期，答复期限不变。", error => NoteField(Forms.Extension, Forms.RefuseExtension, error), ct);
    }

    public Task<IActionResult> OnPostKeyAsync(uint version, [Bind(Prefix = Forms.Key)] KeyCommand input, CancellationToken ct)
    {
        Key = input;
        return ActAsync(Forms.Key, () => handler.MarkKeyAsync(Id, version, input, User.AsStaff(), ct),
            "已列为重点督办建议。", error => error.Contains("领衔督办领导", StringComparison.Ordinal) ? $"{Forms.Key}.{nameof(KeyCommand.Leader)}" : Forms.Key, ct);
    }

    public Task<IActionResult> OnPostUnkeyAsync(uint version, CancellationToken ct) =>
        ActAsync(Forms.Unkey, () => handler.UnmarkKeyAsync(Id, version, User.AsStaff(), ct), "已取消重点督办。", _ => Forms.Unkey, ct);

    public Task<IActionResult> OnPostThemeAsync(uint version, [Bind(Prefix = Forms.Theme)] ThemeCommand input, CancellationToken ct)
    {
        Theme = input;
        return ActAsync(Forms.Theme, () => handler.ChangeThemeAsync(Id, version, input, User.AsStaff(), ct),
            input.ThemeId is null ? "已移出打捆主题。" : "已调整打捆主题。", _ => $"{Forms.Theme}.{nameof(ThemeCommand.ThemeId)}", ct);
    }

    public Task<IActionResult> OnPostCloseAsync(uint version, CancellationToken ct) =>
        ActAsync(Forms.Close, () => handler.CloseAsync(Id, version, User.AsStaff(), ct), "已办结。承诺事项仍继续跟踪。", _ => Forms.Close, ct);

    public Task<IActionResult> OnPostUploadAsync(uint version, [FromForm(Name = FilesField)] IReadOnlyList<IFormFile>? files, CancellationToken ct)
    {
        var chosen = (files ?? []).Where(f => f.Length > 0).ToList();
        if (chosen.Count == 0) ModelState.AddModelError(FilesField, NoFiles);
        return ActAsync(Forms.Upload, () => handler.UploadAsync(Id, version, chosen, User.AsStaff(), ct),
            $"已上传 {chosen.Count} 个附件。", error => error is FileMessages.Empty or FileMessages.TooLarge or FileMessages.WrongKind ? FilesField : Forms.Upload, ct);
    }

    /// <summary>The first message for a form (or field) key, for the forms that show their own errors.</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>True for the per-assignment form that was posted and failed, so its values and messages show there only.</summary>
    public bool Failed(string form, int assignmentId) =>
        FailedForm == form && (form is Forms.ApproveReturn or Forms.RefuseReturn ? Return.AssignmentId : Extension.AssignmentId) == assignmentId;

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
            ModelState.AddModelError(result.Error == SuggestionStore.ActionConflict ? form : fieldFor(result.Error), result.Error);
        }
        FailedForm = form;
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(Id, ct);
        if (view is null) return NotFound();
        View = view;
        // Defaults for the forms that were not posted; a posted form keeps what the user typed.
        if (FailedForm != Forms.Key) Key = new KeyCommand { Leader = view.Suggestion.KeyLeader, CommitteeId = view.Suggestion.KeyCommitteeId };
        if (FailedForm != Forms.Theme) Theme = new ThemeCommand { ThemeId = view.Suggestion.ThemeId };
        if (FailedForm != Forms.Assign) Assign = new AssignCommand { Mode = HandlingMode.Split };
        return Page();
    }

    private static string ReasonField(string form, string error) =>
        error.StartsWith("请填写", StringComparison.Ordinal) || error.Contains("不能超过", StringComparison.Ordinal) ? $"{form}.{nameof(ReasonCommand.Reason)}" : form;

    private static string NoteField(string prefix, string form, string error) =>
        error.StartsWith("请填写", StringComparison.Ordinal) || error.Contains("不能超过", StringComparison.Ordinal) ? $"{prefix}.{nameof(DecisionCommand.Note)}" : form;

    /// <summary>The forms of the page: each posts under its own prefix, and its form-level message is kept under its name.</summary>
    public static class Forms
    {
        public const string Accept = "Accept";
        public const string Letter = "Letter";
        public const string Merge = "Merge";
        public const string Withdraw = "Withdraw";
        public const string Assign = "Assign";
        public const string Return = "Return";
        public const string ApproveReturn = "ApproveReturn";
        public const string RefuseReturn = "RefuseReturn";
        public const string Extension = "Extension";
        public const string ApproveExtension = "ApproveExtension";
        public const string RefuseExtension = "RefuseExtension";
        public const string Key = "Key";
        public const string Unkey = "Unkey";
        public const string Theme = "Theme";
        public const string Close = "Close";
        public const string Upload = "Upload";
    }

    public sealed record ReasonCommand
    {
        [Required(ErrorMessage = "请填写理由"), StringLength(500, ErrorMessage = "理由不能超过500个字"), Display(Name = "理由")]
        public string? Reason { get; init; }
    }

    public sealed record MergeCommand
    {
        [Required(ErrorMessage = "请填写并入建议的编号"), StringLength(60, ErrorMessage = "编号不能超过60个字"), Display(Name = "并入建议的编号")]
        public string? TargetNumber { get; init; }
    }

    public sealed record AssignCommand
    {
        [Required(ErrorMessage = "请选择办理方式"), Display(Name = "办理方式")]
        public HandlingMode? Mode { get; init; }

        // A List (not IReadOnlyList) so that model binding fills it from the multiple select.
        [Display(Name = "承办单位")]
        public List<int> UnitIds { get; init; } = [];

        [Display(Name = "主办单位")]
        public int? LeadUnitId { get; init; }
    }

    /// <summary>A decision on a unit's return or extension request.</summary>
    public sealed record DecisionCommand
    {
        public int AssignmentId { get; init; }

        [Display(Name = "改交单位")]
        public int? ReplacementUnitId { get; init; }

        [StringLength(500, ErrorMessage = "意见不能超过500个字"), Display(Name = "意见")]
        public string? Note { get; init; }
    }

    public sealed record KeyCommand
    {
        [Required(ErrorMessage = "请填写领衔督办领导"), StringLength(50, ErrorMessage = "领衔督办领导不能超过50个字"), Display(Name = "领衔督办领导")]
        public string? Leader { get; init; }

        [Display(Name = "督办委员会")]
        public int? CommitteeId { get; init; }
    }

    public sealed record ThemeCommand
    {
        [Display(Name = "打捆主题")]
        public int? ThemeId { get; init; }
    }

    public sealed record Link(int Id, string Text);

    /// <summary>Everything the page shows: the aggregate itself (read-only, not tracked) and the names it refers to by id.</summary>
    public sealed record SuggestionView(
        Suggestion Suggestion,
        string Category,
        string Origin,
        IReadOnlyDictionary<int, string> Deputies,
        IReadOnlyDictionary<int, string> Units,
        IReadOnlyDictionary<int, string> Letters,
        string? KeyCommittee,
        string? ThemeName,
        Link? MergedInto,
        IReadOnlyList<Link> MergedHere,
        IReadOnlyList<SelectListItem> UnitChoices,
        IReadOnlyList<SelectListItem> CommitteeChoices,
        IReadOnlyList<SelectListItem> ThemeChoices,
        IReadOnlyList<Link> MergeCandidates,
        IReadOnlyList<string> CloseBlockers,
        SuggestionRules Rules,
        DateOnly Today)
    {
        public bool Allows(SuggestionAction action) => SuggestionWorkflow.AllowsStatus(Suggestion.Status, action);

        public string Deputy(int id) => Deputies.GetValueOrDefault(id, "");

        public string Unit(int id) => Units.GetValueOrDefault(id, "");

        public IEnumerable<SuggestionDeputy> DeputiesIn(SuggestionDeputyRole role) => Suggestion.Deputies.Where(d => d.Role == role).OrderBy(d => d.Order);

        public string ClassificationLabel(string code) =>
            Rules.Classifications.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)) is { } c ? $"{c.Code}类 {c.Label}" : code;

        /// <summary>"剩 N 天" / "今天到期" / "逾期 N 天" for a deadline still running.</summary>
        public (string Text, bool Overdue, bool Soon) DaysLeft(DateOnly due)
        {
            var days = due.DayNumber - Today.DayNumber;
            if (days < 0) return ($"逾期 {-days} 天", true, false);
            if (days == 0) return ("今天到期", false, true);
            return ($"剩 {days} 天", false, days <= Rules.Settings.DueSoonDays);
        }

        public IEnumerable<SuggestionAssignment> Assignments => Suggestion.Assignments.OrderBy(a => a.AssignedOn).ThenBy(a => a.Role).ThenBy(a => a.Id);

        public IEnumerable<SuggestionEvent> Timeline => Suggestion.Events.OrderBy(e => e.At).ThenBy(e => e.Id);

        /// <summary>The deadline an assignment made today would get, for the assign form.</summary>
        public string DeadlinePreview =>
            $"答复期限：交办之日起{Rules.Settings.ReplyMonths}个月（遇节假日顺延），今天交办为{ChinaTime.FormatDate(Rules.ReplyDue(Today, extended: false))}；"
            + $"会同办理的协办单位在交办之日起{Rules.Settings.CoOpinionMonths}个月内（{ChinaTime.FormatDate(Rules.CoOpinionDue(Today))}前）向主办单位提出协办意见。";

        /// <summary>The extended deadline an approval would give the assignment.</summary>
        public string ExtendedDue(SuggestionAssignment assignment) => ChinaTime.FormatDate(Rules.ReplyDue(assignment.AssignedOn, extended: true));
    }

    public sealed class Handler(AppDbContext db, SuggestionStore store)
    {
        public const int MergeCandidateLimit = 300;

        public static string MergeTargetNotFound(string number) => $"找不到编号为“{number}”的建议，请核对编号。";

        public async Task<SuggestionView?> LoadAsync(int id, CancellationToken ct)
        {
            var s = await SuggestionStore.WithEverything(db.Suggestions.AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (s is null) return null;
            var rules = await store.RulesAsync(ct);
            var today = store.Today;

            var deputyIds = s.Deputies.Select(d => d.DeputyId).ToList();
            var deputies = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            var units = await db.HandlingUnits.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
                .Select(u => new { u.Id, u.Name, u.IsActive }).ToListAsync(ct);
            var category = await db.SuggestionCategories.AsNoTracking().Where(c => c.Id == s.CategoryId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
            var session = s.SessionId is { } sessionId
                ? await db.Sessions.AsNoTracking().Where(x => x.Id == sessionId).Select(x => new { Term = x.Term.Number, x.Number }).FirstOrDefaultAsync(ct)
                : null;
            var origin = session is null
                ? $"{SuggestionLabels.For(s.Source)}（{s.Year}年）"
                : $"{SuggestionLabels.For(s.Source)}：{CongressSession.FormatName(session.Term, session.Number)}";

            var letterIds = s.Assignments.SelectMany(a => a.Replies).Where(r => r.LetterFileId != null).Select(r => r.LetterFileId!.Value).ToList();
            var letters = await db.StoredFiles.AsNoTracking().Where(f => letterIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.FileName, ct);

            var committees = await db.Committees.AsNoTracking()
                .Where(c => c.IsActive || c.Id == s.KeyCommitteeId)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new { c.Id, c.Name })
                .ToListAsync(ct);
            var themes = await db.SuggestionThemes.AsNoTracking()
                .Where(t => t.Year == s.Year || t.Id == s.ThemeId)
                .OrderBy(t => t.Name)
                .Select(t => new { t.Id, t.Name, t.Year })
                .ToListAsync(ct);

            var mergedInto = s.MergedIntoId is { } targetId
                ? await db.Suggestions.AsNoTracking().Where(x => x.Id == targetId).Select(x => new Link(x.Id, x.Number)).FirstOrDefaultAsync(ct)
                : null;
            var mergedHere = await db.Suggestions.AsNoTracking().Where(x => x.MergedIntoId == id)
                .OrderBy(x => x.Sequence).Select(x => new Link(x.Id, x.Number)).ToListAsync(ct);

            // Duplicates are found within the same numbering scope: the same session, or the same year between sessions.
            var candidates = SuggestionWorkflow.AllowsStatus(s.Status, SuggestionAction.Merge)
                ? await db.Suggestions.AsNoTracking()
                    .Where(x => x.Id != id && x.NumberScope == s.NumberScope
                        && (x.Status == SuggestionStatus.Submitted || x.Status == SuggestionStatus.Accepted || x.Status == SuggestionStatus.Handling))
                    .OrderBy(x => x.Sequence)
                    .Take(MergeCandidateLimit)
                    .Select(x => new Link(x.Id, x.Number + " " + x.Title))
                    .ToListAsync(ct)
                : [];

            return new SuggestionView(
                s,
                category,
                origin,
                deputies,
                units.ToDictionary(u => u.Id, u => u.Name),
                letters,
                committees.FirstOrDefault(c => c.Id == s.KeyCommitteeId)?.Name,
                themes.FirstOrDefault(t => t.Id == s.ThemeId)?.Name,
                mergedInto,
                mergedHere,
                units.Where(u => u.IsActive).Select(u => new SelectListItem(u.Name, CreateModel.SuggestionForm.Id(u.Id))).ToList(),
                committees.Select(c => new SelectListItem(c.Name, CreateModel.SuggestionForm.Id(c.Id))).ToList(),
                themes.Select(t => new SelectListItem(t.Year == s.Year ? t.Name : $"{t.Name}（{t.Year}年）", CreateModel.SuggestionForm.Id(t.Id))).ToList(),
                candidates,
                CloseBlockers(s, units.ToDictionary(u => u.Id, u => u.Name), today),
                rules,
                today);
        }

        /// <summary>Why the suggestion cannot be closed yet, one line per answering unit that holds it up.</summary>
        private static List<string> CloseBlockers(Suggestion s, Dictionary<int, string> units, DateOnly today)
        {
            if (s.Status != SuggestionStatus.Replied || s.CanClose(today)) return [];
            var blockers = new List<string>();
            foreach (var assignment in s.Assignments.Where(a => a.Answers))
            {
                var unit = units.GetValueOrDefault(assignment.UnitId, "");
                var reply = assignment.LatestReply;
                if (reply is null) blockers.Add($"{unit}尚未答复。");
                else if (reply.Rating == Satisfaction.Unsatisfied) blockers.Add($"代表对{unit}的答复不满意，须重新办理。");
                else if (reply.Rating is null && today <= reply.RatingDueOn) blockers.Add($"{unit}的答复等待代表评价（评价期限至{ChinaTime.FormatDate(reply.RatingDueOn)}，期满未评价的可以办结）。");
            }
            return blockers;
        }

        private Task<CommandResult<int>> ActAsync(int id, uint version, Action<Suggestion, SuggestionRules, DateTimeOffset> action, CancellationToken ct) =>
            store.ActAsync(db.Suggestions, id, version, action, ct);

        public Task<CommandResult<int>> AcceptAsync(int id, uint version, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, _, now) => s.Accept(actor, now), ct);

        public Task<CommandResult<int>> ConvertToLetterAsync(int id, uint version, ReasonCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, _, now) => s.ConvertToLetter(input.Reason!, actor, now), ct);

        public Task<CommandResult<int>> WithdrawAsync(int id, uint version, ReasonCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, _, now) => s.Withdraw(input.Reason!, actor, now), ct);

        /// <summary>Merges into the suggestion with the given number; both are saved together (the target gains the deputies).</summary>
        public Task<CommandResult<int>> MergeAsync(int id, uint version, MergeCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(db.Suggestions, id, version, async (s, _, now) =>
            {
                var number = input.TargetNumber!.Trim();
                var targetId = await db.Suggestions.AsNoTracking().Where(x => x.Number == number).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
                var target = targetId is { } found ? await store.LoadAsync(db.Suggestions, found, ct) : null;
                s.MergeInto(target ?? throw new DomainRuleException(MergeTargetNotFound(number)), actor, now);
            }, ct);

        public Task<CommandResult<int>> AssignAsync(int id, uint version, AssignCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, rules, now) =>
                s.Assign(input.Mode!.Value, input.UnitIds, input.Mode == HandlingMode.Joint ? input.LeadUnitId : null, actor, now, rules), ct);

        public Task<CommandResult<int>> ApproveReturnAsync(int id, uint version, DecisionCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, rules, now) => s.ApproveReturn(input.AssignmentId, input.ReplacementUnitId!.Value, actor, now, rules), ct);

        public Task<CommandResult<int>> RefuseReturnAsync(int id, uint version, DecisionCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, _, now) => s.RefuseReturn(input.AssignmentId, input.Note!, actor, now), ct);

        public Task<CommandResult<int>> ApproveExtensionAsync(int id, uint version, DecisionCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, rules, now) => s.ApproveExtension(input.AssignmentId, input.Note, actor, now, rules), ct);

        public Task<CommandResult<int>> RefuseExtensionAsync(int id, uint version, DecisionCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, _, now) => s.RefuseExtension(input.AssignmentId, input.Note!, actor, now), ct);

        public Task<CommandResult<int>> MarkKeyAsync(int id, uint version, KeyCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, _, now) => s.MarkKey(true, input.Leader, input.CommitteeId, actor, now), ct);

        public Task<CommandResult<int>> UnmarkKeyAsync(int id, uint version, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, _, now) => s.MarkKey(false, null, null, actor, now), ct);

        public Task<CommandResult<int>> ChangeThemeAsync(int id, uint version, ThemeCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(db.Suggestions, id, version, async (s, _, now) =>
            {
                string? name = null;
                if (input.ThemeId is { } themeId)
                {
                    name = await db.SuggestionThemes.AsNoTracking().Where(t => t.Id == themeId).Select(t => t.Name).FirstOrDefaultAsync(ct)
                        ?? throw new DomainRuleException(Concurrency.MissingReference);
                }
                s.ChangeTheme(input.ThemeId, name, actor, now);
            }, ct);

        public Task<CommandResult<int>> CloseAsync(int id, uint version, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, rules, now) => s.Close(actor, now, rules), ct);

        /// <summary>Stores the files and records them on the suggestion in one save: a refused file leaves nothing behind.</summary>
        public Task<CommandResult<int>> UploadAsync(int id, uint version, IReadOnlyList<IFormFile> files, Actor actor, CancellationToken ct) =>
            store.ActAsync(db.Suggestions, id, version, async (s, _, now) =>
            {
                foreach (var upload in files)
                {
                    var file = store.AddFile(upload.FileName, await Uploads.ReadAsync(upload, ct), actor.Name);
                    s.AddAttachment(file.Id, file.FileName, actor, now);
                }
            }, ct);
    }
}
