using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Supervision.Topics;

/// <summary>A suggestion or reception issue the topic names, with what the page links to.</summary>
public sealed record SourceRow(int Id, string Text, string? Status, int? ReceptionId);

/// <summary>A theme of key suggestions bundled with the topic (打捆督办) and its suggestions' handling status.</summary>
public sealed record ThemeRow(int Id, string Name, IReadOnlyList<SourceRow> Suggestions);

public sealed record TimelineRow(DateTimeOffset At, string Label, string Actor, string? Detail);

/// <summary>Everything the page shows: the aggregate (read-only), the names it refers to by id, and the domain's answers.</summary>
public sealed record TopicView(
    SupervisionTopic Topic,
    AvailableActions<SupervisionTopicAction> Actions,
    string PlanTitle,
    string Unit,
    string Committee,
    string? Meeting,
    IReadOnlyDictionary<int, string> Units,
    IReadOnlyList<string> Deputies,
    IReadOnlyList<SourceRow> SourceSuggestions,
    IReadOnlyList<SourceRow> SourceIssues,
    IReadOnlyList<ThemeRow> Themes,
    IReadOnlyList<TimelineRow> Timeline,
    IReadOnlyList<SelectListItem> UnitChoices,
    IReadOnlyList<SelectListItem> Meetings,
    IReadOnlyList<SelectListItem> Amendments,
    bool AskAmendment,
    DateOnly DueIfAssignedToday,
    int ReportMonths,
    int SatisfactionThreshold,
    DateOnly Today)
{
    public string UnitName(int id) => Units.GetValueOrDefault(id, "");
}

public sealed partial class DetailsModel
{
    public Task<IActionResult> OnPostActivityAsync(uint version, [Bind(Prefix = Forms.Activity)] ActivityCommand input, CancellationToken ct)
    {
        Activity = input;
        return ActAsync(Forms.Activity, input, () => handler.ActAsync(Id, version, (t, now) => t.AddActivity(input.ToDraft(), User.AsStaff(), now), ct), "已登记会前活动。", ct);
    }

    public Task<IActionResult> OnPostInquiryAsync(uint version, [Bind(Prefix = Forms.Inquiry)] InquiryCommand input, CancellationToken ct)
    {
        Inquiry = input;
        return ActAsync(Forms.Inquiry, input, () => handler.ActAsync(Id, version, (t, now) => t.RecordInquiry(input.ToDraft(), User.AsStaff(), now), ct), "已登记询问。", ct);
    }

    public Task<IActionResult> OnPostDeliberationAsync(uint version, [Bind(Prefix = Forms.Deliberation)] DeliberationCommand input, CancellationToken ct)
    {
        Deliberation = input;
        return ActAsync(Forms.Deliberation, input, () => handler.WithRulesAsync(Id, version,
            (t, settings, calendar, now) => t.RecordDeliberation(input.ToDraft(), settings, calendar, User.AsStaff(), now), ct), "已登记会议审议。", ct);
    }

    public Task<IActionResult> OnPostOpinionsAsync(uint version, [Bind(Prefix = Forms.Opinions)] OpinionsCommand input, CancellationToken ct)
    {
        Opinions = input;
        return ActAsync(Forms.Opinions, input, () => handler.ActAsync(Id, version, (t, now) => t.EditOpinions(input.ToDraft(), User.AsStaff(), now), ct),
            "已保存审议意见和问题清单。", ct);
    }

    public Task<IActionResult> OnPostAssignAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Assign, null, () => handler.WithRulesAsync(Id, version, (t, settings, calendar, now) => t.Assign(settings, calendar, User.AsStaff(), now), ct),
            "已交办审议意见和问题清单。", ct);

    public Task<IActionResult> OnPostConcludeAsync(uint version, [Bind(Prefix = Forms.Conclude)] ReasonCommand input, CancellationToken ct)
    {
        Conclude = input;
        return ActAsync(Forms.Conclude, input, () => handler.ActAsync(Id, version, (t, now) => t.Conclude(input.Reason, User.AsStaff(), now), ct), "议题已办结。", ct);
    }

    public Task<IActionResult> OnPostCancelAsync(uint version, [Bind(Prefix = Forms.Cancel)] CancelCommand input, CancellationToken ct)
    {
        Cancel = input;
        return ActAsync(Forms.Cancel, input, () => handler.CancelAsync(Id, version, input, User.AsStaff(), ct), "议题已取消。", ct);
    }

    public Task<IActionResult> OnPostEvaluateAsync(uint version, [Bind(Prefix = Forms.Evaluate)] EvaluationCommand input, CancellationToken ct)
    {
        Evaluate = input;
        return ActAsync(Forms.Evaluate, input, () => handler.WithRulesAsync(Id, version,
            (t, settings, calendar, now) => t.Evaluate(input.ToDraft(), settings, calendar, User.AsStaff(), now), ct), "已登记评价。", ct);
    }

    public Task<IActionResult> OnPostCloseAsync(uint version, [Bind(Prefix = Forms.Close)] CloseCommand input, CancellationToken ct)
    {
        Close = input;
        return ActAsync(Forms.Close, input, () => handler.ActAsync(Id, version, (t, now) => t.CloseProblem(input.Number, input.ToClosure(), User.AsStaff(), now), ct),
            $"第{input.Number}个问题已销号。", ct);
    }

    public Task<IActionResult> OnPostFollowUpAsync(uint version, [Bind(Prefix = Forms.FollowUp)] FollowUpCommand input, CancellationToken ct)
    {
        FollowUp = input;
        return ActAsync(Forms.FollowUp, input, () => handler.ActAsync(Id, version, (t, now) => t.FollowUp(input.ToDraft(), User.AsStaff(), now), ct), "已登记回头看。", ct);
    }

    public Task<IActionResult> OnPostPublishAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Publish, null, () => handler.ActAsync(Id, version, (t, now) => t.Publish(User.AsStaff(), now), ct), "议题的报告、审议意见和办理情况已公开。", ct);

    public Task<IActionResult> OnPostUnpublishAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Unpublish, null, () => handler.ActAsync(Id, version, (t, now) => t.Unpublish(User.AsStaff(), now), ct), "已撤销公开。", ct);

    public sealed class Handler(AppDbContext db, SupervisionStore store)
    {
        public async Task<TopicView?> LoadAsync(int id, Actor actor, CancellationToken ct)
        {
            var t = await store.LoadTopicAsync(store.Topics, id, ct);
            if (t is null) return null;
            var plan = (await store.LoadPlanAsync(store.Plans, t.PlanId, ct))!;
            var today = store.Today;
            var settings = await store.SettingsAsync(ct);
            var calendar = await store.CalendarAsync(ct);
            var units = await db.HandlingUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            var committee = await db.Committees.AsNoTracking().Where(c => c.Id == t.CommitteeId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
            var meetings = await db.MeetingNamesAsync([t.MeetingId], ct, withDate: true);
            var deputyIds = t.Deputies.Select(d => d.DeputyId).ToList();
            var deputies = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id))
                .OrderBy(d => EF.Functions.Collate(d.Name, AppDbContext.StrokeCollation)).Select(d => d.Name).ToListAsync(ct);
            var suggestionIds = t.SourceSuggestions.Select(s => s.SuggestionId).ToList();
            var sources = await db.Suggestions.AsNoTracking().Where(s => suggestionIds.Contains(s.Id)).OrderBy(s => s.Number)
                .Select(s => new { s.Id, s.Number, s.Title, s.Status }).ToListAsync(ct);
            var issueIds = t.SourceIssues.Select(i => i.ReceptionIssueId).ToList();
            var issues = await db.Receptions.AsNoTracking().SelectMany(r => r.Issues.Select(i => new { i.Id, i.Summary, r.Date, ReceptionId = r.Id }))
                .Where(i => issueIds.Contains(i.Id)).OrderBy(i => i.Date).ToListAsync(ct);
            var themes = await db.SuggestionThemes.AsNoTracking().Where(th => th.SupervisionTopicId == id).OrderBy(th => th.Name)
                .Select(th => new { th.Id, th.Name }).ToListAsync(ct);
            var themeIds = themes.Select(th => th.Id).ToList();
            var bundled = await db.Suggestions.AsNoTracking().Where(s => s.ThemeId != null && themeIds.Contains(s.ThemeId.Value)).OrderBy(s => s.Number)
                .Select(s => new { s.Id, s.Number, s.Title, s.Status, ThemeId = s.ThemeId!.Value }).ToListAsync(ct);
            var actions = t.AvailableActions(actor);
            return new TopicView(
                t,
                actions,
                plan.Title,
                units.GetValueOrDefault(t.ReportingUnitId, ""),
                committee,
                t.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null,
                units,
                deputies,
                [.. sources.Select(s => new SourceRow(s.Id, $"{s.Number} {s.Title}", SuggestionLabels.For(s.Status), null))],
                [.. issues.Select(i => new SourceRow(i.Id, $"{Display.Date(i.Date)}：{i.Summary}", null, i.ReceptionId))],
                [.. themes.Select(th => new ThemeRow(th.Id, th.Name,
                    [.. bundled.Where(s => s.ThemeId == th.Id).Select(s => new SourceRow(s.Id, $"{s.Number} {s.Title}", SuggestionLabels.For(s.Status), null))]))],
                [.. t.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new TimelineRow(e.At, SupervisionTopicWorkflow.EventLabel(e.Kind),
                    $"{e.ActorName}（{PortalRole.DisplayName(e.ActorRole)}）", e.Detail))],
                actions.Can(SupervisionTopicAction.EditOpinions) ? await SupervisionChoices.UnitsAsync(db, t.Problems.Select(p => (int?)p.UnitId).Append(t.ReportingUnitId), ct) : [],
                actions.Can(SupervisionTopicAction.RecordDeliberation) ? await SupervisionChoices.MeetingsAsync(db, t.Year, t.MeetingId, ct) : [],
                SupervisionChoices.AmendmentItems(plan),
                plan.TopicChangeProblem(null, actor) is not null || plan.Amendments.Count > 0,
                SupervisionSettings.DueDate(today, settings.ReportMonthsFor(t.Form), calendar),
                settings.ReportMonthsFor(t.Form),
                settings.SatisfactionThresholdPercent,
                today);
        }

        public Task<CommandResult<int>> ActAsync(int id, uint version, Action<SupervisionTopic, DateTimeOffset> action, CancellationToken ct) =>
            store.TopicActAsync(store.Topics, id, version, action, ct);

        public Task<CommandResult<int>> WithRulesAsync(int id, uint version, Action<SupervisionTopic, SupervisionSettings, WorkingDayCalendar, DateTimeOffset> action, CancellationToken ct) =>
            store.TopicActWithRulesAsync(id, version, action, ct);

        public Task<CommandResult<int>> CancelAsync(int id, uint version, CancelCommand input, Actor actor, CancellationToken ct) =>
            store.CancelTopicAsync(id, version, input.Reason, input.AmendmentId, actor, ct);
    }
}
