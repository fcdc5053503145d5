using System.Net;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Proposals;

public sealed class EditTests(PortalAppFactory app) : ProposalTest(app)
{
    [Fact]
    public async Task The_lead_changes_the_draft_and_invites_one_more_while_answers_given_are_kept()
    {
        var world = await WorldAsync(others: 3);
        var id = await DraftAsync(world, world.Others.Take(2));
        await ConfirmAsync(id, world.Others[0]);

        using var lead = await DeputyClientAsync(world.Lead.Id);
        var page = await lead.GetDocumentAsync($"/Deputy/Proposals/Edit/{id}");
        page.QuerySelector("#Input_Subject")!.GetAttribute("value").Should().Be("关于制定示例市养老服务条例的议案");
        using var response = await lead.PostFormAsync(page, "#proposal-form",
        [
            ("Input.Subject", "关于制定示例市居家养老服务条例的议案"),
            ("Input.CoSignerIds", Id(world.Others[0].Id)), ("Input.CoSignerIds", Id(world.Others[1].Id)), ("Input.CoSignerIds", Id(world.Others[2].Id)),
        ]);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await LoadProposalAsync(id);
        after.Subject.Should().Be("关于制定示例市居家养老服务条例的议案");
        after.CoSigners.Select(s => s.State).Should().Equal(ProposalSignerState.Confirmed, ProposalSignerState.Invited, ProposalSignerState.Invited);
    }

    [Fact]
    public async Task A_co_signer_and_a_submitted_proposal_get_404_on_the_edit_page()
    {
        var world = await WorldAsync();
        var draft = await DraftAsync(world, world.Others.Take(1));
        var registered = await RegisteredAsync(world, subject: "关于加强学前教育的议案");

        using (var coSigner = await DeputyClientAsync(world.Others[0].Id))
            (await coSigner.GetAsync($"/Deputy/Proposals/Edit/{draft}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var lead = await DeputyClientAsync(world.Lead.Id);
        (await lead.GetAsync($"/Deputy/Proposals/Edit/{registered.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
