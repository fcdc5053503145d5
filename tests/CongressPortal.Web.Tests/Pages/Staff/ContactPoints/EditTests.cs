using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.ContactPoints;

/// <summary>Editing a point: two staff at once.</summary>
public sealed class EditTests(PortalAppFactory app) : Suggestions.StaffSuggestionTest(app)
{
    private DraftSteps Steps => new(App);

    [Fact]
    public async Task Of_two_staff_editing_a_point_the_second_sees_what_the_first_saved()
    {
        var point = await Steps.ContactPointAsync();
        using var first = await StaffAsync("张一");
        using var second = await StaffAsync("李二");
        var firstPage = await first.GetDocumentAsync($"/Staff/ContactPoints/Edit/{point}");
        var secondPage = await second.GetDocumentAsync($"/Staff/ContactPoints/Edit/{point}");
        using (var saved = await PostAsync(first, firstPage, "#point-form", [("Input.Address", "青山路2号")]))
            ShouldRedirect(saved, $"/Staff/ContactPoints/Details/{point}");
        using var late = await PostAsync(second, secondPage, "#point-form", [("Input.Address", "青山路3号")]);
        var refused = await RefusedAsync(late);
        Text(refused, "#conflict-title").Should().Be(CongressPortal.Web.Infrastructure.CommandResult<int>.ConflictMessage);
        Text(refused, ".conflict-values").Should().Contain("青山路2号");
        Value(refused, "Input.Address").Should().Be("青山路3号");
        (await DbAsync(db => db.LegislativeContactPoints.SingleAsync(p => p.Id == point))).Address.Should().Be("青山路2号");
    }
}
