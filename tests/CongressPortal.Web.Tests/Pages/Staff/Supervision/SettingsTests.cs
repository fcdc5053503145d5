using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Supervision;

public sealed class SettingsTests(PortalAppFactory app) : StaffSupervisionTest(app)
{
    private static (string, string?)[] Values(string reportMonths, string budget = "2", string threshold = "60") =>
        [("Input.ReportMonths", reportMonths), ("Input.BudgetAuditReportMonths", budget), ("Input.ReworkMonths", "2"),
         ("Input.AssignWithinWorkingDays", "10"), ("Input.SatisfactionThresholdPercent", threshold), ("Input.DueSoonDays", "15")];

    [Fact]
    public async Task Staff_save_the_settings_and_a_value_out_of_bounds_is_refused_next_to_its_field_keeping_the_input()
    {
        using var staff = await StaffAsync();
        using (var refused = await PostAsync(staff, "/Staff/Supervision/Settings", "#settings-form", Values("4", threshold: "70")))
        {
            var page = await RefusedAsync(refused);
            page.FieldError("Input.ReportMonths").Should().Contain("1").And.Contain("3");
            Value(page, "Input.SatisfactionThresholdPercent").Should().Be("70");
        }
        using var saved = await PostAsync(staff, "/Staff/Supervision/Settings", "#settings-form", Values("3", threshold: "60"));
        ShouldRedirect(saved, "/Staff/Supervision/Settings");
        var settings = await DbAsync(db => db.SupervisionSettings.AsNoTracking().SingleAsync());
        settings.SatisfactionThresholdPercent.Should().Be(60);
    }
}
