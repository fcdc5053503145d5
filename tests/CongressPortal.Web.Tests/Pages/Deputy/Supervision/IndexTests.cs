using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Supervision;

public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    private SupervisionSteps Steps => new(App);

    [Fact]
    public async Task A_deputy_sees_the_topics_they_take_part_in_and_those_citing_their_suggestions_linked_when_public()
    {
        var world = await Data.SuggestionWorldAsync();
        var mine = await Data.SuggestionAsync(world, "关于增加社区养老服务站的建议");
        var theirs = await Data.SuggestionAsync(world with { Lead = world.CoSigner }, "关于改善公交接驳的建议", withCoSigner: false);
        var plan = await Steps.PlanAsync();
        var takingPart = await Steps.TopicAsync(plan, world.Unit.Id, world.Committee.Id, "视察社区养老服务设施建设", Domain.Supervision.SupervisionForm.Inspection, deputies: [world.Lead.Id]);
        var cited = await Steps.TopicAsync(plan, world.Unit.Id, world.Committee.Id, "听取审议养老服务体系建设情况的报告", suggestions: [mine.Id, theirs.Id]);
        var unrelated = await Steps.TopicAsync(plan, world.Unit.Id, world.Committee.Id, "听取审议公共交通发展情况的报告", suggestions: [theirs.Id]);
        var draftPlan = await Steps.PlanAsync(2027);
        var notPublic = await Steps.TopicAsync(draftPlan, world.Unit.Id, world.Committee.Id, "2027年拟开展的养老专题调研", Domain.Supervision.SupervisionForm.SpecialResearch, deputies: [world.Lead.Id]);
        await Steps.AdoptAsync(plan);

        using var client = await SignedInClientAsync(PortalRole.Deputy, deputyId: world.Lead.Id);
        var page = await client.GetDocumentAsync("/Deputy/Supervision");

        page.QuerySelectorAll("#taking-part tbody tr").Select(r => r.GetAttribute("data-topic")).Should().BeEquivalentTo([$"{takingPart}", $"{notPublic}"]);
        page.QuerySelector($"#taking-part tr[data-topic='{takingPart}'] a")!.GetAttribute("href").Should().Be($"/Supervision/Topic/{takingPart}");
        var inline = page.QuerySelector($"#taking-part tr[data-topic='{notPublic}']")!;
        inline.QuerySelector("a").Should().BeNull();
        inline.TextContent.Should().Contain("专题调研").And.Contain(world.Unit.Name).And.Contain(world.Committee.Name).And.Contain("计划尚未公布");

        page.QuerySelectorAll("#from-suggestions tbody tr").Select(r => r.GetAttribute("data-topic")).Should().Equal($"{cited}");
        var sources = page.QuerySelectorAll($"#from-suggestions tr[data-topic='{cited}'] td[data-label='我的建议'] a");
        sources.Select(a => a.GetAttribute("href")).Should().Equal($"/Deputy/Suggestions/Details/{mine.Id}");
        page.QuerySelector("main")!.TextContent.Should().NotContain("听取审议公共交通发展情况的报告").And.NotContain("关于改善公交接驳的建议");
        _ = unrelated;

        // The co-signer of the cited suggestion sees the topic among theirs too.
        using var coSigner = await SignedInClientAsync(PortalRole.Deputy, deputyId: world.CoSigner.Id);
        var their = await coSigner.GetDocumentAsync("/Deputy/Supervision");
        their.QuerySelectorAll("#from-suggestions tbody tr").Select(r => r.GetAttribute("data-topic")).Should().BeEquivalentTo([$"{cited}", $"{unrelated}"]);
        (await coSigner.GetDocumentAsync("/Deputy")).QuerySelector("a[href='/Deputy/Supervision']").Should().NotBeNull();
    }
}
