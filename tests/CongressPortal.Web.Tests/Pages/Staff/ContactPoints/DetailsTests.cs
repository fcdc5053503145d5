using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.ContactPoints;

/// <summary>Stopping and resuming a point.</summary>
public sealed class DetailsTests(PortalAppFactory app) : Suggestions.StaffSuggestionTest(app)
{
    private DraftSteps Steps => new(App);

    [Fact]
    public async Task A_stopped_point_leaves_the_active_list_and_can_be_resumed()
    {
        var point = await Steps.ContactPointAsync();
        using var staff = await StaffAsync();
        using (var stopped = await PostAsync(staff, $"/Staff/ContactPoints/Details/{point}", "#form-active", []))
            ShouldRedirect(stopped, $"/Staff/ContactPoints/Details/{point}");
        (await DbAsync(db => db.LegislativeContactPoints.SingleAsync(p => p.Id == point))).IsActive.Should().BeFalse();
        (await staff.GetDocumentAsync("/Staff/ContactPoints?active=true")).QuerySelector($"#point-{point}").Should().BeNull();
        (await staff.GetDocumentAsync("/Staff/ContactPoints?active=false")).QuerySelector($"#point-{point}").Should().NotBeNull();
        using (var resumed = await PostAsync(staff, $"/Staff/ContactPoints/Details/{point}", "#form-active", []))
            ShouldRedirect(resumed, $"/Staff/ContactPoints/Details/{point}");
        (await DbAsync(db => db.LegislativeContactPoints.SingleAsync(p => p.Id == point))).IsActive.Should().BeTrue();
    }
}
