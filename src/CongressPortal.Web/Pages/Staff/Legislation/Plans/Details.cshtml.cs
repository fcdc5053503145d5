using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Legislation.Plans;

/// <summary>
/// A legislative plan: its items grouped by kind (审议项目 with drafting body, committee and target meeting; 预备项目;
/// 调研项目), each with its source suggestions, the proposals linked to it and the record that carries it (or a button to
/// open one); the forms of what <see cref="LegislationPlan.AvailableActions"/> offers: edit, add and cancel items (after
/// adoption under an amendment), adopt, publish, unpublish, amend.
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler) : ActionFormsPage
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public PlanView View { get; private set; } = null!;

    public PlanCommand EditPlan { get; private set; } = new();

    public ItemCommand AddItem { get; private set; } = new();

    public CancelItemCommand CancelItem { get; private set; } = new();

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
        if (!Failed(Forms.Edit)) EditPlan = new PlanCommand { Kind = p.Kind, Year = p.Year, Title = p.Title, Summary = p.Summary };
        if (!Failed(Forms.Adopt)) Adopt = new AdoptionCommand { AdoptedOn = view.Today };
        if (!Failed(Forms.Amend)) Amend = new AdoptionCommand { AdoptedOn = view.Today };
        return Page();
    }

    public Task<IActionResult> OnPostEditAsync(uint version, [Bind(Prefix = Forms.Edit)] PlanCommand input, CancellationToken ct)
    {
        EditPlan = input;
        return ActAsync(Forms.Edit, input, () => handler.Store.PlanActAsync(Id, version, (plan, now) => plan.Edit(input.ToDraft(), User.AsStaff(), now), ct), "已保存。", ct);
    }

    public Task<IActionResult> OnPostAddItemAsync(uint version, [Bind(Prefix = Forms.AddItem)] ItemCommand input, CancellationToken ct)
    {
        AddItem = input;
        return ActAsync(Forms.AddItem, input, () => handler.AddItemAsync(Id, version, input, User.AsStaff(), ct), "已增加项目。", ct);
    }

    public Task<IActionResult> OnPostCancelItemAsync(uint version, [Bind(Prefix = Forms.CancelItem)] CancelItemCommand input, CancellationToken ct)
    {
        CancelItem = input;
        return ActAsync(Forms.CancelItem, input, () => handler.Store.PlanActAsync(Id, version,
            (plan, now) => plan.CancelItem(input.ItemId ?? 0, input.AmendmentId, input.Reason, User.AsStaff(), now), ct), "已取消项目。", ct);
    }

    public Task<IActionResult> OnPostAdoptAsync(uint version, [Bind(Prefix = Forms.Adopt)] AdoptionCommand input, CancellationToken ct)
    {
        Adopt = input;
        return ActAsync(Forms.Adopt, input, () => handler.Store.PlanActAsync(Id, version, (plan, now) => plan.Adopt(input.ToAdoption(), User.AsStaff(), now), ct), "已登记通过。", ct);
    }

    public Task<IActionResult> OnPostAmendAsync(uint version, [Bind(Prefix = Forms.Amend)] AdoptionCommand input, CancellationToken ct)
    {
        Amend = input;
        return ActAsync(Forms.Amend, input, () => handler.Store.PlanActAsync(Id, version, (plan, now) => plan.Amend(input.ToAdoption(), User.AsStaff(), now), ct),
            "已登记计划调整。增加或取消项目时请选择这次调整。", ct);
    }

    public Task<IActionResult> OnPostPublishAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Publish, null, () => handler.Store.PlanActAsync(Id, version, (plan, now) => plan.Publish(User.AsStaff(), now), ct), "已向社会公布。", ct);

    public Task<IActionResult> OnPostUnpublishAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Unpublish, null, () => handler.Store.PlanActAsync(Id, version, (plan, now) => plan.Unpublish(User.AsStaff(), now), ct), "已撤销公布。", ct);

    public static class Forms
    {
        public const string Edit = "EditPlan";
        public const string AddItem = "AddItem";
        public const string CancelItem = "CancelItem";
        public const string Adopt = "Adopt";
        public const string Amend = "Amend";
        public const string Publish = "Publish";
        public const string Unpublish = "Unpublish";
    }

    public sealed record RecordLink(int Id, string Title, LegislationStatus Status);

    public sealed record ItemRow(LegislationPlanItem Item, string? Committee, string? Meeting, string? Regulation, IReadOnlyList<string> Sources,
        IReadOnlyList<string> Proposals, IReadOnlyList<RecordLink> Records, int? AddedBy, int? CancelledBy);

    public sealed record PlanView(
        LegislationPlan Plan,
        AvailableActions<LegislationPlanAction> Actions,
        bool AskAmendment,
        IReadOnlyList<ItemRow> Items,
        IReadOnlyList<SelectListItem> Meetings,
        IReadOnlyList<SelectListItem> Committees,
        IReadOnlyList<SelectListItem> Regulations,
        IReadOnlyList<SelectListItem> Amendments,
        IReadOnlyList<SelectListItem> OpenItems,
        DateOnly Today);

    public sealed class Handler(AppDbContext db, LegislationStore store, LegislationChoices.Handler choices)
    {
        public LegislationStore Store => store;

        public async Task<PlanView?> LoadAsync(int id, Actor actor, CancellationToken ct)
        {
            var plan = await store.LoadPlanAsync(id, ct);
            if (plan is null) return null;
            var itemIds = plan.Items.Select(i => i.Id).ToList();
            var suggestionIds = plan.Items.SelectMany(i => i.SourceSuggestions).Select(s => s.SuggestionId).Distinct().ToList();
            var numbers = await db.Suggestions.AsNoTracking().Where(s => suggestionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => $"{s.Number} {s.Title}", ct);
            var proposals = await db.Proposals.AsNoTracking().Where(p => p.LegislationItemId != null && itemIds.Contains(p.LegislationItemId.Value))
                .Select(p => new { Item = p.LegislationItemId!.Value, Title = p.Subject }).ToListAsync(ct);
            var records = await store.Records.AsNoTracking().Where(r => r.PlanItemId != null && itemIds.Contains(r.PlanItemId.Value))
                .Select(r => new { Item = r.PlanItemId!.Value, r.Id, r.Title, r.Status }).ToListAsync(ct);
            var meetings = await choices.MeetingNamesAsync(plan.Items.Select(i => i.TargetMeetingId), ct);
            var committees = await choices.CommitteeNamesAsync(ct);
            var regulations = await choices.RegulationNamesAsync(plan.Items.Select(i => i.RegulationId), ct);
            var amendmentNumbers = plan.Amendments.ToDictionary(a => a.Id, a => a.Number);
            return new PlanView(
                plan,
                plan.AvailableActions(actor),
                plan.AdoptedOn is not null,
                [.. plan.Items.OrderBy(i => i.Number).Select(i => new ItemRow(i,
                    i.CommitteeId is { } c ? committees.GetValueOrDefault(c) : null,
                    i.TargetMeetingId is { } m ? meetings.GetValueOrDefault(m) : null,
                    i.RegulationId is { } r ? regulations.GetValueOrDefault(r) : null,
                    [.. i.SourceSuggestions.Select(s => numbers.GetValueOrDefault(s.SuggestionId, ""))],
                    [.. proposals.Where(p => p.Item == i.Id).Select(p => p.Title)],
                    [.. records.Where(x => x.Item == i.Id).Select(x => new RecordLink(x.Id, x.Title, x.Status))],
                    i.AddedByAmendmentId is { } a ? amendmentNumbers.GetValueOrDefault(a) : null,
                    i.CancelledByAmendmentId is { } b ? amendmentNumbers.GetValueOrDefault(b) : null))],
                await choices.MeetingsAsync(plan.Year, null, ct),
                await choices.CommitteesAsync(null, ct),
                await LegislationChoices.RegulationsAsync(store, ct),
                [.. plan.Amendments.OrderBy(a => a.Number).Select(a => new SelectListItem($"第{a.Number}次调整（{Display.Date(a.AdoptedOn)}）", LegislationChoices.Id(a.Id)))],
                [.. plan.Items.Where(i => !i.IsCancelled).OrderBy(i => i.Number).Select(i => new SelectListItem($"{i.Number}. {i.Title}", LegislationChoices.Id(i.Id)))],
                store.Today);
        }

        /// <summary>The source suggestions typed by number become ids; a number that names none is refused next to the field.</summary>
        public async Task<CommandResult<int>> AddItemAsync(int planId, uint version, ItemCommand input, Actor actor, CancellationToken ct)
        {
            var numbers = input.Numbers();
            var found = await db.Suggestions.AsNoTracking().Where(s => numbers.Contains(s.Number)).Select(s => new { s.Id, s.Number }).ToListAsync(ct);
            var missing = numbers.Where(n => found.All(f => f.Number != n)).ToList();
            if (missing.Count > 0)
            {
                return CommandResult<int>.Refused(new Refusal("Legislation.UnknownSuggestionNumber", $"没有编号为“{string.Join("、", missing)}”的建议，请核对编号。",
                    nameof(PlanItemDraft.SourceSuggestionIds)));
            }
            return await store.AddItemAsync(planId, version, input.ToDraft([.. numbers.Select(n => found.First(f => f.Number == n).Id)]), actor, ct);
        }
    }
}
