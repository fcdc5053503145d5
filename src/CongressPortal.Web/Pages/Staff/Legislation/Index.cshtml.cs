using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Legislation;

/// <summary>
/// 立法工作: the legislation records by status with filters, what needs attention (报批 records near or past the four
/// months, this year's deliberation items whose target meeting passed without a reading), counts, and the plans.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public LegislationKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public LegislativeField? Field { get; set; }
    [BindProperty(SupportsGet = true)] public LegislationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? Committee { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public Overview View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = Paging.Year(Year);
        View = await handler.LoadAsync(new LegislationStore.RecordFilter(Year, Kind, Field, Status, Committee, Q), ct);
    }

    public sealed record RecordRow(int Id, string Title, LegislationKind Kind, LegislativeField Field, LegislationStatus Status, string? Committee, int Readings, DateTimeOffset UpdatedAt);

    public sealed record ApprovalRow(int Id, string Title, DateOnly SubmittedOn, DateOnly DueOn, Deadline Deadline);

    public sealed record MissedRow(int PlanId, int ItemId, int Number, string Title, string Meeting);

    public sealed record PlanRow(int Id, string Title, LegislationPlanKind Kind, int Year, int EndYear, LegislationPlanStatus Status, int Items);

    public sealed record Overview(
        IReadOnlyList<RecordRow> Records,
        IReadOnlyDictionary<LegislationStatus, int> Counts,
        IReadOnlyList<ApprovalRow> Approvals,
        IReadOnlyList<MissedRow> Missed,
        IReadOnlyList<PlanRow> Plans,
        IReadOnlyList<SelectListItem> Committees,
        DateOnly Today);

    public sealed class Handler(AppDbContext db, LegislationStore store)
    {
        public async Task<Overview> LoadAsync(LegislationStore.RecordFilter filter, CancellationToken ct)
        {
            var today = store.Today;
            var committees = await db.Committees.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            var records = await LegislationStore.Filtered(store.Records.AsNoTracking(), filter)
                .OrderBy(r => r.Status).ThenByDescending(r => r.UpdatedAt).Take(500)
                .Select(r => new { r.Id, r.Title, r.Kind, r.Field, r.Status, r.CommitteeId, Readings = r.Readings.Count, r.UpdatedAt }).ToListAsync(ct);
            var counts = await store.Records.AsNoTracking().GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var approvals = await LegislationStore.ApprovalNeedsAttention(store.Records.AsNoTracking(), today).OrderBy(r => r.ApprovalDueOn)
                .Select(r => new { r.Id, r.Title, r.SubmittedOn, r.ApprovalDueOn }).ToListAsync(ct);
            var missed = await store.MissedTargets(today.Year, today).OrderBy(i => i.Number)
                .Select(i => new { i.PlanId, i.Id, i.Number, i.Title, i.TargetMeetingId }).ToListAsync(ct);
            var meetings = await db.MeetingNamesAsync(missed.Select(m => m.TargetMeetingId), ct, withDate: true);
            var plans = await store.Plans.AsNoTracking().OrderByDescending(p => p.Year).ThenBy(p => p.Kind)
                .Select(p => new PlanRow(p.Id, p.Title, p.Kind, p.Year, p.EndYear, p.Status, p.Items.Count(i => !i.IsCancelled))).ToListAsync(ct);
            return new Overview(
                [.. records.Select(r => new RecordRow(r.Id, r.Title, r.Kind, r.Field, r.Status, r.CommitteeId is { } c ? committees.GetValueOrDefault(c) : null, r.Readings, r.UpdatedAt))],
                counts,
                [.. approvals.Select(a => new ApprovalRow(a.Id, a.Title, a.SubmittedOn!.Value, a.ApprovalDueOn!.Value,
                    Deadline.DaysLeft(a.ApprovalDueOn!.Value, today, LegislationRecord.ApprovalWarningDays)))],
                [.. missed.Select(m => new MissedRow(m.PlanId, m.Id, m.Number, m.Title, meetings.GetValueOrDefault(m.TargetMeetingId!.Value, "")))],
                plans,
                [.. committees.OrderBy(c => c.Value).Select(c => new SelectListItem(c.Value, LegislationChoices.Id(c.Key)))],
                today);
        }
    }
}
