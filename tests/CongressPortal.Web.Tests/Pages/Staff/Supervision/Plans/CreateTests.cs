using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Supervision.Plans;

public sealed class CreateTests(PortalAppFactory app) : StaffSupervisionTest(app)
{
    [Fact]
    public async Task Staff_draft_the_year_plan_and_a_second_plan_for_the_same_year_is_refused_next_to_the_year()
    {
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync("/Staff/Supervision/Plans/Create?year=2026");
        Value(form, "Input.Year").Should().Be("2026");
        using var created = await staff.PostFormAsync(form, "#plan-form", [("Input.Title", "2026年度监督工作计划"), ("Input.Summary", "计划说明。")]);
        created.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        var plan = await DbAsync(db => db.SupervisionPlans.AsNoTracking().SingleAsync());
        plan.Title.Should().Be("2026年度监督工作计划");
        created.Headers.Location!.OriginalString.Should().Be(PlanPage(plan.Id));

        using var again = await PostAsync(staff, "/Staff/Supervision/Plans/Create?year=2026", "#plan-form", [("Input.Title", "另一份计划")]);
        var page = await RefusedAsync(again);
        page.FieldError("Input.Year").Should().Be("这一年度已有监督工作计划。");
        Value(page, "Input.Title").Should().Be("另一份计划");
    }
}
