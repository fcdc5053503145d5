using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CongressPortal.Web.Tests.Infrastructure.AtomFeedReader;

namespace CongressPortal.Web.Tests.Pages.Suggestions;

/// <summary>/Suggestions/Feed: the suggestions whose reply the public may read, newest published reply first; public fields only.</summary>
public sealed class FeedTests(PortalAppFactory app) : PublicSuggestionTest(app)
{
    private const string Feed = "/Suggestions/Feed";

    [Fact]
    public async Task The_feed_lists_suggestions_with_a_public_reply_newest_first_with_number_and_units_and_nothing_private()
    {
        var world = await Data.SuggestionWorldAsync();
        await DbAsync(async db =>
        {
            (await db.Deputies.SingleAsync(d => d.Id == world.Lead.Id)).UpdatePrivateData(TestData.PrivateSample);
            await db.SaveChangesAsync();
        });
        var older = await RepliedAsync(world, "关于加快老旧小区加装电梯的建议");
        App.Clock.Advance(TimeSpan.FromHours(1));
        var split = await Data.SuggestionAsync(world, "关于增设公交线路的建议");
        await Data.AssignedSuggestionAsync(split.Id, world.Unit.Id, world.OtherUnit.Id);
        await Data.ActAsync(split.Id, (s, rules, now, letter) =>
        {
            s.Reply(TestData.ReplyA(Today, letter()), UnitActor(world.Unit.Id), now, rules);
            s.Reply(TestData.ReplyA(Today, letter()), UnitActor(world.OtherUnit.Id), now, rules);
        });
        await Data.ReviewRepliesAsync(split.Id);
        await RepliedAsync(world, "关于保密事项的建议", publishable: false, replyText: "涉及商业秘密的答复内容");
        await RepliedAsync(world, "关于等待审核的建议", reviewed: false);
        using var reader = AnonymousClient();

        var feed = await ReadAsync(reader, Feed);

        feed.Element(Atom + "title")!.Value.Should().Be("示例市人大代表建议答复公开");
        Titles(feed).Should().Equal([$"关于增设公交线路的建议（{split.Number}）", $"关于加快老旧小区加装电梯的建议（{older.Number}）"],
            "newest published reply first; a suggestion answered by two units once; nothing kept unpublished or not reviewed");
        var entries = Entries(feed);
        Summary(entries[0]).Should().Be($"建议编号：{split.Number}。承办单位：示例市住房和城乡建设局、示例市交通运输局。答复已于2026年3月2日公开。");
        Link(entries[0]).Should().EndWith($"/Suggestions/Details/{split.Id}");
        Link(entries[1]).Should().EndWith($"/Suggestions/Details/{older.Id}");
        var source = feed.ToString();
        var secrets = TestData.PrivateSample;
        foreach (var secret in new[] { secrets.Mobile!, Mask.Value(secrets.Mobile)!, secrets.IdNumber!, secrets.HomeAddress!, "关于保密事项的建议", "涉及商业秘密的答复内容", "关于等待审核的建议" })
        {
            source.Should().NotContain(secret, "the feed shows only what the public suggestion pages show");
        }
    }

    [Fact]
    public async Task A_reply_superseded_by_an_unpublishable_one_leaves_the_cached_feed_and_a_new_round_moves_a_suggestion_up()
    {
        var world = await Data.SuggestionWorldAsync();
        var first = await RepliedAsync(world, "关于第一件的建议", replyText: "第一件的答复。");
        App.Clock.Advance(TimeSpan.FromHours(1));
        var second = await RepliedAsync(world, "关于第二件的建议", replyText: "第二件的答复。");
        using var reader = AnonymousClient();
        Titles(await ReadAsync(reader, Feed)).Should().Equal($"关于第二件的建议（{second.Number}）", $"关于第一件的建议（{first.Number}）");
        using (var cached = await reader.GetAsync(Feed)) cached.Headers.Age.Should().NotBeNull("the second reader gets the feed from the cache");

        await AnswerAgainAsync(world, second.Id, publishable: false);
        Titles(await ReadAsync(reader, Feed)).Should().Equal([$"关于第一件的建议（{first.Number}）"], "the reply the public read is superseded by one it may not read");

        App.Clock.Advance(TimeSpan.FromDays(2));
        await AnswerAgainAsync(world, first.Id, publishable: true);
        var entry = Entries(await ReadAsync(reader, Feed)).Single();
        Updated(entry).Should().Be(App.Clock.GetUtcNow(), "updated when the second round was published");
        DateTimeOffset.Parse(entry.Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(TestClock.Start, "first published when the first round was");
    }

    [Fact]
    public async Task The_feed_holds_fifty_suggestions_even_when_each_is_answered_by_three_units()
    {
        var world = await Data.SuggestionWorldAsync();
        var third = await Data.UnitAsync("示例市生态环境局");
        var ids = await ManyRepliedAsync(world, [world.Unit.Id, world.OtherUnit.Id, third.Id], 55);
        using var reader = AnonymousClient();

        var entries = Entries(await ReadAsync(reader, Feed));

        entries.Should().HaveCount(FeedModel.Handler.MaxEntries, "the newest hundred replies name only 34 suggestions: the feed reads further back");
        entries.Select(Link).Should().Equal(ids.AsEnumerable().Reverse().Take(50).Select(id => $"http://localhost/Suggestions/Details/{id}"));
        entries.Select(Updated).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task The_public_list_and_a_suggestion_page_advertise_the_feed_and_the_list_links_to_it()
    {
        var world = await Data.SuggestionWorldAsync();
        var suggestion = await RepliedAsync(world);
        using var reader = AnonymousClient();

        var list = await reader.GetDocumentAsync("/Suggestions");
        AdvertisedFeeds(list).Should().Contain(Feed);
        list.QuerySelector("#suggestions-feed-link")!.GetAttribute("href").Should().Be(Feed);
        AdvertisedFeeds(await reader.GetDocumentAsync($"/Suggestions/Details/{suggestion.Id}")).Should().Contain(Feed);
    }

    /// <summary>The lead deputy rates the latest reply 不满意 and the unit answers again; staff review (and publish if allowed).</summary>
    private async Task AnswerAgainAsync(TestData.SuggestionWorld world, int suggestionId, bool publishable)
    {
        await Data.ActAsync(suggestionId, (s, rules, now, letter) =>
        {
            s.Rate(LatestReply(s).Id, Satisfaction.Unsatisfied, "没有落实", Actor.Deputy(world.Lead.Id, "李建国"), now, rules);
            s.Reply(TestData.ReplyA(Today, letter(), publishable) with { Text = "第二轮答复。" }, UnitActor(world.Unit.Id), now, rules);
        });
        await Data.ReviewRepliesAsync(suggestionId);
    }

    /// <summary>
    /// <paramref name="count"/> suggestions, each answered by every one of <paramref name="unitIds"/> and published a minute after
    /// the one before (all the replies of one suggestion at once); their ids, oldest first.
    /// </summary>
    private async Task<List<int>> ManyRepliedAsync(TestData.SuggestionWorld world, int[] unitIds, int count)
    {
        var registered = await ServiceAsync<SuggestionRegistrar, IReadOnlyList<Suggestion>>(async registrar =>
        {
            var drafts = Enumerable.Range(1, count).Select(i => new SuggestionDraft(SuggestionSource.DuringSession, world.Session.Id, 2026, world.Lead.Id, [],
                $"关于第{i}件事项的建议", "建议内容。", world.Category.Id, new DateOnly(2026, 1, 12))).ToList();
            return (await registrar.RegisterAsync(drafts, Staff, null, null, default)).Value!;
        });
        var ids = registered.Select(s => s.Id).ToList();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rules = await scope.ServiceProvider.GetRequiredService<SuggestionRulesProvider>().GetAsync();
        var suggestions = await SuggestionStore.WithEverything(db.Suggestions).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
        var now = App.Clock.GetUtcNow();
        foreach (var id in ids)
        {
            var s = suggestions[id];
            s.Accept(Staff, now);
            s.Assign(HandlingMode.Split, unitIds, null, Staff, now, rules, confirmed: true);
            foreach (var unitId in unitIds)
            {
                s.AcceptAssignment(UnitActor(unitId), now);
                var letter = StoredFile.Accept("答复函.pdf", TestData.LetterPdf, "测试承办人", now);
                db.StoredFiles.Add(letter);
                s.Reply(TestData.ReplyA(Today, letter.Id), UnitActor(unitId), now, rules);
            }
        }
        await db.SaveChangesAsync();
        var at = now;
        foreach (var id in ids)
        {
            at = at.AddMinutes(1);
            foreach (var reply in suggestions[id].Assignments.SelectMany(a => a.Replies).ToList()) suggestions[id].ReviewReply(reply.Id, true, Staff, at);
        }
        await db.SaveChangesAsync();
        return ids;
    }
}
