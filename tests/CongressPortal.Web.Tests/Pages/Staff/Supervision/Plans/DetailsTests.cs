using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Supervision.Plans;

public sealed class DetailsTests(PortalAppFactory app) : StaffSupervisionTest(app)
{
    [Fact]
    public async Task A_plan_without_topics_says_why_it_cannot_be_adopted()
    {
        var plan = await PlanAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(PlanPage(plan));
        Text(page, "#adopt-refused").Should().Be(SupervisionMessages.PlanHasNoTopics.Message);
        page.QuerySelector("#form-adopt").Should().BeNull();
    }

    [Fact]
    public async Task Staff_edit_adopt_publish_and_amend_the_plan_and_a_future_date_is_refused_next_to_its_field()
    {
        var world = await WorldAsync();
        var meeting = await Data.MeetingAsync();
        var plan = await PlanAsync();
        await TopicAsync(plan, world);
        using var staff = await StaffAsync();

        using (var edited = await PostAsync(staff, PlanPage(plan), "#form-editplan", [("EditPlan.Title", "修改后的计划名称")]))
            ShouldRedirect(edited, PlanPage(plan));
        (await StoredPlanAsync(plan)).Title.Should().Be("修改后的计划名称");

        using (var future = await PostAsync(staff, PlanPage(plan), "#form-adopt", [("Adopt.AdoptedOn", Iso(Today.AddDays(1))), ("Adopt.MeetingId", Id(meeting.Id))]))
        {
            var page = await RefusedAsync(future);
            page.FieldError("Adopt.AdoptedOn").Should().Be(SupervisionMessages.AdoptedInFuture.Message);
            Value(page, "Adopt.MeetingId").Should().Be(Id(meeting.Id));
        }
        using (var adopted = await PostAsync(staff, PlanPage(plan), "#form-adopt", [("Adopt.AdoptedOn", Iso(Today))]))
            ShouldRedirect(adopted, PlanPage(plan));
        (await StoredPlanAsync(plan)).Status.Should().Be(SupervisionPlanStatus.Adopted);

        using (var published = await PostAsync(staff, PlanPage(plan), "#form-publish", []))
            ShouldRedirect(published, PlanPage(plan));
        (await StoredPlanAsync(plan)).IsPublished.Should().BeTrue();

        using (var noSummary = await PostAsync(staff, PlanPage(plan), "#form-amend", [("Amend.AdoptedOn", Iso(Today)), ("Amend.Summary", "")]))
            (await RefusedAsync(noSummary)).FieldError("Amend.Summary").Should().NotBeEmpty();
        using (var amended = await PostAsync(staff, PlanPage(plan), "#form-amend", [("Amend.AdoptedOn", Iso(Today)), ("Amend.Summary", "增加专题询问一项。")]))
            ShouldRedirect(amended, PlanPage(plan));
        var shown = await staff.GetDocumentAsync(PlanPage(plan));
        Text(shown, "#amendments").Should().Contain("第1次").And.Contain("增加专题询问一项。");
        Text(shown, "#status-badge").Should().Be("已公布");
    }

    [Fact]
    public async Task A_stale_page_is_refused_with_the_conflict_message()
    {
        var world = await WorldAsync();
        var plan = await PlanAsync();
        await TopicAsync(plan, world);
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(PlanPage(plan));
        await PlanActAsync(plan, (p, _, now) => p.Edit(new SupervisionPlanDraft(2026, "别人改的名称", null), Clerk, now));

        using var stale = await staff.PostFormAsync(page, "#form-editplan", [("EditPlan.Title", "我改的名称")]);
        var refused = await RefusedAsync(stale);
        Text(refused, "#form-failed").Should().Contain("其他人已修改了这份监督工作计划");
        (await StoredPlanAsync(plan)).Title.Should().Be("别人改的名称");
    }

    [Fact]
    public async Task Moving_a_plan_to_a_year_that_has_one_is_refused_next_to_the_year_and_the_title_typed_is_kept()
    {
        await PlanAsync(2027);
        var plan = await PlanAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(PlanPage(plan));

        using var clash = await staff.PostFormAsync(page, "#form-editplan", [("EditPlan.Year", "2027"), ("EditPlan.Title", "改到明年的计划")]);
        var refused = await RefusedAsync(clash);

        refused.FieldError("EditPlan.Year").Should().Be(CongressPortal.Web.Data.Queries.SupervisionStore.YearTaken);
        refused.QuerySelector("#EditPlan_Title")!.GetAttribute("value").Should().Be("改到明年的计划");
        (await StoredPlanAsync(plan)).Year.Should().Be(2026);
    }
}
