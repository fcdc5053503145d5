using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Legislation;

/// <summary>
/// A legislative plan: the five-year 立法规划 or the annual 立法计划, with its items (审议项目, 预备项目, 调研项目). Drafted
/// by staff, adopted, published, amended during its life with every amendment kept; once adopted an item is added or
/// cancelled only by naming one of its amendments (docs/workflows/legislation-plan.md).
/// </summary>
public sealed class LegislationPlan
{
    public const int ProgrammeYears = 5;
    public const int MaximumItems = 300;

    private readonly List<LegislationPlanAmendment> _amendments = [];
    private readonly List<LegislationPlanItem> _items = [];

    private LegislationPlan() { }

    public int Id { get; private set; }
    public LegislationPlanKind Kind { get; private set; }

    /// <summary>The plan's year; for a programme its first year.</summary>
    public int Year { get; private set; }

    /// <summary>The last year it covers: the same year for an annual plan, four years on for a programme.</summary>
    public int EndYear { get; private set; }
    public string Title { get; private set; } = "";
    public string? Summary { get; private set; }
    public LegislationPlanStatus Status { get; private set; }
    public DateOnly? AdoptedOn { get; private set; }
    public int? AdoptedMeetingId { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<LegislationPlanAmendment> Amendments => _amendments.AsReadOnly();
    public IReadOnlyList<LegislationPlanItem> Items => _items.AsReadOnly();

    public bool IsPublished => PublishedAt is not null;

    public static LegislationPlan Draft(LegislationPlanDraft draft, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != PortalRole.Staff) throw DomainMessages.WrongRole("起草立法计划", PortalRole.DisplayName(PortalRole.Staff)).ToException();
        ArgumentNullException.ThrowIfNull(draft);
        var plan = new LegislationPlan { Kind = draft.Kind, Status = LegislationPlanStatus.Draft, CreatedAt = now.ToUniversalTime() };
        plan.Apply(draft, now);
        return plan;
    }

    /// <summary>The kind stays what it was created as; title, year and summary change.</summary>
    public void Edit(LegislationPlanDraft draft, Actor actor, DateTimeOffset now)
    {
        Require(LegislationPlanAction.Edit, actor);
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Year != Year && Status != LegislationPlanStatus.Draft) throw LegislationMessages.YearFixedAfterAdoption.ToException();
        Apply(draft, now);
        Move(LegislationPlanAction.Edit, actor, Status);
    }

    public LegislationPlanItem AddItem(PlanItemDraft draft, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (ItemChangeProblem(LegislationPlanAction.AddItem, draft.AmendmentId, actor) is { } refusal) throw refusal.ToException();
        if (_items.Count >= MaximumItems) throw LegislationMessages.TooManyItems.ToException();
        var item = new LegislationPlanItem(_items.Count == 0 ? 1 : _items.Max(i => i.Number) + 1);
        item.Apply(draft);
        item.MarkAdded(Status == LegislationPlanStatus.Draft ? null : draft.AmendmentId);
        _items.Add(item);
        Move(LegislationPlanAction.AddItem, actor, Status);
        UpdatedAt = now.ToUniversalTime();
        return item;
    }

    /// <summary>Details of an item (drafting body, target meeting, sources) change as work goes on; its kind too, until adoption.</summary>
    public void EditItem(int itemId, PlanItemDraft draft, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(LegislationPlanAction.EditItem, actor);
        var item = FindItem(itemId);
        if (item.IsCancelled) throw LegislationMessages.ItemCancelled.ToException();
        if (Status != LegislationPlanStatus.Draft && draft.Kind != item.Kind) throw LegislationMessages.ItemKindFixedAfterAdoption.ToException();
        item.Apply(draft);
        Move(LegislationPlanAction.EditItem, actor, Status);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Cancels an item (kept, marked cancelled): in a draft freely, after adoption under an amendment.</summary>
    public void CancelItem(int itemId, int? amendmentId, string? reason, Actor actor, DateTimeOffset now)
    {
        if (ItemChangeProblem(LegislationPlanAction.CancelItem, amendmentId, actor) is { } refusal) throw refusal.ToException();
        var item = FindItem(itemId);
        if (item.IsCancelled) throw LegislationMessages.ItemCancelled.ToException();
        item.Cancel(Status == LegislationPlanStatus.Draft ? null : amendmentId, Text.Required(reason, "Reason", "取消理由", 1000));
        Move(LegislationPlanAction.CancelItem, actor, Status);
        UpdatedAt = now.ToUniversalTime();
    }

    public void Adopt(LegislationPlanAdoption adoption, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(adoption);
        Require(LegislationPlanAction.Adopt, actor);
        if (adoption.AdoptedOn > ChinaTime.Today(now)) throw LegislationMessages.AdoptedInFuture.ToException();
        AdoptedOn = adoption.AdoptedOn;
        AdoptedMeetingId = adoption.MeetingId is > 0 ? adoption.MeetingId : null;
        Move(LegislationPlanAction.Adopt, actor, LegislationPlanStatus.Adopted);
        UpdatedAt = now.ToUniversalTime();
    }

    public void Publish(Actor actor, DateTimeOffset now)
    {
        Require(LegislationPlanAction.Publish, actor);
        PublishedAt = now.ToUniversalTime();
        Move(LegislationPlanAction.Publish, actor, LegislationPlanStatus.Published);
        UpdatedAt = now.ToUniversalTime();
    }

    public void Unpublish(Actor actor, DateTimeOffset now)
    {
        Require(LegislationPlanAction.Unpublish, actor);
        PublishedAt = null;
        Move(LegislationPlanAction.Unpublish, actor, LegislationPlanStatus.Adopted);
        UpdatedAt = now.ToUniversalTime();
    }

    public LegislationPlanAmendment Amend(LegislationPlanAdoption amendment, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        Require(LegislationPlanAction.Amend, actor);
        if (amendment.AdoptedOn > ChinaTime.Today(now)) throw LegislationMessages.AmendmentInFuture.ToException();
        if (amendment.AdoptedOn < AdoptedOn) throw LegislationMessages.AmendmentBeforeAdoption.ToException();
        var summary = Text.Required(amendment.Summary, nameof(LegislationPlanAdoption.Summary), "调整内容", 2000);
        var added = new LegislationPlanAmendment(_amendments.Count + 1, amendment.AdoptedOn,
            amendment.MeetingId is > 0 ? amendment.MeetingId : null, summary, now.ToUniversalTime(), actor.Name);
        _amendments.Add(added);
        Move(LegislationPlanAction.Amend, actor, Status);
        UpdatedAt = now.ToUniversalTime();
        return added;
    }

    public AvailableActions<LegislationPlanAction> AvailableActions(Actor actor) =>
        new(Enum.GetValues<LegislationPlanAction>().Select(a => new ActionCheck<LegislationPlanAction>(a, Check(a, actor))));

    public Refusal? Check(LegislationPlanAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return LegislationPlanWorkflow.Table.Check(Status, action, actor.Role) ?? action switch
        {
            LegislationPlanAction.Adopt when _items.All(i => i.IsCancelled) => LegislationMessages.PlanHasNoItems,
            _ => null,
        };
    }

    /// <summary>Why an item cannot be added or cancelled under <paramref name="amendmentId"/>: after adoption it must name one of the plan's amendments.</summary>
    public Refusal? ItemChangeProblem(LegislationPlanAction action, int? amendmentId, Actor actor)
    {
        if (Check(action, actor) is { } refusal) return refusal;
        if (Status == LegislationPlanStatus.Draft) return null;
        if (amendmentId is null) return LegislationMessages.AmendmentRequired;
        return _amendments.Any(a => a.Id == amendmentId) ? null : LegislationMessages.UnknownAmendment;
    }

    /// <summary>Whether the plan covers <paramref name="year"/>.</summary>
    public bool Covers(int year) => year >= Year && year <= EndYear;

    private LegislationPlanItem FindItem(int itemId) =>
        _items.FirstOrDefault(i => i.Id == itemId) ?? throw LegislationMessages.ItemNotFound.ToException();

    private void Apply(LegislationPlanDraft draft, DateTimeOffset now)
    {
        if (draft.Year is < 2000 or > 2100) throw LegislationMessages.YearOutOfRange.ToException();
        Year = draft.Year;
        EndYear = Kind == LegislationPlanKind.Programme ? draft.Year + ProgrammeYears - 1 : draft.Year;
        Title = Text.Required(draft.Title, nameof(LegislationPlanDraft.Title), "计划名称", 200);
        Summary = Text.Optional(draft.Summary, nameof(LegislationPlanDraft.Summary), "计划说明", 20000);
        UpdatedAt = now.ToUniversalTime();
    }

    private void Require(LegislationPlanAction action, Actor actor)
    {
        if (Check(action, actor) is { } refusal) throw refusal.ToException();
    }

    private void Move(LegislationPlanAction action, Actor actor, LegislationPlanStatus to) =>
        Status = LegislationPlanWorkflow.Table.Move(Status, action, actor.Role, to);
}
