using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Pages.UnitDesk;

public sealed class IndexTests(PortalAppFactory app) : UnitDeskTest(app)
{
    private static List<string> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("#unit-suggestions tbody tr").Select(r => r.TextContent).ToList();

    private static string Count(IHtmlDocument page, string id) => page.QuerySelector($"#count-{id} .record-count")!.TextContent.Trim();

    [Fact]
    public async Task The_desk_lists_only_the_units_own_suggestions_with_its_role_deadline_and_days_left()
    {
        var mine = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId], accepted: false);
        var theirs = await AssignedAsync("关于优化公交线路的建议", [OtherUnitId]);
        var coHandled = await AssignedAsync("关于治理背街小巷停车的建议", [OtherUnitId, UnitId], mode: HandlingMode.Joint);
        using var client = await UnitClientAsync(UnitId);

        var page = await client.GetDocumentAsync("/Unit");

        page.QuerySelector("main h1")!.TextContent.Should().Be("承办单位工作台");
        page.QuerySelector("main")!.TextContent.Should().Contain("示例市住房和城乡建设局");
        var rows = Rows(page);
        rows.Should().HaveCount(2);
        page.QuerySelector("#unit-suggestions")!.TextContent.Should().NotContain(theirs.Title).And.NotContain(theirs.Number);
        var own = page.QuerySelector($"#suggestion-{mine.Id}")!.TextContent;
        own.Should().Contain(mine.Number).And.Contain("李建国").And.Contain("承办").And.Contain("2026年3月2日")
            .And.Contain("2026年6月2日").And.Contain("剩 92 天").And.Contain("待签收");
        var co = page.QuerySelector($"#suggestion-{coHandled.Id}")!.TextContent;
        co.Should().Contain("协办").And.Contain("2026年4月2日（协办意见）").And.Contain("剩 31 天").And.Contain("办理中");
        page.QuerySelector($"#suggestion-{mine.Id} a")!.GetAttribute("href").Should().Be($"/Unit/Suggestions/Details/{mine.Id}");
        Count(page, "awaiting").Should().Be("1");
        Count(page, "handling").Should().Be("1");
        Count(page, "overdue").Should().Be("0");

        using var other = await UnitClientAsync(OtherUnitId);
        var theirPage = await other.GetDocumentAsync("/Unit");
        Rows(theirPage).Should().HaveCount(2);
        theirPage.QuerySelector("#unit-suggestions")!.TextContent.Should().NotContain(mine.Title);
    }

    [Fact]
    public async Task Due_soon_and_overdue_read_in_words_and_are_counted_and_filtered()
    {
        var early = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        App.Clock.Set(new DateTimeOffset(2026, 5, 25, 1, 0, 0, TimeSpan.Zero));
        var later = await AssignedAsync("关于优化公交线路的建议", [UnitId]);
        using var client = await UnitClientAsync(UnitId);

        var soon = await client.GetDocumentAsync("/Unit");
        soon.QuerySelector($"#suggestion-{early.Id} .days-soon")!.TextContent.Should().Be("剩 8 天（临期）");
        Count(soon, "soon").Should().Be("1");
        Count(soon, "overdue").Should().Be("0");
        Rows(soon)[0].Should().Contain(early.Title, "the list runs by deadline, the most urgent first");

        App.Clock.Set(new DateTimeOffset(2026, 6, 5, 1, 0, 0, TimeSpan.Zero));
        using var june = await UnitClientAsync(UnitId);
        var overdue = await june.GetDocumentAsync("/Unit");
        var row = overdue.QuerySelector($"#suggestion-{early.Id}")!;
        row.QuerySelector(".days-overdue")!.TextContent.Should().Be("逾期 3 天", "overdue is said in words, not only in colour");
        row.ClassList.Should().Contain("table-danger");
        Count(overdue, "overdue").Should().Be("1");
        Count(overdue, "soon").Should().Be("0");

        var filtered = await june.GetDocumentAsync("/Unit?due=Overdue");
        Rows(filtered).Should().ContainSingle().Which.Should().Contain(early.Title);
        filtered.QuerySelector($"#suggestion-{later.Id}").Should().BeNull();
    }

    [Fact]
    public async Task The_list_filters_by_state_session_and_Chinese_search_and_counts_re_handling_and_open_commitments()
    {
        var elevator = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        var bus = await AssignedAsync("关于优化公交线路的建议", [UnitId], accepted: false);
        var replied = await Data.ActAsync(elevator.Id, (s, rules, now, letter) =>
            s.Reply(new ReplyDraft("B", "已列入计划。", "张局长", Today, true, letter(), [new CommitmentDraft("年内完成加装电梯12部", new DateOnly(2026, 12, 31))]), UnitActor(UnitId), now, rules));
        var replyId = replied.AssignmentOf(UnitId)!.Replies.Single().Id;
        await Data.ActAsync(elevator.Id, (s, rules, now) => s.Rate(replyId, Satisfaction.Unsatisfied, "进度太慢", Actor.Deputy(World.Lead.Id, "李建国"), now, rules));
        using var client = await UnitClientAsync(UnitId);

        var page = await client.GetDocumentAsync("/Unit");
        Count(page, "rehandling").Should().Be("1");
        Count(page, "commitments").Should().Be("1");
        Count(page, "awaiting").Should().Be("1");
        page.QuerySelector($"#suggestion-{elevator.Id}")!.TextContent.Should().Contain("重新办理");

        Rows(await client.GetDocumentAsync("/Unit?q=电梯")).Should().ContainSingle().Which.Should().Contain(elevator.Title);
        Rows(await client.GetDocumentAsync("/Unit?q=老旧小区加装")).Should().ContainSingle().Which.Should().Contain(elevator.Title);
        Rows(await client.GetDocumentAsync("/Unit?q=小区电梯")).Should().BeEmpty();
        Rows(await client.GetDocumentAsync("/Unit?state=AwaitingAcceptance")).Should().ContainSingle().Which.Should().Contain(bus.Title);
        Rows(await client.GetDocumentAsync("/Unit?state=CommitmentsOpen")).Should().ContainSingle().Which.Should().Contain(elevator.Title);
        Rows(await client.GetDocumentAsync($"/Unit?session={World.Session.Id}")).Should().HaveCount(2);
        var between = await client.GetDocumentAsync("/Unit?session=0");
        Rows(between).Should().BeEmpty();
        between.QuerySelector("#no-suggestions")!.TextContent.Should().Be("没有符合条件的建议。");
    }

    [Fact]
    public async Task The_list_pages_at_fifty()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var drafts = Enumerable.Range(1, 51)
                .Select(i => new SuggestionDraft(SuggestionSource.DuringSession, World.Session.Id, 2026, World.Lead.Id, [], $"第{i}件测试建议", "建议内容。", World.Category.Id, new DateOnly(2026, 1, 12)))
                .ToList();
            var registered = await scope.ServiceProvider.GetRequiredService<SuggestionRegistrar>().RegisterAsync(drafts, StaffActor, null, null, default);
            registered.IsSuccess.Should().BeTrue(registered.Error);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var rules = await scope.ServiceProvider.GetRequiredService<SuggestionRulesProvider>().GetAsync();
            var now = App.Clock.GetUtcNow();
            foreach (var suggestion in await SuggestionStore.WithEverything(db.Suggestions).ToListAsync())
            {
                suggestion.Accept(StaffActor, now);
                suggestion.Assign(HandlingMode.Split, [UnitId], null, StaffActor, now, rules);
            }
            await db.SaveChangesAsync();
        }
        using var client = await UnitClientAsync(UnitId);

        var first = await client.GetDocumentAsync("/Unit");
        Rows(first).Should().HaveCount(50);
        first.QuerySelector(".reference-count")!.TextContent.Should().Be("共 51 件");
        Count(first, "awaiting").Should().Be("51");
        var second = await client.GetDocumentAsync("/Unit?p=2");
        Rows(second).Should().ContainSingle();
    }
}
