using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.ContactPoints;

/// <summary>Registering a contact point: a duplicate name next to the field.</summary>
public sealed class CreateTests(PortalAppFactory app) : Suggestions.StaffSuggestionTest(app)
{
    private DraftSteps Steps => new(App);

    [Fact]
    public async Task Staff_register_a_point_and_a_second_of_the_same_name_is_refused_at_the_name()
    {
        using var staff = await StaffAsync();
        using (var created = await PostAsync(staff, "/Staff/ContactPoints/Create", "#point-form",
            [("Input.Name", "成吉思汗大街街道基层立法联系点"), ("Input.District", "新城区"), ("Input.Phone", "0471-6612345")]))
        {
            created.StatusCode.Should().Be(HttpStatusCode.Redirect);
            created.Headers.Location!.OriginalString.Should().StartWith("/Staff/ContactPoints/Details/");
        }
        using var duplicate = await PostAsync(staff, "/Staff/ContactPoints/Create", "#point-form",
            [("Input.Name", "成吉思汗大街街道基层立法联系点"), ("Input.District", "回民区")]);
        var refused = await RefusedAsync(duplicate);
        refused.FieldError("Input.Name").Should().Be(DraftMessages.DuplicatePointName.Message);
        Value(refused, "Input.District").Should().Be("回民区");
        using var noName = await PostAsync(staff, "/Staff/ContactPoints/Create", "#point-form", [("Input.Name", ""), ("Input.District", "回民区")]);
        (await RefusedAsync(noName)).FieldError("Input.Name").Should().Be("请填写联系点名称");
        (await DbAsync(db => db.LegislativeContactPoints.CountAsync())).Should().Be(1);
    }
}
