using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Proposals;

/// <summary>Staff correct a registered proposal; a save over someone else's change shows the conflict panel.</summary>
public sealed class EditTests(PortalAppFactory app) : StaffProposalTest(app)
{
    private static string Edit(int id) => $"/Staff/Proposals/Edit/{id}";

    [Fact]
    public async Task Staff_correct_the_text_and_a_stale_form_gets_the_conflict_panel_keeping_what_was_typed()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync(Edit(proposal.Id));
        var stale = await staff.GetDocumentAsync(Edit(proposal.Id));

        using var saved = await staff.PostFormAsync(form, "#proposal-form", [("Input.Subject", "关于制定《示例市居家养老服务条例》的议案")]);
        ShouldRedirect(saved, ProposalDetails(proposal.Id));
        var p = await StoredProposalAsync(proposal.Id);
        p.Subject.Should().Be("关于制定《示例市居家养老服务条例》的议案");
        p.Number.Should().Be(proposal.Number, "the number stays");

        using var lost = await staff.PostFormAsync(stale, "#proposal-form", [("Input.Solution", "另拟方案")]);
        var page = await RefusedAsync(lost);
        Text(page, ".conflict-values").Should().Contain("关于制定《示例市居家养老服务条例》的议案");
        Value(page, "Input.Solution").Should().Be("另拟方案");
        (await StoredProposalAsync(proposal.Id)).Solution.Should().NotBe("另拟方案");

        // An empty 方案 is refused next to its field.
        using var empty = await PostAsync(staff, Edit(proposal.Id), "#proposal-form", [("Input.Solution", "")]);
        (await RefusedAsync(empty)).FieldError("Input.Solution").Should().Contain("方案");
    }

    [Fact]
    public async Task A_decided_proposal_can_no_longer_be_edited()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        await ActAsync(proposal.Id, (p, now) => p.PutOnAgenda(new DecisionDraft(Today, "列入议程"), Clerk, now));
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(Edit(proposal.Id));
        page.QuerySelector("#not-editable").Should().NotBeNull();
        page.QuerySelector("#proposal-form").Should().BeNull();
    }
}
