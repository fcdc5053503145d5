using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Shared.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Unit.Suggestions;

/// <summary>Another unit on the suggestion: for a lead unit, each co-unit with its opinions; otherwise the lead or the other split units by name.</summary>
public sealed record Partner(string UnitName, AssignmentRole Role, AssignmentState State, DateOnly DueOn, bool Overdue, IReadOnlyList<SuggestionOpinion> Opinions);

/// <summary>
/// What the unit may see. Its own part is the domain object itself (read-only, not tracked); other units appear only
/// as <see cref="Partner"/>s, so their replies and ratings never reach the page. <see cref="Actions"/> is the domain's answer
/// to what the unit may do now.
/// </summary>
public sealed record UnitSuggestionView(
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
    IReadOnlyList<ReplyView> Replies,
    IReadOnlyList<Partner> Partners,
    int MissingOpinions,
    IReadOnlyList<TimelineRow> Timeline,
    AvailableActions<SuggestionAction> Actions,
    IReadOnlyList<ReplyClassification> Classifications,
    DateOnly Today,
    int DueSoonDays,
    IReadOnlyList<DeputyContactView> DeputyContacts,
    UnitContactView OwnContact,
    SuggestionDeadlineTexts Deadlines)
{
    public IEnumerable<ReplyClassification> ActiveClassifications => Classifications.Where(c => c.IsActive).OrderBy(c => c.SortOrder);

    /// <summary>The reply being re-handled: the latest one, rated 不满意, while a new round is due.</summary>
    public SuggestionReply? Unsatisfied =>
        Actions.Can(SuggestionAction.Reply) && Mine.LatestReply is { Rating: Satisfaction.Unsatisfied } reply ? reply : null;

    public Deadline Deadline => Deadline.DaysLeft(Mine.DueOn, Today, DueSoonDays);
}

public sealed partial class DetailsModel
{
    public sealed class Handler(AppDbContext db, SuggestionStore store, SuggestionContactQueries contacts)
    {
        /// <param name="fileUrl">The address of a file of this suggestion on the unit's file page.</param>
        public async Task<UnitSuggestionView?> LoadAsync(int unitId, int id, Actor actor, Func<int, string> fileUrl, CancellationToken ct)
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

            var letterIds = mine.Replies.Where(r => r.LetterFileId != null).Select(r => r.LetterFileId!.Value).ToList();
            var letters = await db.StoredFiles.AsNoTracking().Where(f => letterIds.Contains(f.Id)).Select(f => new { f.Id, f.FileName }).ToDictionaryAsync(f => f.Id, f => f.FileName, ct);
            FileLink Link(int fileId, string name) => new(fileUrl(fileId), name);

            var partners = s.ActiveAssignments
                .Where(a => a.UnitId != unitId)
                .Where(a => mine.Role switch
                {
                    AssignmentRole.Lead => a.Role == AssignmentRole.CoHandling,
                    AssignmentRole.CoHandling => a.Role == AssignmentRole.Lead,
                    _ => a.Role == AssignmentRole.Split,
                })
                .Select(a => new Partner(units.GetValueOrDefault(a.UnitId, ""), a.Role, a.State, a.DueOn, a.IsPending && a.DueOn < today,
                    mine.Role == AssignmentRole.Lead ? [.. a.Opinions.OrderBy(o => o.SentOn).ThenBy(o => o.Id)] : []))
                .ToList();

            string Label(string code) => rules.Classifications.FirstOrDefault(c => c.Code == code) is { } c ? $"{c.Code} {c.Label}" : code;
            var replies = mine.Replies.OrderBy(r => r.Round).Select(r => new ReplyView(
                    r, Label(r.Classification),
                    r.LetterFileId is { } letter ? Link(letter, letters.GetValueOrDefault(letter, "答复函")) : null,
                    today, ShowReview: true, ShowRevisions: true, HeadingId: $"reply-heading-{r.Round}"))
                .ToList();

            var deputyContacts = await contacts.DeputiesOfAsync(s, ct);
            var ownContact = (await contacts.UnitsOfAsync(s, ct)).First(c => c.UnitId == unitId);

            return new UnitSuggestionView(
                s.Id, s.Version, s.Number, s.Title, s.Content, category, origin, s.ReceivedOn, s.Status, s.Mode,
                Names(SuggestionDeputyRole.Lead).FirstOrDefault() ?? "", Names(SuggestionDeputyRole.CoSigner), Names(SuggestionDeputyRole.Merged),
                [.. s.Attachments.OrderBy(a => a.Id).Select(a => Link(a.FileId, a.FileName))],
                mine,
                replies,
                partners,
                mine.Role == AssignmentRole.Lead ? s.CoUnitsWithoutOpinion().Count : 0,
                // The unit's own steps and the general ones (registration, assignment, closing); other units' steps are theirs.
                [.. s.Events.Where(e => e.UnitId == null || e.UnitId == unitId).OrderBy(e => e.At).ThenBy(e => e.Id)
                    .Select(e => new TimelineRow(e.At, SuggestionLabels.For(e.Kind), e.ActorName, e.UnitId is { } u ? units.GetValueOrDefault(u) : null, e.Detail))],
                s.AvailableActions(actor, today),
                rules.Classifications,
                today,
                rules.Settings.DueSoonDays,
                deputyContacts,
                ownContact,
                rules.Settings.DeadlineTexts());
        }

        private Task<CommandResult<int>> ActAsync(int unitId, int id, uint version, Action<Suggestion, SuggestionRules, DateTimeOffset> action, CancellationToken ct) =>
            store.ActAsync(store.ForUnit(unitId), id, version, action, ct);

        public Task<CommandResult<int>> AcceptAsync(int unitId, int id, uint version, Actor actor, CancellationToken ct) =>
            ActAsync(unitId, id, version, (s, _, now) => s.AcceptAssignment(actor, now), ct);

        public Task<CommandResult<int>> RequestReturnAsync(int unitId, int id, uint version, ReasonCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(unitId, id, version, (s, _, now) => s.RequestReturn(input.Reason!, actor, now), ct);

        public Task<CommandResult<int>> RequestExtensionAsync(int unitId, int id, uint version, ReasonCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(unitId, id, version, (s, _, now) => s.RequestExtension(input.Reason!, actor, now), ct);

        public Task<CommandResult<int>> LogContactAsync(int unitId, int id, uint version, ContactCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(unitId, id, version, (s, rules, now) => s.LogContact(input.Stage!.Value, input.Date!.Value, input.Form!.Value, input.Notes, actor, now, rules), ct);

        public Task<CommandResult<int>> GiveContactAsync(int unitId, int id, uint version, UnitContactCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(unitId, id, version, (s, _, now) => s.GiveUnitContact(input.Name!, input.Phone!, input.Email, actor, now), ct);

        public Task<CommandResult<int>> SendOpinionAsync(int unitId, int id, uint version, OpinionCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(unitId, id, version, (s, _, now) => s.SendOpinion(input.Text!, actor, now), ct);

        /// <summary>Stores the signed letter and records the reply in one save: a refused reply leaves no orphan file.</summary>
        public Task<CommandResult<int>> ReplyAsync(int unitId, int id, uint version, ReplyCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.ForUnit(unitId), id, version, async (s, rules, now) =>
                s.Reply(await DraftAsync(input, actor, ct), actor, now, rules), ct);

        /// <summary>Corrects the latest reply; a new letter replaces the old one only when one is chosen.</summary>
        public Task<CommandResult<int>> CorrectReplyAsync(int unitId, int id, uint version, ReplyCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.ForUnit(unitId), id, version, async (s, rules, now) =>
                s.CorrectReply(await DraftAsync(input, actor, ct), input.Reason!, actor, now, rules), ct);

        public Task<CommandResult<int>> UpdateCommitmentAsync(int unitId, int id, uint version, ProgressCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(unitId, id, version, (s, _, now) => s.UpdateCommitment(input.CommitmentId, input.Percent!.Value, input.Note!, input.On!.Value, actor, now), ct);

        private async Task<ReplyDraft> DraftAsync(ReplyCommand input, Actor actor, CancellationToken ct)
        {
            int? letterId = null;
            if (input.Letter is { Length: > 0 } letter) letterId = store.AddFile(letter.FileName, await Uploads.ReadAsync(letter, ct), actor.Name).Id;
            var commitments = input.Commitments
                .Where(c => !string.IsNullOrWhiteSpace(c.Description) && c.PlannedOn is not null)
                .Select(c => new CommitmentDraft(c.Description!.Trim(), c.PlannedOn!.Value))
                .ToList();
            return new ReplyDraft(input.ClassificationCode!, input.Text!, input.Signer!, input.SignedOn!.Value, input.IsPublishable, letterId, commitments, input.MissingOpinionsNote);
        }
    }
}
