using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Proposals;

/// <summary>议案设置: the session's deadline and numbering pattern, saved with the session's row version.</summary>
public sealed class SettingsTests(PortalAppFactory app) : StaffProposalTest(app)
{
    [Fact]
    public async Task Staff_set_the_deadline_in_beijing_time_and_the_pattern_and_an_invalid_pattern_is_refused_next_to_its_field()
    {
        var session = await Data.SessionAsync();
        using var staff = await StaffAsync();
        var url = $"/Staff/Proposals/Settings?session={session.Id}";

        var page = await staff.GetDocumentAsync(url);
        Value(page, "Input.ProposalNumberPattern").Should().Be("{term}届{session}次会议议案第{NN}号");
        Text(page, "#current-rules").Should().Contain("尚未设定").And.Contain("十六届五次会议议案第01号");

        using (var bad = await staff.PostFormAsync(page, "#settings-form", [("Input.ProposalDeadline", "2026-01-12T18:00"), ("Input.ProposalNumberPattern", "议案第号")]))
        {
            var refused = await RefusedAsync(bad);
            refused.FieldError("Input.ProposalNumberPattern").Should().NotBeEmpty();
            Value(refused, "Input.ProposalNumberPattern").Should().Be("议案第号");
        }
        using var ok = await staff.PostFormAsync(page, "#settings-form", [("Input.ProposalDeadline", "2026-01-12T18:00"), ("Input.ProposalNumberPattern", "{year}年议案{NNN}号")]);
        ShouldRedirect(ok, url);

        var saved = await DbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == session.Id));
        saved.ProposalDeadline.Should().Be(new DateTimeOffset(2026, 1, 12, 10, 0, 0, TimeSpan.Zero), "18:00 in Beijing is 10:00 UTC");
        saved.ProposalNumberPattern.Should().Be("{year}年议案{NNN}号");
        Text(await staff.GetDocumentAsync(url), "#current-rules").Should().Contain("2026年1月12日 18:00").And.Contain("2026年议案001号");

        // A second person saving from the page shown before the change gets the conflict panel, and nothing is overwritten.
        using var stale = await staff.PostFormAsync(page, "#settings-form", [("Input.ProposalDeadline", "2026-01-13T18:00")]);
        var conflict = await RefusedAsync(stale);
        Text(conflict, "#conflict-title").Should().NotBeEmpty();
        Text(conflict, ".conflict-values").Should().Contain("{year}年议案{NNN}号");
        (await DbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == session.Id))).ProposalNumberPattern.Should().Be("{year}年议案{NNN}号");
    }
}
