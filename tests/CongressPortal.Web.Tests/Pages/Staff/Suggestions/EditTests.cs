using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Staff.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>Staff correct a registration: what stays, conflicts with another's change, and when editing is closed.</summary>
public sealed class EditTests(PortalAppFactory app) : StaffSuggestionTest(app)
{
    private static string Edit(int id) => $"/Staff/Suggestions/Edit/{id}";

    [Fact]
    public async Task Staff_corrects_a_registration_and_the_number_source_and_session_stay()
    {
        var world = await Data.SuggestionWorldAsync();
        var third = await Data.DeputyAsync("张红梅", "16003");
        var other = await Data.CategoryAsync("社会建设");
        var registered = await Data.SuggestionAsync(world);
        using var staff = await StaffAsync("李修改");

        var form = await staff.GetDocumentAsync(Edit(registered.Id));
        Text(form, "#fixed-facts").Should().Contain("十六届五次会议第001号").And.Contain("第十六届人民代表大会第五次会议");
        Value(form, "Input.Title").Should().Be("关于加快老旧小区加装电梯的建议");

        using var response = await PostAsync(staff, form, "#suggestion-form",
        [
            ("Input.Title", "关于加快推进老旧小区加装电梯的建议"), ("Input.CategoryId", Id(other.Id)),
            ("Input.CoSignerIds", Id(world.CoSigner.Id)), ("Input.CoSignerIds", Id(third.Id)),
            // A forged change of session is ignored: the number was drawn from the session.
            ("Input.SessionId", Id((await Data.SessionAsync(6)).Id)),
        ]);
        ShouldRedirect(response, Details(registered.Id));

        var s = await StoredAsync(registered.Id);
        s.Title.Should().Be("关于加快推进老旧小区加装电梯的建议");
        s.CategoryId.Should().Be(other.Id);
        s.CoSignerIds.Should().Equal(world.CoSigner.Id, third.Id);
        s.Number.Should().Be("十六届五次会议第001号");
        s.SessionId.Should().Be(world.Session.Id);
        s.Events.Should().Contain(e => e.Kind == SuggestionEventKind.Edited && e.ActorName == "李修改");
        Text(await staff.GetDocumentAsync(Details(registered.Id)), "main").Should().Contain("已保存对建议“十六届五次会议第001号”的修改。");
    }

    [Fact]
    public async Task Saving_an_edit_over_someone_elses_change_shows_the_conflict_and_loses_nothing()
    {
        var world = await Data.SuggestionWorldAsync();
        var registered = await Data.SuggestionAsync(world);
        using var staff = await StaffAsync();
        var stale = await staff.GetDocumentAsync(Edit(registered.Id));

        // Meanwhile a colleague corrects the title.
        var theirs = await Data.ActAsync(registered.Id, (s, _, now) => s.Edit(
            new SuggestionDraft(s.Source, s.SessionId, s.Year, s.LeadDeputyId, [.. s.CoSignerIds], "关于老旧小区加装电梯财政补贴的建议", s.Content, s.CategoryId, s.ReceivedOn),
            Actor.Staff("王同事"), now));

        using var response = await PostAsync(staff, stale, "#suggestion-form", [("Input.Title", "关于简化加装电梯审批的建议")]);
        var page = await RefusedAsync(response);
        Text(page, ".conflict-box").Should().Contain(CommandResult<int>.ConflictMessage).And.Contain("关于老旧小区加装电梯财政补贴的建议");
        Value(page, "Input.Title").Should().Be("关于简化加装电梯审批的建议", "the user's text is kept");
        Value(page, "Input.Version").Should().Be(theirs.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await StoredAsync(registered.Id)).Title.Should().Be("关于老旧小区加装电梯财政补贴的建议", "nothing was overwritten");

        // Saving again from the refreshed form is a deliberate overwrite.
        using var again = await PostAsync(staff, page, "#suggestion-form", []);
        ShouldRedirect(again, Details(registered.Id));
        (await StoredAsync(registered.Id)).Title.Should().Be("关于简化加装电梯审批的建议");
    }

    [Fact]
    public async Task An_assigned_suggestion_cannot_be_edited_and_the_page_says_why()
    {
        var world = await Data.SuggestionWorldAsync();
        var registered = await Data.SuggestionAsync(world);
        await Data.AssignedSuggestionAsync(registered.Id, world.Unit.Id);
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(Edit(registered.Id));
        Text(page, "#not-editable").Should().Contain("办理中");
        page.QuerySelector("#suggestion-form").Should().BeNull();
        (await staff.GetAsync(Edit(registered.Id + 1000))).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }
}
