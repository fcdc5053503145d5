using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Proposals;

public sealed class IndexTests(PortalAppFactory app) : ProposalTest(app)
{
    [Fact]
    public async Task Invitations_awaiting_the_deputys_answer_come_first_then_the_proposals_they_are_on_with_the_signature_count()
    {
        var world = await WorldAsync();
        var registered = await RegisteredAsync(world, subject: "关于加强学前教育的议案");
        var invitation = await DraftAsync(world, [world.Others[0], world.Others[9]], "关于制定示例市养老服务条例的议案");

        using var client = await DeputyClientAsync(world.Others[9].Id);
        var page = await client.GetDocumentAsync("/Deputy/Proposals");
        var awaiting = page.QuerySelector("#awaiting-answer")!;
        awaiting.TextContent.Should().Contain("待您确认（1 件）").And.Contain("关于制定示例市养老服务条例的议案").And.Contain("已联名 1 人（含领衔代表），须 10 人以上");
        awaiting.QuerySelector($"[data-proposal='{invitation}']").Should().NotBeNull();
        page.QuerySelectorAll($"main [data-proposal='{registered.Id}']").Should().BeEmpty("the deputy was not on that proposal");

        using var coSigner = await DeputyClientAsync(world.Others[0].Id);
        var theirs = await coSigner.GetDocumentAsync("/Deputy/Proposals");
        var row = theirs.QuerySelector($"main [data-proposal='{registered.Id}']")!;
        row.TextContent.Should().Contain(registered.Number).And.Contain("待主席团决定").And.Contain("已联名 10 人（含领衔代表）").And.Contain("联名（已确认）");
    }
}
