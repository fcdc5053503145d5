using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Supervision;

/// <summary>
/// 监督工作: the year's plan (or the button to draft it), its topics with where each stands in the closed loop, filtered
/// by form and status, and what needs attention across years — reports overdue, opinions not sent in time, reports
/// awaiting the committee's evaluation.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty(SupportsGet = true)] public SupervisionForm? Form { get; set; }

    [BindProperty(SupportsGet = true)] public SupervisionTopicStatus? Status { get; set; }

    public Overview View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await handler.LoadAsync(Year, Form, Status, ct);
        Year = View.Year;
    }

    public sealed record PlanRow(int Id, string Title, SupervisionPlanStatus Status, DateOnly? AdoptedOn, int Amendments);

    public sealed record TopicRow(int Id, SupervisionForm Form, string Title, string Unit, string Committee, string When, SupervisionTopicStatus Status,
        int ClosedProblems, int Problems, DateOnly? ReportDueOn, bool ReportOverdue, bool DueSoon, bool AssignmentOverdue, DateOnly? AssignDueOn);

    public sealed record AttentionRow(int Id, int Year, string Title, string Unit, DateOnly? On);

    public sealed record Overview(
        int Year,
        DateOnly Today,
        IReadOnlyList<SelectListItem> Years,
        IReadOnlyList<SelectListItem> Forms,
        IReadOnlyList<SelectListItem> Statuses,
        PlanRow? Plan,
        IReadOnlyList<TopicRow> Topics,
        int AllTopics,
        IReadOnlyList<AttentionRow> ReportsOverdue,
        IReadOnlyList<AttentionRow> AssignmentsOverdue,
        IReadOnlyList<AttentionRow> AwaitingEvaluation);

    public sealed class Handler(AppDbContext db, SupervisionStore store)
    {
        public async Task<Overview> LoadAsync(int? year, SupervisionForm? form, SupervisionTopicStatus? status, CancellationToken ct)
        {
            var today = store.Today;
            var settings = await store.SettingsAsync(ct);
            var planYears = await store.Plans.AsNoTracking().Select(p => p.Year).ToListAsync(ct);
            var shown = year is >= 2000 and <= 2100 ? year.Value : today.Year;
            var years = planYears.Append(today.Year).Append(today.Year + 1).Append(shown).Distinct().OrderByDescending(y => y)
                .Select(y => new SelectListItem($"{y}年", SupervisionChoices.Id(y), y == shown)).ToList();
            var plan = await store.Plans.AsNoTracking().Where(p => p.Year == shown)
                .Select(p => new PlanRow(p.Id, p.Title, p.Status, p.AdoptedOn, p.Amendments.Count)).FirstOrDefaultAsync(ct);

            var ofYear = store.Topics.AsNoTracking().Where(t => t.Year == shown);
            var all = await ofYear.CountAsync(ct);
            var query = ofYear;
            if (form is { } f) query = query.Where(t => t.Form == f);
            if (status is { } s) query = query.Where(t => t.Status == s);
            var assignOverdue = await ofYear.AssignmentOverdue(today).Select(t => t.Id).ToListAsync(ct);
            var soon = today.AddDays(settings.DueSoonDays);
            var rows = await query
                .OrderBy(t => t.PlannedMonth ?? 13).ThenBy(t => t.Id)
                .Select(t => new
                {
                    t.Id, t.Form, t.Title, t.ReportingUnitId, t.CommitteeId, t.MeetingId, t.PlannedMonth, t.Status,
                    t.ClosedProblemCount, t.ProblemCount, t.ReportDueOn, t.AssignDueOn, t.HeardOn,
                })
                .ToListAsync(ct);
            var units = await db.HandlingUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            var committees = await db.Committees.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            var meetings = await db.MeetingNamesAsync(rows.Select(r => r.MeetingId), ct, withDate: true);
            var topics = rows.Select(t => new TopicRow(t.Id, t.Form, t.Title, units.GetValueOrDefault(t.ReportingUnitId, ""), committees.GetValueOrDefault(t.CommitteeId, ""),
                Infrastructure.SupervisionDisplay.Schedule(t.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null, t.PlannedMonth, t.HeardOn), t.Status,
                t.ClosedProblemCount, t.ProblemCount, t.ReportDueOn, t.ReportDueOn < today, t.ReportDueOn >= today && t.ReportDueOn <= soon,
                assignOverdue.Contains(t.Id), t.AssignDueOn)).ToList();

            var overdue = await store.Topics.AsNoTracking().ReportOverdue(today).OrderBy(t => t.ReportDueOn).Take(50)
                .Select(t => new { t.Id, t.Year, t.Title, t.ReportingUnitId, On = t.ReportDueOn }).ToListAsync(ct);
            var unsent = await store.Topics.AsNoTracking().AssignmentOverdue(today).OrderBy(t => t.AssignDueOn).Take(50)
                .Select(t => new { t.Id, t.Year, t.Title, t.ReportingUnitId, On = t.AssignDueOn }).ToListAsync(ct);
            var awaiting = await store.Topics.AsNoTracking().AwaitingEvaluation().OrderBy(t => t.UpdatedAt).Take(50)
                .Select(t => new { t.Id, t.Year, t.Title, t.ReportingUnitId, On = t.Rounds.Max(r => r.FiledOn) }).ToListAsync(ct);
            AttentionRow Row(int id, int y, string title, int unit, DateOnly? on) => new(id, y, title, units.GetValueOrDefault(unit, ""), on);

            return new Overview(
                shown,
                today,
                years,
                [.. SupervisionChoices.FormItems().Select(i => new SelectListItem(i.Text, i.Value, form?.ToString() == i.Value))],
                [.. Enum.GetValues<SupervisionTopicStatus>().Select(x => new SelectListItem(SupervisionTopicWorkflow.StatusLabel(x), x.ToString(), status == x))],
                plan,
                topics,
                all,
                [.. overdue.Select(t => Row(t.Id, t.Year, t.Title, t.ReportingUnitId, t.On))],
                [.. unsent.Select(t => Row(t.Id, t.Year, t.Title, t.ReportingUnitId, t.On))],
                [.. awaiting.Select(t => Row(t.Id, t.Year, t.Title, t.ReportingUnitId, t.On))]);
        }
    }
}
