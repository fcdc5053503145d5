using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;

public sealed class IndexTests(PortalAppFactory app) : DeputySuggestionTest(app)
{
    [Fact]
    public async Task A_deputy_sees_the_suggestions_they_lead_or_co_sign_and_never_another_deputys()
    {
        var world = await Data.SuggestionWorldAsync();
        var other = await Data.DeputyAsync("赵志刚", "16003");
        var ours = await RepliedAsync(world, "关于加快老旧小区加装电梯的建议");
        await Data.SuggestionAsync(world with { Lead = other }, "关于增设公交线路的建议", withCoSigner: false);

        using var lead = await DeputyClientAsync(world.Lead.Id);
        var page = await lead.GetDocumentAsync("/Deputy/Suggestions");
        var rows = page.QuerySelectorAll("#my-suggestions tbody tr").Select(r => r.TextContent).ToList();
        rows.Should().ContainSingle();
        rows[0].Should().Contain(ours.Number).And.Contain("关于加快老旧小区加装电梯的建议").And.Contain("领衔")
            .And.Contain("已答复").And.Contain("示例市住房和城乡建设局");

        using var coSigner = await DeputyClientAsync(world.CoSigner.Id);
        var theirs = await coSigner.GetDocumentAsync("/Deputy/Suggestions");
        var coRows = theirs.QuerySelectorAll("#my-suggestions tbody tr").Select(r => r.TextContent).ToList();
        coRows.Should().ContainSingle().Which.Should().Contain("附议");
        theirs.QuerySelector("main")!.TextContent.Should().NotContain("关于增设公交线路的建议");
    }

    [Fact]
    public async Task A_reply_waiting_for_the_lead_deputys_rating_is_highlighted_for_the_lead_only()
    {
        var world = await Data.SuggestionWorldAsync();
        var replied = await RepliedAsync(world);
        await Data.SuggestionAsync(world, "关于规范共享单车停放的建议");

        using var lead = await DeputyClientAsync(world.Lead.Id);
        var page = await lead.GetDocumentAsync("/Deputy/Suggestions");
        page.QuerySelector("#awaiting-rating")!.TextContent.Should().Contain("待评价（1 件）").And.Contain(replied.Number);
        page.QuerySelector($"tr[data-suggestion='{replied.Id}']")!.ClassList.Should().Contain("table-warning");
        page.QuerySelector($"tr[data-suggestion='{replied.Id}']")!.TextContent.Should().Contain("待评价");

        using var coSigner = await DeputyClientAsync(world.CoSigner.Id);
        var theirs = await coSigner.GetDocumentAsync("/Deputy/Suggestions");
        theirs.QuerySelector("#awaiting-rating").Should().BeNull("only the lead deputy rates");
    }

    [Fact]
    public async Task A_merged_suggestion_shows_the_suggestion_that_answers_it()
    {
        var world = await Data.SuggestionWorldAsync();
        var other = await Data.DeputyAsync("赵志刚", "16003");
        var target = await Data.SuggestionAsync(world with { Lead = other }, "关于老旧小区改造的建议", withCoSigner: false);
        var duplicate = await Data.SuggestionAsync(world, "关于老旧小区加装电梯的建议");
        await DbAsync(async db =>
        {
            var both = await SuggestionStore.WithEverything(db.Suggestions).Where(s => s.Id == target.Id || s.Id == duplicate.Id).ToListAsync();
            both.Single(s => s.Id == duplicate.Id).MergeInto(both.Single(s => s.Id == target.Id), Actor.Staff("测试工作人员"), App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        using var lead = await DeputyClientAsync(world.Lead.Id);
        var page = await lead.GetDocumentAsync("/Deputy/Suggestions");
        var rows = page.QuerySelectorAll("#my-suggestions tbody tr").ToList();
        rows.Should().HaveCount(2, "the merged suggestion and the one it was merged into, which now answers the deputy too");
        page.QuerySelector($"tr[data-suggestion='{duplicate.Id}']")!.TextContent.Should().Contain("已并案").And.Contain(target.Number);
        page.QuerySelector($"tr[data-suggestion='{target.Id}']")!.TextContent.Should().Contain("并案");
    }
}
