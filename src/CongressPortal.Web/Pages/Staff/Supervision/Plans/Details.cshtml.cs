using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Supervision.Plans;

/// <summary>
/// One year's supervision plan: its facts, its topics, and the forms of what staff may do now
/// (<see cref="SupervisionPlan.AvailableActions"/>): edit the draft, record its adoption at a standing-committee meeting,
/// publish or withdraw it, and record an amendment (计划调整) — each amendment kept and listed.
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler) : ActionFormsPage
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public PlanView View { get; private set; } = null!;

    public PlanCommand EditPlan { get; private set; } = new();

    public AdoptionCommand Adopt { get; private set; } = new();

    public AdoptionCommand Amend { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(Id, User.AsStaff(), ct);
        if (view is null) return NotFound();
        View = view;
        var p = view.Plan;
        if (!Failed(Forms.Edit)) EditPlan = new PlanCommand { Year = p.Year, Title = p.Title, Summary = p.Summary };
        if (!Failed(Forms.Adopt)) Adopt = new AdoptionCommand { AdoptedOn = view.Today };
        if (!Failed(Forms.Amend)) Amend = new AdoptionCommand { AdoptedOn = view.Today };
        return Page();
    }

    public Task<IActionResult> OnPostEditAsync(uint version, [Bind(Prefix = Forms.Edit)] PlanCommand input, CancellationToken ct)
    {
        EditPlan = input;
        return ActAsync(Forms.Edit, input, () => handler.ActAsync(Id, version, (plan, _, now) => plan.Edit(input.ToDraft(), User.AsStaff(), now), ct), "已保存计划。", ct);
    }

    public Task<IActionResult> OnPostAdoptAsync(uint version, [Bind(Prefix = Forms.Adopt)] AdoptionCommand input, CancellationToken ct)
    {
        Adopt = input;
        return ActAsync(Forms.Adopt, input, () => handler.ActAsync(Id, version, (plan, topics, now) => plan.Adopt(input.ToAdoption(), topics, User.AsStaff(), now), ct),
            "已登记计划通过。", ct);
    }

    public Task<IActionResult> OnPostAmendAsync(uint version, [Bind(Prefix = Forms.Amend)] AdoptionCommand input, CancellationToken ct)
    {
        Amend = input;
        return ActAsync(Forms.Amend, input, () => handler.ActAsync(Id, version, (plan, _, now) => plan.Amend(input.ToAdoption(), User.AsStaff(), now), ct),
            "已登记计划调整。新增或取消议题时请选择这次调整。", ct);
    }

    public Task<IActionResult> OnPostPublishAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Publish, null, () => handler.ActAsync(Id, version, (plan, _, now) => plan.Publish(User.AsStaff(), now), ct), "计划已向社会公布。", ct);

    public Task<IActionResult> OnPostUnpublishAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Unpublish, null, () => handler.ActAsync(Id, version, (plan, _, now) => plan.Unpublish(User.AsStaff(), now), ct), "已撤销公布。", ct);

    public static class Forms
    {
        public const string Edit = "EditPlan";
        public const string Adopt = "Adopt";
        public const string Amend = "Amend";
        public const string Publish = "Publish";
        public const string Unpublish = "Unpublish";
    }

    /// <summary>The adoption of the plan, or one amendment (named like <see cref="PlanAdoption"/>).</summary>
    public sealed record AdoptionCommand
    {
        [Required(ErrorMessage = "请填写日期"), Display(Name = "常委会会议日期")]
        public DateOnly? AdoptedOn { get; init; }

        [Display(Name = "常委会会议")]
        public int? MeetingId { get; init; }

        [Display(Name = "调整内容")]
        public string? Summary { get; init; }

        public PlanAdoption ToAdoption() => new(AdoptedOn!.Value, MeetingId, Summary);
    }

    public sealed record AmendmentRow(int Number, DateOnly AdoptedOn, string? Meeting, string Summary, DateTimeOffset RecordedAt, string RecordedBy);

    public sealed record TopicRow(int Id, SupervisionForm Form, string Title, string Unit, SupervisionTopicStatus Status, int? PlannedMonth, int? AmendmentNumber);

    public sealed record PlanView(
        SupervisionPlan Plan,
        AvailableActions<SupervisionPlanAction> Actions,
        string? AdoptedMeeting,
        IReadOnlyList<AmendmentRow> Amendments,
        IReadOnlyList<TopicRow> Topics,
        IReadOnlyList<SelectListItem> Meetings,
        DateOnly Today);

    public sealed class Handler(AppDbContext db, SupervisionStore store)
    {
        public async Task<PlanView?> LoadAsync(int id, Actor actor, CancellationToken ct)
        {
            var plan = await store.LoadPlanAsync(store.Plans, id, ct);
            if (plan is null) return null;
            var topics = await store.Topics.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.PlannedMonth ?? 13).ThenBy(t => t.Id)
                .Select(t => new { t.Id, t.Form, t.Title, t.ReportingUnitId, t.Status, t.PlannedMonth, t.AddedByAmendmentId }).ToListAsync(ct);
            var counted = await store.Topics.AsNoTracking().Where(t => t.PlanId == id).NotCancelled().CountAsync(ct);
            var units = await db.HandlingUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            var meetings = await db.MeetingNamesAsync(plan.Amendments.Select(a => a.MeetingId).Append(plan.AdoptedMeetingId), ct, withDate: true);
            var numbers = plan.Amendments.ToDictionary(a => a.Id, a => a.Number);
            return new PlanView(
                plan,
                plan.AvailableActions(actor, counted),
                plan.AdoptedMeetingId is { } m ? meetings.GetValueOrDefault(m) : null,
                [.. plan.Amendments.OrderBy(a => a.Number).Select(a => new AmendmentRow(a.Number, a.AdoptedOn, a.MeetingId is { } am ? meetings.GetValueOrDefault(am) : null,
                    a.Summary, a.RecordedAt, a.RecordedBy))],
                [.. topics.Select(t => new TopicRow(t.Id, t.Form, t.Title, units.GetValueOrDefault(t.ReportingUnitId, ""), t.Status, t.PlannedMonth,
                    t.AddedByAmendmentId is { } a ? numbers.GetValueOrDefault(a) : null))],
                [.. await SupervisionChoices.MeetingsAsync(db, plan.Year - 1, null, ct), .. await SupervisionChoices.MeetingsAsync(db, plan.Year, null, ct)],
                store.Today);
        }

        public Task<CommandResult<int>> ActAsync(int id, uint version, Action<SupervisionPlan, int, DateTimeOffset> action, CancellationToken ct) =>
            store.PlanActAsync(id, version, action, $"{Forms.Edit}.{nameof(PlanCommand.Year)}", ct);
    }
}
