using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Shared.Suggestions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Proposals;

/// <summary>One signer as the page lists them.</summary>
public sealed record SignerRow(int DeputyId, string Name, ProposalSignerRole Role, ProposalSignerState State, DateTimeOffset? AnsweredAt);

/// <summary>A timeline row of the proposal.</summary>
public sealed record ProposalEventRow(DateTimeOffset At, string Label, string Actor, string? Detail);

/// <summary>Everything the page shows: the aggregate (read-only), the names it refers to by id, and the domain's answers.</summary>
public sealed record ProposalView(
    Proposal Proposal,
    AvailableActions<ProposalAction> Actions,
    string Session,
    string Proposer,
    IReadOnlyList<SignerRow> Signers,
    IReadOnlyList<FileLink> Attachments,
    IReadOnlyList<ProposalEventRow> Timeline,
    string? ReferredCommittee,
    string? ResultMeeting,
    DetailsModel.Link? Suggestion,
    IReadOnlyList<SelectListItem> Committees,
    IReadOnlyList<SelectListItem> Categories,
    IReadOnlyList<SelectListItem> Meetings,
    DateOnly Today,
    DateOnly LatestDueIfDecidedToday)
{
    /// <summary>The supervision topic the proposal led to (P10), if linked.</summary>
    public DetailsModel.Link? SupervisionTopic { get; init; }

    /// <summary>The topics staff may link it to (empty when they may not link now).</summary>
    public IReadOnlyList<SelectListItem> SupervisionTopics { get; init; } = [];

    /// <summary>The legislative plan item the proposal fed, if linked.</summary>
    public LegislationStore.ItemLink? LegislationItem { get; init; }

    /// <summary>The plan items staff may link it to (empty when they may not link now).</summary>
    public IReadOnlyList<SelectListItem> LegislationItems { get; init; } = [];

    /// <summary>Whether any of the presidium's four decisions is offered now.</summary>
    public bool Deciding => Actions.CanAny(ProposalAction.PutOnAgenda, ProposalAction.ReferToCommittee, ProposalAction.LeaveOffAgenda, ProposalAction.ConvertToSuggestion);
}

public sealed partial class DetailsModel
{
    public sealed record Link(int Id, string Text);

    public sealed class Handler(AppDbContext db, ProposalStore store, ProposalSuggestions suggestions, LegislationStore legislation)
    {
        public async Task<ProposalView?> LoadAsync(int id, Actor actor, Func<int, string> fileUrl, CancellationToken ct)
        {
            var p = await ProposalStore.WithEverything(store.All.AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (p is null) return null;
            var today = store.Today;
            var deadline = await store.DeadlineAsync(p.SessionId, ct);
            var actions = p.AvailableActions(actor, store.Now, deadline);
            var session = await db.Sessions.AsNoTracking().Where(s => s.Id == p.SessionId).Select(s => new { Term = s.Term.Number, s.Number }).FirstAsync(ct);
            var deputyIds = p.Signers.Select(s => s.DeputyId).ToList();
            var names = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            var committeeIds = new[] { p.CommitteeId, p.ReferredCommitteeId }.OfType<int>().ToList();
            var committeeNames = await db.Committees.AsNoTracking().Where(c => committeeIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            var delegation = p.DelegationId is { } delegationId
                ? await db.Delegations.AsNoTracking().Where(d => d.Id == delegationId).Select(d => d.Name).FirstOrDefaultAsync(ct)
                : null;
            var body = delegation ?? (p.CommitteeId is { } proposingCommittee ? committeeNames.GetValueOrDefault(proposingCommittee) : null);
            var lead = p.LeadDeputyId is { } leadId ? names.GetValueOrDefault(leadId) : null;
            var proposer = $"{ProposalWorkflow.KindLabel(p.Kind)}：{ProposalForm.Proposer(p.Kind, lead, p.SignedCount, body)}";
            var meeting = p.ResultMeetingId is { } meetingId
                ? await db.StandingCommitteeMeetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => new { Term = m.Term.Number, m.Number }).FirstOrDefaultAsync(ct)
                : null;
            var suggestion = p.SuggestionId is { } suggestionId
                ? await db.Suggestions.AsNoTracking().Where(s => s.Id == suggestionId).Select(s => new Link(s.Id, s.Number + " " + s.Title)).FirstOrDefaultAsync(ct)
                : null;
            var categories = actions.Can(ProposalAction.ConvertToSuggestion)
                ? await db.SuggestionCategories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                    .Select(c => new { c.Id, c.Name }).ToListAsync(ct)
                : [];
            var meetings = actions.Can(ProposalAction.RecordResult)
                ? await db.StandingCommitteeMeetings.AsNoTracking().OrderByDescending(m => m.Date).Take(40)
                    .Select(m => new { m.Id, Term = m.Term.Number, m.Number, m.Date }).ToListAsync(ct)
                : [];
            var calendar = await store.CalendarAsync(ct);
            return new ProposalView(
                p,
                actions,
                CongressSession.FormatName(session.Term, session.Number),
                proposer,
                [.. p.Signers.OrderBy(s => s.Order).Select(s => new SignerRow(s.DeputyId, names.GetValueOrDefault(s.DeputyId, ""), s.Role, s.State, s.AnsweredAt))],
                [.. p.Attachments.OrderBy(a => a.FileId).Select(a => new FileLink(fileUrl(a.FileId), a.FileName))],
                [.. p.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new ProposalEventRow(e.At, ProposalDisplay.EventLabel(e.Kind),
                    $"{e.ActorName}（{PortalRole.DisplayName(e.ActorRole)}）", e.Detail))],
                p.ReferredCommitteeId is { } referred ? committeeNames.GetValueOrDefault(referred) : null,
                meeting is null ? null : StandingCommitteeMeeting.FormatName(meeting.Term, meeting.Number),
                suggestion,
                actions.Can(ProposalAction.ReferToCommittee) ? await ProposalForm.SpecialCommitteesAsync(db, null, ct) : [],
                [.. categories.Select(c => new SelectListItem(c.Name, ProposalForm.Id(c.Id)))],
                [.. meetings.Select(m => new SelectListItem($"{StandingCommitteeMeeting.FormatName(m.Term, m.Number)}（{Display.Date(m.Date)}）", ProposalForm.Id(m.Id)))],
                today,
                Proposal.LatestReportDue(today, calendar))
            {
                SupervisionTopic = p.SupervisionTopicId is { } topicId
                    ? await db.SupervisionTopics.AsNoTracking().Where(t => t.Id == topicId).Select(t => new Link(t.Id, t.Year + "年：" + t.Title)).FirstOrDefaultAsync(ct)
                    : null,
                SupervisionTopics = p.SupervisionLinkProblem(actor) is null
                    ? [.. (await db.SupervisionTopics.AsNoTracking().OrderByDescending(t => t.Year).ThenBy(t => t.Title).Select(t => new { t.Id, t.Year, t.Title }).ToListAsync(ct))
                        .Select(t => new SelectListItem($"{t.Year}年：{t.Title}", ProposalForm.Id(t.Id), t.Id == p.SupervisionTopicId))]
                    : [],
                LegislationItem = p.LegislationItemId is { } itemId ? await legislation.ItemLinkAsync(itemId, ct) : null,
                LegislationItems = p.LegislationLinkProblem(actor) is null
                    ? [.. (await legislation.ItemChoicesAsync(null, p.LegislationItemId, ct))
                        .Select(i => new SelectListItem(i.Label, ProposalForm.Id(i.Id), i.Id == p.LegislationItemId))]
                    : [],
            };
        }

        public Task<CommandResult<int>> LinkSupervisionAsync(int id, uint version, int? topicId, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.All, id, version, async (p, now) =>
            {
                var title = topicId is { } t ? await db.SupervisionTopics.AsNoTracking().Where(x => x.Id == t).Select(x => x.Title).FirstOrDefaultAsync(ct)
                    ?? throw new Refusal("Proposal.UnknownSupervisionTopic", "所选监督议题不存在，请重新选择。").ToException() : null;
                p.LinkSupervisionTopic(topicId, title, actor, now);
            }, null, ct);

        public Task<CommandResult<int>> LinkLegislationAsync(int id, uint version, int? itemId, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.All, id, version, async (p, now) =>
            {
                var title = itemId is { } i ? (await legislation.ItemLinkAsync(i, ct))?.Title
                    ?? throw LegislationStore.UnknownItem.On(null).ToException() : null;
                p.LinkLegislationItem(itemId, title, actor, now);
            }, null, ct);



        private Task<CommandResult<int>> ActAsync(int id, uint version, Action<Proposal, DateTimeOffset> action, CancellationToken ct) =>
            store.ActAsync(store.All, id, version, action, ct);

        public Task<CommandResult<int>> PutOnAgendaAsync(int id, uint version, DecisionCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (p, now) => p.PutOnAgenda(input.ToDraft(), actor, now), ct);

        public Task<CommandResult<int>> LeaveOffAsync(int id, uint version, DecisionCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (p, now) => p.LeaveOffAgenda(input.ToDraft(), actor, now), ct);

        public Task<CommandResult<int>> ReferAsync(int id, uint version, ReferCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.All, id, version, async (p, now) =>
            {
                var committee = await db.Committees.AsNoTracking().FirstOrDefaultAsync(c => c.Id == input.CommitteeId, ct)
                    ?? throw ProposalMessages.CommitteeMustBeSpecial.ToException();
                p.ReferToCommittee(input.ToDraft(), committee, input.DueOn!.Value, await store.CalendarAsync(ct), actor, now);
            }, null, ct);

        public Task<CommandResult<int>> ConvertAsync(int id, uint version, ConvertCommand input, Actor actor, CancellationToken ct) =>
            suggestions.ConvertAsync(id, version, input.ToDraft(), input.CategoryId!.Value, actor, ct);

        public Task<CommandResult<int>> ReportAsync(int id, uint version, ReportCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (p, now) => p.RecordCommitteeReport(input.ReportedOn!.Value, input.ReportText ?? "", actor, now), ct);

        public Task<CommandResult<int>> ResultAsync(int id, uint version, ResultCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (p, now) => p.RecordResult(input.ResultOn!.Value, input.ResultText ?? "", input.MeetingId, actor, now), ct);

        public Task<CommandResult<int>> WithdrawAsync(int id, uint version, WithdrawCommand input, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (p, now) => p.Withdraw(input.Reason, actor, now), ct);

        public Task<CommandResult<int>> PublishAsync(int id, uint version, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (p, now) => p.Publish(actor, now), ct);

        public Task<CommandResult<int>> UnpublishAsync(int id, uint version, Actor actor, CancellationToken ct) =>
            ActAsync(id, version, (p, now) => p.Unpublish(actor, now), ct);

        /// <summary>Stores the files and records them on the proposal in one save: a refused file leaves nothing behind.</summary>
        public Task<CommandResult<int>> UploadAsync(int id, uint version, IReadOnlyList<IFormFile> files, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.All, id, version, async (p, now) =>
            {
                foreach (var upload in files)
                {
                    var file = store.AddFile(upload.FileName, await Uploads.ReadAsync(upload, ct), actor.Name);
                    p.AddAttachment(file.Id, file.FileName, actor, now);
                }
            }, null, ct);
    }
}
