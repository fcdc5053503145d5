using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Proposals;

namespace CongressPortal.Web.Tests.Pages.Proposals;

public sealed class IndexTests(PortalAppFactory app) : ProposalTest(app)
{
    [Fact]
    public async Task The_public_list_shows_published_proposals_with_signers_only_and_finds_them_by_a_chinese_word_or_a_decision()
    {
        var world = await WorldAsync();
        var elderly = await RegisteredAsync(world, subject: "关于制定示例市养老服务条例的议案");
        var school = await RegisteredAsync(world, subject: "关于加强学前教育的议案");
        await RegisteredAsync(world, subject: "关于整治城市噪声污染的议案");
        var today = Today;
        await StaffActAsync(school.Id, (p, now) => p.PutOnAgenda(new DecisionDraft(today, "列入大会议程。"), StaffActor, now));
        await PublishAsync(elderly.Id);
        await PublishAsync(school.Id);
        // A draft with a declined invitation: never public.
        var draft = await DraftAsync(world, [world.Others[9]], "关于养老护理人员培训的议案");
        await DeputyActAsync(draft, world.Others[9], (p, actor, now, deadline) => p.DeclineSigning(actor, now, deadline));

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync("/Proposals");
        var rows = page.QuerySelectorAll("#public-proposals tbody tr");
        rows.Select(r => r.GetAttribute("data-proposal")).Should().BeEquivalentTo([Id(elderly.Id), Id(school.Id)]);
        var row = page.QuerySelector($"[data-proposal='{Id(elderly.Id)}']")!.TextContent;
        row.Should().Contain(elderly.Number).And.Contain("代表联名").And.Contain("领衔代表：李建国").And.Contain(world.Others[8].Name)
            .And.NotContain(world.Others[9].Name).And.Contain("待主席团决定");
        page.QuerySelector($"[data-proposal='{Id(school.Id)}']")!.TextContent.Should().Contain("列入会议议程");

        var search = await client.GetDocumentAsync("/Proposals?q=" + Uri.EscapeDataString("学前"));
        search.QuerySelectorAll("#public-proposals tbody tr").Select(r => r.GetAttribute("data-proposal")).Should().Equal(Id(school.Id));
        var decided = await client.GetDocumentAsync($"/Proposals?status={nameof(ProposalStatus.OnAgenda)}&session={world.Session.Id}");
        decided.QuerySelectorAll("#public-proposals tbody tr").Select(r => r.GetAttribute("data-proposal")).Should().Equal(Id(school.Id));
        var none = await client.GetDocumentAsync("/Proposals?q=" + Uri.EscapeDataString("噪声"));
        none.QuerySelector("#no-results").Should().NotBeNull("that proposal is not published");
        page.QuerySelector("nav.site-nav a[aria-current='page']")!.TextContent.Should().Be("议案");
    }
}
