using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Supervision;

/// <summary>The year's overview: the plan or the button to draft it, the topics with their marks, the filters, what needs attention.</summary>
public sealed class IndexTests(PortalAppFactory app) : StaffSupervisionTest(app)
{
    [Fact]
    public async Task A_year_without_a_plan_offers_to_draft_one()
    {
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync("/Staff/Supervision?year=2026");
        page.QuerySelector("#create-plan-link").Should().NotBeNull();
        page.QuerySelector("#no-topics").Should().NotBeNull();
    }

    [Fact]
    public async Task The_year_shows_its_plan_its_topics_filtered_by_form_and_reports_awaiting_evaluation()
    {
        var world = await WorldAsync();
        var plan = await PlanAsync();
        var heard = await TopicAsync(plan, world);
        var research = await TopicAsync(plan, world, "关于乡村振兴工作的专题调研", Domain.Supervision.SupervisionForm.SpecialResearch);
        await AssignedAsync(heard);
        await FiledAsync(heard, world.Unit.Id);
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync("/Staff/Supervision?year=2026");
        Text(page, "#plan-status").Should().Be("草案");
        page.QuerySelector($"#topic-{heard}")!.TextContent.Should().Contain("已报告待评价").And.Contain("0/2").And.Contain("示例市生态环境局");
        page.QuerySelector($"#topic-{research}").Should().NotBeNull();
        Text(page, "#attention-evaluate").Should().Contain("关于大气污染防治工作情况的报告");

        var filtered = await staff.GetDocumentAsync("/Staff/Supervision?year=2026&form=SpecialResearch");
        filtered.QuerySelector($"#topic-{heard}").Should().BeNull();
        filtered.QuerySelector($"#topic-{research}").Should().NotBeNull();
        var byStatus = await staff.GetDocumentAsync("/Staff/Supervision?year=2026&status=Reported");
        byStatus.QuerySelector($"#topic-{research}").Should().BeNull();
        byStatus.QuerySelector($"#topic-{heard}").Should().NotBeNull();
    }
}
