using System.Globalization;
using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Suggestions;

/// <summary>The public list of handled suggestions: only reviewed, publishable replies; filters by session, category, unit and words.</summary>
public sealed class IndexTests(PortalAppFactory app) : PublicSuggestionTest(app)
{
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
        // Words alone run as compiled queries, words with a filter as the composed query: the same rows either way, also for
        // a word of three or more characters (a run of the search text) and for one found nowhere.
        var session = world.Session.Id.ToString(CultureInfo.InvariantCulture);
        foreach (var words in new[] { "电梯", "老旧小区", "加装电梯 公交", "新城区 公交线路", "高铁" })
        {
            var alone = await ListedTitlesAsync(client, "?q=" + Uri.EscapeDataString(words));
            (await ListedTitlesAsync(client, $"?q={Uri.EscapeDataString(words)}&session={session}")).Should().Equal(alone, words);
        }
        (await ListedTitlesAsync(client, "?q=" + Uri.EscapeDataString("老旧小区"))).Should().Equal("关于加快老旧小区加装电梯的建议");
        (await ListedTitlesAsync(client, "?q=" + Uri.EscapeDataString("新城区 公交线路"))).Should().Equal("关于增设公交线路的建议");
        (await ListedTitlesAsync(client, "?q=" + Uri.EscapeDataString("高铁"))).Should().BeEmpty();
        var filtered = await client.GetDocumentAsync($"/Suggestions?category={transport.Id}");
        filtered.QuerySelector("#category option[selected]")!.TextContent.Should().Be("社会建设");
    }
}
