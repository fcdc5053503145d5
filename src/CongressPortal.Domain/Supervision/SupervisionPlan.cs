using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Supervision;

/// <summary>
/// The year's supervision plan (年度监督工作计划): drafted by staff, adopted at a standing-committee meeting, published
/// (监督法第六十三条), and amended during the year with every amendment kept. Its topics are <see cref="SupervisionTopic"/>s;
/// once adopted, a topic is added or cancelled only by an amendment (docs/workflows/supervision-plan.md).
/// </summary>
public sealed class SupervisionPlan
{
    private readonly List<SupervisionPlanAmendment> _amendments = [];

    private SupervisionPlan() { }

    public int Id { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; } = "";
    public string? Summary { get; private set; }
    public SupervisionPlanStatus Status { get; private set; }
    public DateOnly? AdoptedOn { get; private set; }
    public int? AdoptedMeetingId { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<SupervisionPlanAmendment> Amendments => _amendments.AsReadOnly();

    public bool IsPublished => PublishedAt is not null;

    public static SupervisionPlan Draft(SupervisionPlanDraft draft, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != PortalRole.Staff) throw DomainMessages.WrongRole("起草监督工作计划", PortalRole.DisplayName(PortalRole.Staff)).ToException();
        var plan = new SupervisionPlan { Status = SupervisionPlanStatus.Draft, CreatedAt = now.ToUniversalTime() };
        plan.Apply(draft, now);
        return plan;
    }

    public void Edit(SupervisionPlanDraft draft, Actor actor, DateTimeOffset now)
    {
        Require(SupervisionPlanAction.Edit, actor, 1);
        Apply(draft, now);
        Move(SupervisionPlanAction.Edit, actor, Status);
    }

    /// <summary>Adopted at a meeting on <see cref="PlanAdoption.AdoptedOn"/> (typed, not after today); needs at least one topic.</summary>
    public void Adopt(PlanAdoption adoption, int topicCount, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(adoption);
        Require(SupervisionPlanAction.Adopt, actor, topicCount);
        if (adoption.AdoptedOn > ChinaTime.Today(now)) throw SupervisionMessages.AdoptedInFuture.ToException();
        AdoptedOn = adoption.AdoptedOn;
        AdoptedMeetingId = adoption.MeetingId is > 0 ? adoption.MeetingId : null;
        Move(SupervisionPlanAction.Adopt, actor, SupervisionPlanStatus.Adopted);
        UpdatedAt = now.ToUniversalTime();
    }

    public void Publish(Actor actor, DateTimeOffset now)
    {
        Require(SupervisionPlanAction.Publish, actor, 1);
        PublishedAt = now.ToUniversalTime();
        Move(SupervisionPlanAction.Publish, actor, SupervisionPlanStatus.Published);
        UpdatedAt = now.ToUniversalTime();
    }

    public void Unpublish(Actor actor, DateTimeOffset now)
    {
        Require(SupervisionPlanAction.Unpublish, actor, 1);
        PublishedAt = null;
        Move(SupervisionPlanAction.Unpublish, actor, SupervisionPlanStatus.Adopted);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>An amendment adopted at a later meeting: what changed, in words. Topics added or cancelled name it.</summary>
    public SupervisionPlanAmendment Amend(PlanAdoption amendment, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        Require(SupervisionPlanAction.Amend, actor, 1);
        if (amendment.AdoptedOn > ChinaTime.Today(now)) throw SupervisionMessages.AmendmentInFuture.ToException();
        if (amendment.AdoptedOn < AdoptedOn) throw SupervisionMessages.AmendmentBeforeAdoption.ToException();
        var summary = Text.Required(amendment.Summary, nameof(PlanAdoption.Summary), "调整内容", 2000);
        var added = new SupervisionPlanAmendment(_amendments.Count + 1, amendment.AdoptedOn, amendment.MeetingId is > 0 ? amendment.MeetingId : null,
            summary, now.ToUniversalTime(), actor.Name);
        _amendments.Add(added);
        Move(SupervisionPlanAction.Amend, actor, Status);
        UpdatedAt = now.ToUniversalTime();
        return added;
    }

    public AvailableActions<SupervisionPlanAction> AvailableActions(Actor actor, int topicCount) =>
        new(Enum.GetValues<SupervisionPlanAction>().Select(a => new ActionCheck<SupervisionPlanAction>(a, Check(a, actor, topicCount))));

    public Refusal? Check(SupervisionPlanAction action, Actor actor, int topicCount)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return SupervisionPlanWorkflow.Table.Check(Status, action, actor.Role) ?? action switch
        {
            SupervisionPlanAction.Adopt when topicCount == 0 => SupervisionMessages.PlanHasNoTopics,
            _ => null,
        };
    }

    /// <summary>
    /// Why a topic cannot be added to (or cancelled from) this plan under <paramref name="amendmentId"/>: after adoption it
    /// must name one of the plan's amendments.
    /// </summary>
    public Refusal? TopicChangeProblem(int? amendmentId, Actor actor)
    {
        if (Check(SupervisionPlanAction.AddTopic, actor, 1) is { } refusal) return refusal;
        if (Status == SupervisionPlanStatus.Draft) return null;
        if (amendmentId is null) return SupervisionMessages.AmendmentRequired;
        return _amendments.Any(a => a.Id == amendmentId) ? null : SupervisionMessages.UnknownAmendment;
    }

    private void Apply(SupervisionPlanDraft draft, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Year is < 2000 or > 2100) throw SupervisionMessages.YearOutOfRange.ToException();
        Year = draft.Year;
        Title = Text.Required(draft.Title, nameof(SupervisionPlanDraft.Title), "计划名称", 200);
        Summary = Text.Optional(draft.Summary, nameof(SupervisionPlanDraft.Summary), "计划说明", 20000);
        UpdatedAt = now.ToUniversalTime();
    }

    private void Require(SupervisionPlanAction action, Actor actor, int topicCount)
    {
        if (Check(action, actor, topicCount) is { } refusal) throw refusal.ToException();
    }

    private void Move(SupervisionPlanAction action, Actor actor, SupervisionPlanStatus to) =>
        Status = SupervisionPlanWorkflow.Table.Move(Status, action, actor.Role, to);
}
