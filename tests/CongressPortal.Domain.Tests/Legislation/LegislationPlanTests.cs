using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using F = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>A legislative plan's items, the amendments required once it is adopted, cancellation and the years it covers.</summary>
public sealed class LegislationPlanTests
{
    private static DomainRuleException Refused(Action act) => FluentActions.Invoking(act).Should().Throw<DomainRuleException>().Which;

    [Fact]
    public void An_annual_plan_covers_its_year_and_a_programme_five_years()
    {
        var annual = F.NewPlan();
        var programme = F.NewPlan(LegislationPlanKind.Programme, 2026);

        (annual.Year, annual.EndYear).Should().Be((2026, 2026));
        (programme.Year, programme.EndYear).Should().Be((2026, 2030));
        programme.Covers(2025).Should().BeFalse();
        programme.Covers(2026).Should().BeTrue();
        programme.Covers(2030).Should().BeTrue();
        programme.Covers(2031).Should().BeFalse();
        annual.Covers(2027).Should().BeFalse();
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_year_out_of_range_is_refused(int year)
    {
        Refused(() => F.NewPlan(year: year)).Refusal.Should().Be(LegislationMessages.YearOutOfRange);
    }

    [Fact]
    public void Items_are_numbered_in_order_with_their_kind_and_sources()
    {
        var plan = F.NewPlan();

        var first = plan.AddItem(F.Item(), F.Staff, F.Now);
        var second = plan.AddItem(F.Item("示例市物业管理条例", PlanItemKind.Preparatory), F.Staff, F.Now);
        var third = plan.AddItem(F.Item("示例市历史文化名城保护立法调研", PlanItemKind.Research), F.Staff, F.Now);

        plan.Items.Select(i => (i.Number, i.Kind)).Should().Equal((1, PlanItemKind.Deliberation), (2, PlanItemKind.Preparatory), (3, PlanItemKind.Research));
        first.SourceSuggestions.Select(s => s.SuggestionId).Should().Equal(11, 12);
        (first.DraftingBody, first.TargetMeetingId).Should().Be(("市城市管理局", 4));
        second.TargetMeetingId.Should().BeNull("only deliberation items target a meeting");
        third.LegislationKind.Should().Be(LegislationKind.Research);
        first.AddedByAmendmentId.Should().BeNull();
    }

    [Fact]
    public void A_deliberation_item_needs_its_drafting_body()
    {
        Refused(() => F.NewPlan().AddItem(F.Item() with { DraftingBody = " " }, F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.DraftingBodyRequired);
    }

    [Fact]
    public void Research_is_the_kind_of_research_items_only()
    {
        Refused(() => F.NewPlan().AddItem(F.Item() with { LegislationKind = LegislationKind.Research }, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.ResearchKindOnlyForResearchItems);
        F.NewPlan().AddItem(F.Item(kind: PlanItemKind.Research) with { LegislationKind = LegislationKind.Enact }, F.Staff, F.Now)
            .LegislationKind.Should().Be(LegislationKind.Research);
    }

    [Fact]
    public void A_source_suggestion_listed_twice_is_refused()
    {
        Refused(() => F.NewPlan().AddItem(F.Item() with { SourceSuggestionIds = [11, 11] }, F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.DuplicateSource);
    }

    [Fact]
    public void The_regulation_is_kept_only_for_an_amendment_or_repeal()
    {
        var plan = F.NewPlan();

        plan.AddItem(F.Item() with { RegulationId = 5 }, F.Staff, F.Now).RegulationId.Should().BeNull();
        plan.AddItem(F.Item() with { LegislationKind = LegislationKind.Amend, RegulationId = 5 }, F.Staff, F.Now).RegulationId.Should().Be(5);
    }

    [Fact]
    public void After_adoption_an_item_is_added_or_cancelled_only_under_one_of_the_plans_amendments()
    {
        var plan = F.PlanIn(LegislationPlanStatus.Adopted);

        Refused(() => plan.AddItem(F.Item("示例市养犬管理条例"), F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.AmendmentRequired);
        Refused(() => plan.CancelItem(plan.Items[0].Id, null, "推迟", F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.AmendmentRequired);
        Refused(() => plan.AddItem(F.Item("示例市养犬管理条例", amendmentId: 77), F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.UnknownAmendment);
        plan.ItemChangeProblem(LegislationPlanAction.AddItem, null, F.Staff).Should().Be(LegislationMessages.AmendmentRequired);
        plan.Items.Should().ContainSingle();

        var amendment = plan.Amend(F.Adoption(new DateOnly(2026, 4, 28), "增加示例市养犬管理条例"), F.Staff, F.Now);
        var added = plan.AddItem(F.Item("示例市养犬管理条例", amendmentId: amendment.Id), F.Staff, F.Now);

        plan.ItemChangeProblem(LegislationPlanAction.AddItem, amendment.Id, F.Staff).Should().BeNull();
        added.AddedByAmendmentId.Should().Be(amendment.Id);
        (added.Number, plan.Items.Count).Should().Be((2, 2));
    }

    [Fact]
    public void In_a_draft_items_are_added_and_cancelled_freely()
    {
        var plan = F.PlanIn(LegislationPlanStatus.Draft);

        plan.ItemChangeProblem(LegislationPlanAction.CancelItem, null, F.Staff).Should().BeNull();
        plan.CancelItem(plan.Items[0].Id, 5, "并入物业管理条例", F.Staff, F.Now);

        plan.Items[0].Should().BeEquivalentTo(new { IsCancelled = true, CancelledByAmendmentId = (int?)null, CancelReason = "并入物业管理条例" });
    }

    [Fact]
    public void A_cancelled_item_is_kept_with_its_reason_and_amendment_and_cannot_be_edited_or_cancelled_again()
    {
        var plan = F.PlanIn(LegislationPlanStatus.Published);
        var amendment = plan.Amend(F.Adoption(new DateOnly(2026, 6, 1), "取消城市供水条例"), F.Staff, F.Now);

        Refused(() => plan.CancelItem(plan.Items[0].Id, amendment.Id, " ", F.Staff, F.Now)).Refusal.Should().Be(DomainMessages.Required("Reason", "取消理由"));
        plan.CancelItem(plan.Items[0].Id, amendment.Id, "上位法已作规定", F.Staff, F.Now);

        plan.Items[0].Should().BeEquivalentTo(new { IsCancelled = true, CancelledByAmendmentId = (int?)amendment.Id, CancelReason = "上位法已作规定", Number = 1 });
        Refused(() => plan.CancelItem(plan.Items[0].Id, amendment.Id, "再次取消", F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.ItemCancelled);
        Refused(() => plan.EditItem(plan.Items[0].Id, F.Item(), F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.ItemCancelled);
    }

    [Fact]
    public void An_unknown_item_is_refused()
    {
        Refused(() => F.PlanIn(LegislationPlanStatus.Draft).EditItem(99, F.Item(), F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.ItemNotFound);
    }

    [Fact]
    public void After_adoption_an_items_kind_and_the_plans_year_are_fixed()
    {
        var plan = F.PlanIn(LegislationPlanStatus.Adopted);

        Refused(() => plan.EditItem(plan.Items[0].Id, F.Item(kind: PlanItemKind.Preparatory), F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.ItemKindFixedAfterAdoption);
        Refused(() => plan.Edit(new LegislationPlanDraft(LegislationPlanKind.Annual, 2027, "2027年度立法计划", null), F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.YearFixedAfterAdoption);
        plan.EditItem(plan.Items[0].Id, F.Item() with { DraftingBody = "市水务局" }, F.Staff, F.Now);
        plan.Items[0].DraftingBody.Should().Be("市水务局");
    }

    [Fact]
    public void Adoption_and_amendments_are_dated_not_in_the_future_and_amendments_not_before_adoption()
    {
        var draft = F.PlanIn(LegislationPlanStatus.Draft);
        Refused(() => draft.Adopt(F.Adoption(F.Today.AddDays(1)), F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.AdoptedInFuture);

        var plan = F.PlanIn(LegislationPlanStatus.Adopted);
        Refused(() => plan.Amend(F.Adoption(F.Today.AddDays(1), "调整"), F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.AmendmentInFuture);
        Refused(() => plan.Amend(F.Adoption(new DateOnly(2026, 1, 19), "调整"), F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.AmendmentBeforeAdoption);
        Refused(() => plan.Amend(F.Adoption(new DateOnly(2026, 1, 20), " "), F.Staff, F.Now)).Refusal.Should().Be(DomainMessages.Required(nameof(LegislationPlanAdoption.Summary), "调整内容"));

        plan.Amend(F.Adoption(new DateOnly(2026, 1, 20), "增加一项"), F.Staff, F.Now);
        plan.Amend(F.Adoption(new DateOnly(2026, 4, 28), "取消一项"), F.Staff, F.Now);
        plan.Amendments.Select(a => (a.Number, a.Summary, a.RecordedBy)).Should().Equal((1, "增加一项", "法工委 李明"), (2, "取消一项", "法工委 李明"));
    }

    [Fact]
    public void Publishing_and_unpublishing_set_and_clear_the_publication()
    {
        var plan = F.PlanIn(LegislationPlanStatus.Adopted);

        plan.Publish(F.Staff, F.Now);
        (plan.IsPublished, plan.PublishedAt, plan.AdoptedOn).Should().Be((true, F.Now, new DateOnly(2026, 1, 20)));
        plan.Unpublish(F.Staff, F.Now);
        (plan.Status, plan.IsPublished).Should().Be((LegislationPlanStatus.Adopted, false));
    }

    [Fact]
    public void Only_staff_draft_plans()
    {
        Refused(() => LegislationPlan.Draft(new LegislationPlanDraft(LegislationPlanKind.Annual, 2026, "计划", null), Actor.Deputy(1, "代表1"), F.Now)).Code.Should().Be("Workflow.WrongRole");
    }
}
