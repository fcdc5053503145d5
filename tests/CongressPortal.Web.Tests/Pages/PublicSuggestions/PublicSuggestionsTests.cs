using CongressPortal.Domain.Common;
using System.Globalization;
using System.Net;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.PublicSuggestions;

/// <summary>
/// 建议办理结果公开 (DOMAIN.md §4): only replied suggestions whose unit allowed publication, only public fields —
/// number, title, deputies' names, units, classification and reply text.
/// </summary>
public sealed class PublicSuggestionsTests(PortalAppFactory app) : DeputySuggestionTest(app)
{
    private static readonly Actor Staff = Actor.Staff("测试工作人员");

    private static async Task<List<string>> ListedTitlesAsync(PortalClient client, string query = "")
    {
        var page = await client.GetDocumentAsync("/Suggestions" + query);
        return page.QuerySelectorAll("#public-suggestions tbody tr th a").Select(a => a.TextContent).ToList();
    }

    [Fact]
    public async Task The_public_list_shows_only_suggestions_with_a_publishable_reply()
    {
        var world = await Data.SuggestionWorldAsync();
        var published = await RepliedAsync(world, "关于加快老旧小区加装电梯的建议");
        var secret = await RepliedAsync(world, "关于保密事项的建议", publishable: false, replyText: "涉及商业秘密的答复内容");
        var handling = await Data.SuggestionAsync(world, "关于增设公交线路的建议");
        await Data.AssignedSuggestionAsync(handling.Id, world.Unit.Id);
        var letter = await Data.SuggestionAsync(world, "关于个人家庭纠纷的来信");
        await Data.ActAsync(letter.Id, (s, _, now) => s.ConvertToLetter("个人家庭事务", Staff, now));
        var merged = await Data.SuggestionAsync(world, "关于加装电梯补贴的建议");
        await DbAsync(async db =>
        {
            var both = await SuggestionStore.WithEverything(db.Suggestions).Where(s => s.Id == merged.Id || s.Id == handling.Id).ToListAsync();
            both.Single(s => s.Id == merged.Id).MergeInto(both.Single(s => s.Id == handling.Id), Staff, App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        using var client = AnonymousClient();
        (await ListedTitlesAsync(client)).Should().Equal("关于加快老旧小区加装电梯的建议");
        var source = await (await client.GetAsync("/Suggestions")).Content.ReadAsStringAsync();
        source.Should().NotContain("涉及商业秘密的答复内容");

        (await client.GetAsync($"/Suggestions/Details/{published.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        foreach (var hidden in new[] { secret, handling, letter, merged })
            (await client.GetAsync($"/Suggestions/Details/{hidden.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, hidden.Title);
    }

    [Fact]
    public async Task A_reply_is_public_only_after_staff_reviewed_it_and_not_when_they_kept_it_unpublished()
    {
        var world = await Data.SuggestionWorldAsync();
        var waiting = await RepliedAsync(world, "关于等待审核的建议", reviewed: false);
        var kept = await RepliedAsync(world, "关于审核不公开的建议", reviewed: false);
        await Data.ReviewRepliesAsync(kept.Id, publish: false);
        var published = await RepliedAsync(world, "关于审核公开的建议", reviewed: false);

        using var client = AnonymousClient();
        (await ListedTitlesAsync(client)).Should().BeEmpty("a reply filed minutes ago is not public before staff review it");
        (await client.GetAsync($"/Suggestions/Details/{waiting.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        await Data.ReviewRepliesAsync(published.Id);
        (await ListedTitlesAsync(client)).Should().Equal("关于审核公开的建议");
        (await client.GetAsync($"/Suggestions/Details/{kept.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "staff kept it unpublished");
    }

    [Fact]
    public async Task The_public_details_show_names_units_classification_and_reply_but_nothing_private()
    {
        var world = await Data.SuggestionWorldAsync();
        var lead = await Data.MunicipalDeputyAsync("王建华", "16101");
        var suggestion = await RepliedAsync(world with { Lead = lead }, replyText: "经研究，已将该小区列入今年加装电梯计划。\n现已开工建设。");
        await Data.ActAsync(suggestion.Id, (s, rules, now) =>
        {
            s.LogContact(Domain.Suggestions.ContactStage.After, Today, Domain.Suggestions.ContactForm.Phone, "联系记录不公开", UnitActor(world.Unit.Id), now, rules);
            s.Rate(LatestReply(s).Id, Satisfaction.Satisfied, "评价意见不公开", Actor.Deputy(lead.Id, "王建华"), now, rules);
        });

        using var client = AnonymousClient();
        using var response = await client.GetAsync($"/Suggestions/Details/{suggestion.Id}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var source = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);
        var main = page.QuerySelector("main")!.TextContent;
        main.Should().Contain(suggestion.Number).And.Contain("关于加快老旧小区加装电梯的建议").And.Contain("王建华").And.Contain("王秀英")
            .And.Contain("示例市住房和城乡建设局").And.Contain("A类：已解决或基本解决").And.Contain("现已开工建设。");
        page.QuerySelectorAll(".reply-text p").Select(p => p.TextContent).Should().Equal("经研究，已将该小区列入今年加装电梯计划。", "现已开工建设。");

        var privateData = TestData.PrivateSample;
        foreach (var forbidden in new[] { privateData.Mobile!, Web.Infrastructure.Mask.Value(privateData.Mobile)!, privateData.IdNumber!, privateData.HomeAddress!, "联系记录不公开", "评价意见不公开", "满意" })
            source.Should().NotContain(forbidden);
        page.QuerySelectorAll("a[href*='File']").Should().BeEmpty("no files are served to the public");
    }

    [Fact]
    public async Task With_split_handling_each_unit_is_shown_and_an_unpublishable_reply_stays_hidden()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await Data.SuggestionAsync(world);
        await Data.AssignedSuggestionAsync(suggestion.Id, world.Unit.Id, world.OtherUnit.Id);
        await Data.ActAsync(suggestion.Id, (s, rules, now, letter) =>
        {
            s.Reply(TestData.ReplyA(Today, letter()) with { Text = "住建局的答复可以公开。" }, UnitActor(world.Unit.Id), now, rules);
            s.Reply(TestData.ReplyA(Today, letter(), publishable: false) with { Text = "交通局的答复不宜公开。" }, UnitActor(world.OtherUnit.Id), now, rules);
        });
        await Data.ReviewRepliesAsync(suggestion.Id);

        using var client = AnonymousClient();
        using var response = await client.GetAsync($"/Suggestions/Details/{suggestion.Id}");
        var source = await response.Content.ReadAsStringAsync();
        source.Should().Contain("住建局的答复可以公开。").And.NotContain("交通局的答复不宜公开。");
        var parts = (await PortalClient.ParseAsync(response)).QuerySelectorAll(".public-reply").Select(p => p.TextContent).ToList();
        parts.Should().HaveCount(2);
        parts[1].Should().Contain("示例市交通运输局").And.Contain("不予公开").And.NotContain("A类");
    }

    [Fact]
    public async Task A_reply_the_unit_superseded_with_an_unpublishable_one_is_no_longer_shown()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await RepliedAsync(world, replyText: "第一轮答复可以公开。");
        await Data.ActAsync(suggestion.Id, (s, rules, now, letter) =>
        {
            s.Rate(LatestReply(s).Id, Satisfaction.Unsatisfied, "没有落实", Actor.Deputy(world.Lead.Id, "李建国"), now, rules);
            s.Reply(TestData.ReplyA(Today, letter(), publishable: false) with { Text = "第二轮答复不公开。" }, UnitActor(world.Unit.Id), now, rules);
        });
        await Data.ReviewRepliesAsync(suggestion.Id);

        using var client = AnonymousClient();
        (await ListedTitlesAsync(client)).Should().BeEmpty();
        (await client.GetAsync($"/Suggestions/Details/{suggestion.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_public_list_filters_by_session_category_unit_and_searched_words()
    {
        var world = await Data.SuggestionWorldAsync();
        var transport = await Data.CategoryAsync("社会建设");
        await RepliedAsync(world, "关于加快老旧小区加装电梯的建议");
        var bus = await Data.SuggestionAsync(world, "关于增设公交线路的建议", "建议在新城区增设两条公交线路。");
        await DbAsync(async db =>
        {
            var s = await SuggestionStore.WithEverything(db.Suggestions).SingleAsync(x => x.Id == bus.Id);
            s.Edit(new SuggestionDraft(s.Source, s.SessionId, s.Year, s.LeadDeputyId, [.. s.CoSignerIds], s.Title, s.Content, transport.Id, s.ReceivedOn), Staff, App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        await Data.AssignedSuggestionAsync(bus.Id, world.OtherUnit.Id);
        await Data.ActAsync(bus.Id, (s, rules, now, letter) => s.Reply(TestData.ReplyA(Today, letter()), UnitActor(world.OtherUnit.Id), now, rules));
        await Data.ReviewRepliesAsync(bus.Id);

        using var client = AnonymousClient();
        (await ListedTitlesAsync(client)).Should().HaveCount(2);
        (await ListedTitlesAsync(client, $"?category={transport.Id}")).Should().Equal("关于增设公交线路的建议");
        (await ListedTitlesAsync(client, $"?unit={world.Unit.Id}")).Should().Equal("关于加快老旧小区加装电梯的建议");
        (await ListedTitlesAsync(client, "?q=" + Uri.EscapeDataString("公交"))).Should().Equal("关于增设公交线路的建议");
        (await ListedTitlesAsync(client, "?q=" + Uri.EscapeDataString("电梯"))).Should().Equal("关于加快老旧小区加装电梯的建议");
        (await ListedTitlesAsync(client, $"?session={world.Session.Id.ToString(CultureInfo.InvariantCulture)}")).Should().HaveCount(2);
        (await ListedTitlesAsync(client, "?session=between")).Should().BeEmpty();
        var filtered = await client.GetDocumentAsync($"/Suggestions?category={transport.Id}");
        filtered.QuerySelector("#category option[selected]")!.TextContent.Should().Be("社会建设");
    }

    [Fact]
    public async Task Html_typed_into_a_title_or_reply_is_shown_as_text()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await RepliedAsync(world, "<script>alert('x')</script>关于路灯的建议", replyText: "<b>已修复</b>路灯");

        using var client = AnonymousClient();
        foreach (var url in new[] { "/Suggestions", $"/Suggestions/Details/{suggestion.Id}" })
        {
            var source = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            source.Should().NotContain("<script>alert").And.Contain("&lt;script&gt;alert");
        }
        var details = await (await client.GetAsync($"/Suggestions/Details/{suggestion.Id}")).Content.ReadAsStringAsync();
        details.Should().NotContain("<b>已修复</b>").And.Contain("&lt;b&gt;已修复&lt;/b&gt;");
    }
}
