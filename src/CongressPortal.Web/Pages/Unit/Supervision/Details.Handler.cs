using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Unit.Supervision;

/// <summary>
/// What the body may see of a topic sent to it: the topic itself (read-only, not tracked) with the names it refers to, and
/// <see cref="Actions"/>, the domain's answer to what the body may do now.
/// </summary>
public sealed record UnitTopicView(
    SupervisionTopic Topic,
    int UnitId,
    string ReportingUnit,
    string Committee,
    string? Meeting,
    IReadOnlyDictionary<int, string> Units,
    AvailableActions<SupervisionTopicAction> Actions,
    DateOnly Today,
    int DueSoonDays)
{
    public bool IsReporting => Topic.ReportingUnitId == UnitId;

    public IReadOnlyList<SupervisionProblem> Problems => [.. Topic.Problems.OrderBy(p => p.Number)];

    public IReadOnlyList<SupervisionProblem> OpenProblems => [.. Problems.Where(p => !p.IsClosed)];

    public IReadOnlyList<SupervisionReportRound> Rounds => [.. Topic.Rounds.OrderBy(r => r.Number)];

    public bool IsMine(SupervisionProblem problem) => problem?.UnitId == UnitId;

    /// <summary>The body may report this problem's progress now: 跟踪整改, not closed, and its own (the reporting body answers for all).</summary>
    public bool MayUpdate(SupervisionProblem problem) =>
        problem is not null && Actions.Can(SupervisionTopicAction.UpdateProgress) && !problem.IsClosed && (IsReporting || IsMine(problem));

    public Deadline? ReportDeadline => IsReporting && Topic.ReportDueOn is { } due ? Deadline.DaysLeft(due, Today, DueSoonDays) : null;

    public SupervisionDisplay.Progress Progress => new(Topic.ClosedProblemCount, Topic.ProblemCount);
}

public sealed partial class DetailsModel
{
    public sealed class Handler(AppDbContext db, SupervisionStore store)
    {
        public async Task<UnitTopicView?> LoadAsync(int unitId, int id, Actor actor, CancellationToken ct)
        {
            var topic = await store.LoadTopicAsync(store.ForUnit(unitId), id, ct);
            if (topic is null) return null;
            var settings = await store.SettingsAsync(ct);
            var unitIds = topic.Problems.Select(p => p.UnitId).Append(topic.ReportingUnitId).Distinct().ToList();
            var units = await db.HandlingUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            var committee = await db.Committees.AsNoTracking().Where(c => c.Id == topic.CommitteeId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
            var meeting = topic.MeetingId is { } meetingId
                ? await db.StandingCommitteeMeetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => new { Term = m.Term.Number, m.Number }).FirstOrDefaultAsync(ct)
                : null;
            return new UnitTopicView(topic, unitId, units.GetValueOrDefault(topic.ReportingUnitId, ""), committee,
                meeting is null ? null : StandingCommitteeMeeting.FormatName(meeting.Term, meeting.Number),
                units, topic.AvailableActions(actor), store.Today, settings.DueSoonDays);
        }

        public Task<CommandResult<int>> FileReportAsync(int unitId, int id, uint version, ReportCommand input, Actor actor, CancellationToken ct)
        {
            var draft = new HandlingReportDraft(input.ReportText ?? "",
                [.. input.Entries.Select(e => new HandlingEntryDraft(e.ProblemNumber, e.Progress, e.Evidence))]);
            return store.TopicActAsync(store.ForUnit(unitId), id, version, (topic, now) => topic.FileReport(draft, actor, now), ct);
        }

        public Task<CommandResult<int>> UpdateProgressAsync(int unitId, int id, uint version, ProgressCommand input, Actor actor, CancellationToken ct) =>
            store.TopicActAsync(store.ForUnit(unitId), id, version, (topic, now) => topic.UpdateProgress(input.Number, input.Progress!.Value, input.Evidence, actor, now), ct);
    }
}
