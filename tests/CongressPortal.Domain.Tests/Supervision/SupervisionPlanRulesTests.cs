using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using CongressPortal.Domain.Tests.Common;
using F = CongressPortal.Domain.Tests.Supervision.SupervisionFixture;

namespace CongressPortal.Domain.Tests.Supervision;

/// <summary>
/// The annual plan's rules (监督法第六十三条; docs/domain/supervision.md#the-plan): adoption needs a topic and a date not
/// after today; once adopted, a topic is added or cancelled only under one of the plan's amendments; and the settings'
/// bounds.
/// </summary>
public sealed class SupervisionPlanRulesTests
{
    [Fact]
    public void A_plan_without_topics_cannot_be_adopted_and_the_adoption_date_is_typed_but_not_after_today()
    {
        var plan = F.DraftPlan();

        plan.Check(SupervisionPlanAction.Adopt, F.Staff, topicCount: 0).Should().Be(SupervisionMessages.PlanHasNoTopics);
        plan.AvailableActions(F.Staff, topicCount: 0).Explain(SupervisionPlanAction.Adopt).Should().Be(SupervisionMessages.PlanHasNoTopics.Message);
        FluentActions.Invoking(() => plan.Adopt(F.Adoption(), 0, F.Staff, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.PlanHasNoTopics);
        FluentActions.Invoking(() => plan.Adopt(F.Adoption(F.Today.AddDays(1)), 1, F.Staff, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.AdoptedInFuture);
        plan.Status.Should().Be(SupervisionPlanStatus.Draft);
        plan.AdoptedOn.Should().BeNull();

        plan.Adopt(new PlanAdoption(F.PlanAdoptedOn, 12, null), 1, F.Staff, F.Now);

        plan.Status.Should().Be(SupervisionPlanStatus.Adopted);
        plan.AdoptedOn.Should().Be(F.PlanAdoptedOn);
        plan.AdoptedMeetingId.Should().Be(12);
        plan.IsPublished.Should().BeFalse("adopting is not publishing");
    }

    [Fact]
    public void Topics_are_added_to_a_draft_plan_freely_and_to_an_adopted_one_only_under_one_of_its_amendments()
    {
        var draft = F.DraftPlan();
        SupervisionTopic.Create(F.TopicDraft(amendmentId: 5), draft, null, F.Staff, F.Now).AddedByAmendmentId.Should().BeNull("in the plan as adopted");

        var plan = F.PlanIn(SupervisionPlanStatus.Published);
        plan.TopicChangeProblem(null, F.Staff).Should().Be(SupervisionMessages.AmendmentRequired);
        FluentActions.Invoking(() => SupervisionTopic.Create(F.TopicDraft(), plan, null, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.AmendmentRequired);
        FluentActions.Invoking(() => SupervisionTopic.Create(F.TopicDraft(amendmentId: 99), plan, null, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.UnknownAmendment);
        SupervisionMessages.AmendmentRequired.Field.Should().Be(nameof(SupervisionTopicDraft.AmendmentId));

        var amendment = plan.Amend(F.Amendment(), F.Staff, F.Now);
        var topic = SupervisionTopic.Create(F.TopicDraft(amendmentId: amendment.Id), plan, null, F.Staff, F.Now);

        topic.AddedByAmendmentId.Should().Be(amendment.Id);
        topic.Year.Should().Be(F.Year);
        topic.Events.Should().ContainSingle().Which.Kind.Should().Be(SupervisionEventKind.Created);
    }

    [Fact]
    public void After_adoption_a_topic_is_cancelled_only_under_an_amendment_and_always_with_a_reason()
    {
        var plan = F.PlanIn(SupervisionPlanStatus.Adopted);
        var topic = SupervisionTopic.Create(F.TopicDraft(amendmentId: plan.Amend(F.Amendment(), F.Staff, F.Now).Id), plan, null, F.Staff, F.Now);

        FluentActions.Invoking(() => topic.Cancel("调整", null, plan, F.Staff, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.AmendmentRequired);
        FluentActions.Invoking(() => topic.Cancel("调整", 99, plan, F.Staff, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.UnknownAmendment);
        FluentActions.Invoking(() => topic.Cancel(" ", plan.Amendments[0].Id, plan, F.Staff, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.CancelReasonRequired);
        topic.Status.Should().Be(SupervisionTopicStatus.Planned);

        topic.Cancel("常委会第二十次会议调整计划", plan.Amendments[0].Id, plan, F.Staff, F.Now);

        topic.Status.Should().Be(SupervisionTopicStatus.Cancelled);
        topic.CancelledByAmendmentId.Should().Be(plan.Amendments[0].Id);
        topic.StatusReason.Should().Be("常委会第二十次会议调整计划");
    }

    [Fact]
    public void Amendments_are_dated_between_the_adoption_and_today_say_what_changed_and_are_all_kept_in_order()
    {
        var plan = F.PlanIn(SupervisionPlanStatus.Published);

        FluentActions.Invoking(() => plan.Amend(F.Amendment(F.PlanAdoptedOn.AddDays(-1)), F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.AmendmentBeforeAdoption);
        FluentActions.Invoking(() => plan.Amend(F.Amendment(F.Today.AddDays(1)), F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.AmendmentInFuture);
        FluentActions.Invoking(() => plan.Amend(F.Amendment(summary: " "), F.Staff, F.Now)).Should().Throw<DomainRuleException>()
            .Which.Refusal.Field.Should().Be(nameof(PlanAdoption.Summary));
        plan.Amendments.Should().BeEmpty();

        plan.Amend(F.Amendment(F.PlanAdoptedOn), F.Staff, F.Now);
        plan.Amend(F.Amendment(new DateOnly(2026, 4, 28), "取消“城市供水保障”，改为专题调研"), F.Staff, F.Now);

        plan.Amendments.Select(a => (a.Number, a.AdoptedOn)).Should().Equal((1, F.PlanAdoptedOn), (2, new DateOnly(2026, 4, 28)));
        plan.Amendments[1].RecordedBy.Should().Be(F.Staff.Name);
        plan.Status.Should().Be(SupervisionPlanStatus.Published, "an amendment leaves the published plan published");
    }

    [Fact]
    public void Only_staff_draft_a_plan_and_its_year_is_checked()
    {
        FluentActions.Invoking(() => SupervisionPlan.Draft(new SupervisionPlanDraft(F.Year, "计划", null), new Actor(PortalRole.Admin, "管理员"), F.Now))
            .Should().Throw<DomainRuleException>().Which.Code.Should().Be("Workflow.WrongRole");
        FluentActions.Invoking(() => SupervisionPlan.Draft(new SupervisionPlanDraft(1999, "计划", null), F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.YearOutOfRange);
    }

    [Fact]
    public void A_law_enforcement_inspection_names_the_law_it_checks()
    {
        var draft = F.TopicDraft(SupervisionForm.LawEnforcementInspection) with { LawName = " " };

        FluentActions.Invoking(() => SupervisionTopic.Create(draft, F.DraftPlan(), null, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.LawRequired);
        SupervisionTopic.Create(F.TopicDraft(SupervisionForm.LawEnforcementInspection), F.DraftPlan(), null, F.Staff, F.Now).LawName
            .Should().Be("《中华人民共和国大气污染防治法》");
    }

    // ---------------------------------------------------------------- settings

    [Fact]
    public void The_defaults_are_three_months_two_for_budget_and_audit_two_for_rework_ten_working_days_and_half_satisfied()
    {
        var settings = SupervisionSettings.Defaults();

        (settings.ReportMonths, settings.BudgetAuditReportMonths, settings.ReworkMonths, settings.AssignWithinWorkingDays, settings.SatisfactionThresholdPercent, settings.DueSoonDays)
            .Should().Be((3, 2, 2, 10, 50, 15));
        SupervisionSettings.MaximumReportMonths.Should().Be(3);
    }

    [Theory]
    [InlineData(4, 2, 2, 10, 50, nameof(SupervisionSettings.ReportMonths), 1, 3)]
    [InlineData(0, 2, 2, 10, 50, nameof(SupervisionSettings.ReportMonths), 1, 3)]
    [InlineData(2, 3, 2, 10, 50, nameof(SupervisionSettings.BudgetAuditReportMonths), 1, 2)]
    [InlineData(3, 2, 4, 10, 50, nameof(SupervisionSettings.ReworkMonths), 1, 3)]
    [InlineData(3, 2, 2, 31, 50, nameof(SupervisionSettings.AssignWithinWorkingDays), 1, 30)]
    [InlineData(3, 2, 2, 10, 49, nameof(SupervisionSettings.SatisfactionThresholdPercent), 50, 100)]
    [InlineData(3, 2, 2, 10, 101, nameof(SupervisionSettings.SatisfactionThresholdPercent), 50, 100)]
    public void A_setting_outside_its_bounds_is_refused_next_to_its_field(int report, int budget, int rework, int assign, int threshold, string field, int min, int max)
    {
        var settings = SupervisionSettings.Defaults();

        var refusal = FluentActions.Invoking(() => settings.Update(report, budget, rework, assign, threshold, 15)).Should().Throw<DomainRuleException>().Which.Refusal;

        refusal.Code.Should().Be("Common.OutOfRange");
        refusal.Field.Should().Be(field);
        refusal.Message.Should().EndWith($"须在 {min} 到 {max} 之间。");
    }

    [Theory]
    [InlineData(3, 3, 50)]
    [InlineData(1, 1, 100)]
    [InlineData(2, 1, 67)]
    public void Settings_within_their_bounds_are_kept(int report, int budget, int threshold)
    {
        var settings = SupervisionSettings.Defaults();

        settings.Update(report, budget, 1, 5, threshold, 30);

        (settings.ReportMonths, settings.BudgetAuditReportMonths, settings.SatisfactionThresholdPercent).Should().Be((report, budget, threshold));
        settings.ReportMonthsFor(SupervisionForm.PlanBudgetAudit).Should().Be(budget);
        settings.ReportMonthsFor(SupervisionForm.StateAssets).Should().Be(report);
    }
}
