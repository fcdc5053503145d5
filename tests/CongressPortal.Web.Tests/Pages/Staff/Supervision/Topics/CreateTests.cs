using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Supervision.Topics;

public sealed class CreateTests(PortalAppFactory app) : StaffSupervisionTest(app)
{
    private static (string, string?)[] Fields(SupervisionWorld world, string form = nameof(SupervisionForm.SpecialWorkReport), string? law = null) =>
        [("Input.Title", "关于《大气污染防治法》实施情况的检查"), ("Input.Form", form), ("Input.ReportingUnitId", Id(world.Unit.Id)),
         ("Input.CommitteeId", Id(world.Committee.Id)), ("Input.PlannedMonth", "6"), ("Input.LawName", law)];

    [Fact]
    public async Task A_topic_is_added_to_a_draft_plan_with_its_deputies_and_an_inspection_without_a_law_is_refused_next_to_the_law()
    {
        var world = await WorldAsync();
        var deputy = await Data.DeputyAsync("李建国", "16001");
        var plan = await PlanAsync();
        using var staff = await StaffAsync();
        var url = $"/Staff/Supervision/Topics/Create?planId={plan}";

        using (var noLaw = await PostAsync(staff, url, "#topic-form", Fields(world, nameof(SupervisionForm.LawEnforcementInspection))))
        {
            var page = await RefusedAsync(noLaw);
            page.FieldError("Input.LawName").Should().Be(SupervisionMessages.LawRequired.Message);
            Value(page, "Input.Title").Should().Be("关于《大气污染防治法》实施情况的检查");
        }
        using (var unknownSource = await PostAsync(staff, url, "#topic-form", [.. Fields(world), ("Input.SourceSuggestionNumbers", "X-404")]))
            (await RefusedAsync(unknownSource)).FieldError("Input.SourceSuggestionNumbers").Should().Contain("X-404");

        using var created = await PostAsync(staff, url, "#topic-form",
            [.. Fields(world, nameof(SupervisionForm.LawEnforcementInspection), "《中华人民共和国大气污染防治法》"), ("Input.DeputyIds", Id(deputy.Id))]);
        created.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        var topic = await DbAsync(db => db.SupervisionTopics.Include(t => t.Deputies).AsNoTracking().SingleAsync());
        topic.LawName.Should().Be("《中华人民共和国大气污染防治法》");
        topic.Deputies.Select(d => d.DeputyId).Should().Equal(deputy.Id);
        created.Headers.Location!.OriginalString.Should().Be(TopicPage(topic.Id));
    }

    [Fact]
    public async Task Once_the_plan_is_adopted_a_topic_needs_an_amendment_and_the_refusal_shows_next_to_the_select()
    {
        var world = await WorldAsync();
        var plan = await PlanAsync();
        await TopicAsync(plan, world);
        await PlanActAsync(plan, (p, topics, now) => p.Adopt(new PlanAdoption(Today, null, null), topics, Clerk, now));
        using var staff = await StaffAsync();
        var url = $"/Staff/Supervision/Topics/Create?planId={plan}";

        using (var refused = await PostAsync(staff, url, "#topic-form", Fields(world)))
            (await RefusedAsync(refused)).FieldError("Input.AmendmentId").Should().Be(SupervisionMessages.AmendmentRequired.Message);

        await PlanActAsync(plan, (p, _, now) => p.Amend(new PlanAdoption(Today, null, "增加一项执法检查。"), Clerk, now));
        var amendment = (await StoredPlanAsync(plan)).Amendments.Single();
        using var created = await PostAsync(staff, url, "#topic-form", [.. Fields(world), ("Input.AmendmentId", Id(amendment.Id))]);
        created.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        (await DbAsync(db => db.SupervisionTopics.CountAsync(t => t.AddedByAmendmentId == amendment.Id))).Should().Be(1);
    }
}
