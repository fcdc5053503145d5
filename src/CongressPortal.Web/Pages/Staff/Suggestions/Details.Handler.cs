using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Shared.Suggestions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>One unit's part as staff see it, with what staff may do on it now.</summary>
public sealed record StaffPart(
    SuggestionAssignment Part,
    string Unit,
    AvailableActions<SuggestionAction> Actions,
    IReadOnlyList<ReplyView> Replies,
    Deadline? Deadline,
    string ExtendedDue);

/// <summary>
/// A suggestion registered before this one that it likely repeats (S63), and whether this one may be merged into it now
/// (<see cref="Suggestion.AcceptsMerges"/>): then the page offers “并入…” through the merge form's handler.
/// </summary>
public sealed record DuplicateTarget(DuplicateFlag Flag, bool AcceptsMerge);

/// <summary>A part that holds up 办结, and why.</summary>
public sealed record CloseBlocker(string Unit, string Reason);

/// <summary>Everything the page shows: the aggregate itself (read-only, not tracked), the names it refers to by id, and the domain's answers.</summary>
public sealed record StaffSuggestionView(
    Suggestion Suggestion,
    AvailableActions<SuggestionAction> Actions,
    string Category,
    string Origin,
    IReadOnlyDictionary<int, string> Deputies,
    IReadOnlyList<FileLink> Attachments,
    IReadOnlyList<StaffPart> Parts,
    string? KeyCommittee,
    string? ThemeName,
    DetailsModel.Link? MergedInto,
    IReadOnlyList<DetailsModel.Link> MergedHere,
    IReadOnlyList<SelectListItem> UnitChoices,
    IReadOnlyList<SelectListItem> CommitteeChoices,
    IReadOnlyList<SelectListItem> ThemeChoices,
    IReadOnlyList<DetailsModel.Link> MergeCandidates,
    IReadOnlyList<CloseBlocker> CloseBlockers,
    IReadOnlyList<TimelineRow> Timeline,
    string? AssignWarning,
    SuggestionRules Rules,
    DateOnly Today)
{
    /// <summary>The proposal this suggestion was registered from (作为建议处理, or recorded as a suggestion on registration).</summary>
    public DetailsModel.Link? FromProposal { get; init; }

    /// <summary>The suggestions this one likely repeats, while it may be merged (并案); empty otherwise.</summary>
    public IReadOnlyList<DuplicateTarget> Duplicates { get; init; } = [];

    public string Deputy(int id) => Deputies.GetValueOrDefault(id, "");

    public IEnumerable<SuggestionDeputy> DeputiesIn(SuggestionDeputyRole role) => Suggestion.Deputies.Where(d => d.Role == role).OrderBy(d => d.Order);

    public string ClassificationLabel(string code) =>
        Rules.Classifications.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)) is { } c ? $"{c.Code}类 {c.Label}" : code;

    public Deadline DaysLeft(DateOnly due) => Deadline.DaysLeft(due, Today, Rules.Settings.DueSoonDays);

    /// <summary>The deadline an assignment made today would get, for the assign form.</summary>
    public string DeadlinePreview =>
        $"答复期限：交办之日起{Rules.Settings.ReplyMonths}个月（遇节假日顺延），今天交办为{ChinaTime.FormatDate(Rules.ReplyDue(Today, extended: false))}；"
        + $"会同办理的协办单位在交办之日起{Rules.Settings.CoOpinionMonths}个月内（{ChinaTime.FormatDate(Rules.CoOpinionDue(Today))}前）向主办单位提出协办意见。";
}

public sealed partial class DetailsModel
{
    public sealed record Link(int Id, string Text);

    public sealed class Handler(AppDbContext db, SuggestionStore store, SuggestionRegistrar registrar)
    {
        public const int MergeCandidateLimit = 300;

        /// <param name="fileUrl">The address of a file of this suggestion on the staff file page.</param>
        public async Task<StaffSuggestionView?> LoadAsync(int id, Actor actor, Func<int, string> fileUrl, CancellationToken ct)
        {
            var s = await SuggestionStore.WithEverything(db.Suggestions.AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (s is null) return null;
            var rules = await store.RulesAsync(ct);
            var today = store.Today;
            var actions = s.AvailableActions(actor, today);

            var deputyIds = s.Deputies.Select(d => d.DeputyId).ToList();
            var deputies = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            var units = await db.HandlingUnits.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
                .Select(u => new { u.Id, u.Name, u.IsActive }).ToListAsync(ct);
            var unitNames = units.ToDictionary(u => u.Id, u => u.Name);
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
            var candidates = actions.Can(SuggestionAction.Merge)
                ? await db.Suggestions.AsNoTracking().MergeTargetsFor(s)
                    .OrderBy(x => x.Sequence)
                    .Take(MergeCandidateLimit)
                    .Select(x => new Link(x.Id, x.Number + " " + x.Title))
                    .ToListAsync(ct)
                : [];
            var duplicates = actions.Can(SuggestionAction.Merge) ? await DuplicatesAsync(s, ct) : [];

            var parts = s.Assignments.OrderBy(a => a.AssignedOn).ThenBy(a => a.Role).ThenBy(a => a.Id).Select(a => new StaffPart(
                    a,
                    unitNames.GetValueOrDefault(a.UnitId, ""),
                    a.IsActive ? s.AvailableOn(a, actor, today) : AvailableActions<SuggestionAction>.None,
                    [.. a.Replies.OrderBy(r => r.Round).ThenBy(r => r.Id).Select(r => new ReplyView(
                        r, ClassificationLabel(rules, r.Classification),
                        r.LetterFileId is { } letter ? new FileLink(fileUrl(letter), letters.GetValueOrDefault(letter, "答复函")) : null,
                        today, ShowReview: true, ShowRevisions: true, HeadingId: $"reply-heading-{r.Id}"))],
                    a.IsPending ? Deadline.DaysLeft(a.DueOn, today, rules.Settings.DueSoonDays) : null,
                    ChinaTime.FormatDate(rules.ReplyDue(a.AssignedOn, extended: true))))
                .ToList();

            // Why 办结 is not offered yet, unit by unit, once the status would allow it (已答复).
            var blockers = actions.Explain(SuggestionAction.Close) is not null
                ? s.CloseBlockers(today).Select(b => new CloseBlocker(unitNames.GetValueOrDefault(b.Assignment.UnitId, ""), b.Reason.Message)).ToList()
                : [];

            return new StaffSuggestionView(
                s,
                actions,
                category,
                origin,
                deputies,
                [.. s.Attachments.OrderBy(a => a.Id).Select(a => new FileLink(fileUrl(a.FileId), a.FileName))],
                parts,
                committees.FirstOrDefault(c => c.Id == s.KeyCommitteeId)?.Name,
                themes.FirstOrDefault(t => t.Id == s.ThemeId)?.Name,
                mergedInto,
                mergedHere,
                units.Where(u => u.IsActive).Select(u => new SelectListItem(u.Name, CreateModel.SuggestionForm.Id(u.Id))).ToList(),
                committees.Select(c => new SelectListItem(c.Name, CreateModel.SuggestionForm.Id(c.Id))).ToList(),
                themes.Select(t => new SelectListItem(t.Year == s.Year ? t.Name : $"{t.Name}（{t.Year}年）", CreateModel.SuggestionForm.Id(t.Id))).ToList(),
                candidates,
                blockers,
                [.. s.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new TimelineRow(e.At, SuggestionLabels.For(e.Kind),
                    $"{e.ActorName}（{PortalRole.DisplayName(e.ActorRole)}）", e.UnitId is { } u ? unitNames.GetValueOrDefault(u) : null, e.Detail))],
                Suggestion.AssignmentWarning(today, rules)?.Message,
                rules,
                today)
            {
                FromProposal = s.ProposalId is { } proposalId
                    ? await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => new Link(p.Id, (p.Number ?? "未编号议案") + " " + p.Subject)).FirstOrDefaultAsync(ct)
                    : null,
                Duplicates = duplicates,
            };
        }

        /// <summary>The likely duplicates of <paramref name="s"/>, each with whether it takes a merge now (the same rule as the merge form's candidates).</summary>
        private async Task<IReadOnlyList<DuplicateTarget>> DuplicatesAsync(Suggestion s, CancellationToken ct)
        {
            var found = await registrar.DuplicatesOfAsync(s, ct);
            if (found.Count == 0) return [];
            var ids = found.Select(d => d.SuggestionId).ToList();
            var open = await db.Suggestions.AsNoTracking().MergeTargetsFor(s).Where(x => ids.Contains(x.Id)).Select(x => x.Id).ToListAsync(ct);
            var flags = await registrar.DescribeAsync(found, ct);
            return [.. flags.Select(f => new DuplicateTarget(f, open.Contains(f.Id)))];
        }

        private static string ClassificationLabel(SuggestionRules rules, string code) =>
            rules.Classifications.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)) is { } c ? $"{c.Code}类 {c.Label}" : code;

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
                s.MergeInto(target ?? throw SuggestionMessages.MergeTargetNotFound(number).ToException(), actor, now);
            }, ct);

        public Task<CommandResult<int>> AssignAsync(int id, uint version, AssignCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, rules, now) =>
                s.Assign(input.Mode!.Value, input.UnitIds, input.Mode == HandlingMode.Joint ? input.LeadUnitId : null, actor, now, rules, input.Confirmed), ct);

        public Task<CommandResult<int>> CorrectAssignmentAsync(int id, uint version, CorrectCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, rules, now) =>
                s.CorrectAssignment(new AssignmentCorrection(input.AssignmentId, input.UnitId ?? 0, null, input.Reason), actor, now, rules, input.Confirmed), ct);

        public Task<CommandResult<int>> ApproveReturnAsync(int id, uint version, DecisionCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, rules, now) => s.ApproveReturn(input.AssignmentId, input.ReplacementUnitId ?? 0, actor, now, rules, input.Confirmed), ct);

        public Task<CommandResult<int>> RefuseReturnAsync(int id, uint version, DecisionCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, _, now) => s.RefuseReturn(input.AssignmentId, input.Note ?? "", actor, now), ct);

        public Task<CommandResult<int>> ApproveExtensionAsync(int id, uint version, DecisionCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, rules, now) => s.ApproveExtension(input.AssignmentId, input.Note, actor, now, rules), ct);

        public Task<CommandResult<int>> RefuseExtensionAsync(int id, uint version, DecisionCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, _, now) => s.RefuseExtension(input.AssignmentId, input.Note ?? "", actor, now), ct);

        public Task<CommandResult<int>> ReviewReplyAsync(int id, uint version, ReviewCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, _, now) => s.ReviewReply(input.ReplyId, input.Publish, actor, now), ct);

        public Task<CommandResult<int>> CloseAsync(int id, uint version, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, rules, now) => s.Close(actor, now, rules), ct);

        public Task<CommandResult<int>> CloseWithExplanationAsync(int id, uint version, ExplanationCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, rules, now) => s.CloseWithExplanation(input.Explanation!, actor, now, rules), ct);

        public Task<CommandResult<int>> MarkKeyAsync(int id, uint version, KeyCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, _, now) => s.MarkKey(input.Leader, input.CommitteeId, actor, now), ct);

        public Task<CommandResult<int>> UnmarkKeyAsync(int id, uint version, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (s, _, now) => s.UnmarkKey(actor, now), ct);

        public Task<CommandResult<int>> ChangeThemeAsync(int id, uint version, ThemeCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(db.Suggestions, id, version, async (s, _, now) =>
            {
                string? name = null;
                if (input.ThemeId is { } themeId)
                {
                    name = await db.SuggestionThemes.AsNoTracking().Where(t => t.Id == themeId).Select(t => t.Name).FirstOrDefaultAsync(ct)
                        ?? throw new Refusal("Data.MissingReference", Concurrency.MissingReference, nameof(ThemeCommand.ThemeId)).ToException();
                }
                s.ChangeTheme(input.ThemeId, name, actor, now);
            }, ct);

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
