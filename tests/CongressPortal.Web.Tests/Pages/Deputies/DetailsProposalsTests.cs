using AngleSharp.Dom;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Proposals;

namespace CongressPortal.Web.Tests.Pages.Deputies;

/// <summary>The proposal figures of the public profile and of the deputy's own performance record, counted from the records.</summary>
public sealed class DetailsProposalsTests(PortalAppFactory app) : ProposalTest(app)
{
    private static int Figure(IDocument page, string label) =>
        int.Parse(page.QuerySelectorAll(".record-figure").Single(f => f.QuerySelector("dt")!.TextContent.Trim() == label)
            .QuerySelector(".record-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Registered_proposals_count_as_led_and_co_signed_while_drafts_declined_invitations_and_withdrawn_ones_do_not()
    {
        var world = await WorldAsync();
        await RegisteredAsync(world, subject: "关于制定示例市养老服务条例的议案");
        var withdrawn = await RegisteredAsync(world, subject: "关于加强学前教育的议案");
        await DeputyActAsync(withdrawn.Id, world.Lead, (p, actor, now, _) => p.Withdraw("改为建议", actor, now));
        // A draft the ninth co-signer confirmed and the tenth declined: neither counts until it is registered.
        var draft = await DraftAsync(world, [world.Others[0], world.Others[9]], "关于整治城市噪声污染的议案");
        await ConfirmAsync(draft, world.Others[0]);
        await DeputyActAsync(draft, world.Others[9], (p, actor, now, deadline) => p.DeclineSigning(actor, now, deadline));

        using var client = AnonymousClient();
        var lead = await client.GetDocumentAsync($"/Deputies/Details/{world.Lead.Id}");
        Figure(lead, "领衔提出议案").Should().Be(1, "the withdrawn proposal does not count");
        Figure(lead, "联名提出议案").Should().Be(0);
        var coSigner = await client.GetDocumentAsync($"/Deputies/Details/{world.Others[0].Id}");
        Figure(coSigner, "领衔提出议案").Should().Be(0);
        Figure(coSigner, "联名提出议案").Should().Be(1);
        var declined = await client.GetDocumentAsync($"/Deputies/Details/{world.Others[9].Id}");
        Figure(declined, "联名提出议案").Should().Be(0);

        using var desk = await DeputyClientAsync(world.Others[0].Id);
        var record = await desk.GetDocumentAsync("/Deputy");
        Figure(record, "联名提出议案").Should().Be(1);
        (await LoadProposalAsync(draft)).Status.Should().Be(ProposalStatus.Draft);
    }
}
