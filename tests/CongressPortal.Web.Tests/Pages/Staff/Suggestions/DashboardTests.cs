using System.Globalization;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

public sealed class DashboardTests(PortalAppFactory app) : WebTest(app)
{
    private const string Dashboard = "/Staff/Suggestions/Dashboard";

    private static readonly Actor Staff = Actor.Staff("测试工作人员");

    private sealed record Extras(Suggestion ReturnRequested, Suggestion ExtensionRequested, Suggestion UnratedPastWindow, Suggestion RatedSatisfied, Suggestion UnratedInWindow, Suggestion RecentBetweenSessions);

    /// <summary>The list scenario plus a pending return, a pending extension, three replies and a between-session suggestion received yesterday.</summary>
    private async Task<(ListScenario Scenario, Extras Extras)> BoardAsync()
    {
        var s = await ListScenario.CreateAsync(App);
        var unit = s.World.Unit.Id;
        var unitActor = Actor.Unit(unit, "测试承办人");
        async Task<Suggestion> AssignedAsync(string title)
        {
            var suggestion = await Data.SuggestionAsync(s.World, title, "建议内容。", withCoSigner: false);
            return await Data.AssignedSuggestionAsync(suggestion.Id, unit);
        }
        async Task RateAsync(int id, Satisfaction rating) =>
            await Data.ActAsync(id, (x, rules, now) => x.Rate(x.Assignments[0].Replies[0].Id, rating, null, Actor.Deputy(s.World.Lead.Id, "李建国"), now, rules));

        // Replied on 2026-04-10: the 20-working-day rating window closed in May.
        App.Clock.Set(new DateTimeOffset(2026, 4, 10, 1, 0, 0, TimeSpan.Zero));
        var pastWindow = await AssignedAsync("关于评价期已过的建议");
        pastWindow = await Data.ActAsync(pastWindow.Id, (x, rules, now, letter) => x.Reply(TestData.ReplyA(new DateOnly(2026, 4, 10), letter()), unitActor, now, rules));

        App.Clock.Set(new DateTimeOffset(2026, 6, 20, 1, 0, 0, TimeSpan.Zero));
        var returnRequested = await AssignedAsync("关于申请退回的建议");
        returnRequested = await Data.ActAsync(returnRequested.Id, (x, _, now) => x.RequestReturn("不属于本单位职责", unitActor, now));
        var extension = await AssignedAsync("关于申请延期的建议");
        extension = await Data.ActAsync(extension.Id, (x, _, now) => x.RequestExtension("涉及多个部门，情况复杂", unitActor, now));
        var satisfied = await AssignedAsync("关于代表已满意的建议");
        await Data.ActAsync(satisfied.Id, (x, rules, now, letter) => x.Reply(TestData.ReplyA(ListScenario.Today, letter()), unitActor, now, rules));
        await RateAsync(satisfied.Id, Satisfaction.Satisfied);
        var inWindow = await AssignedAsync("关于等待评价的建议");
        inWindow = await Data.ActAsync(inWindow.Id, (x, rules, now, letter) => x.Reply(TestData.ReplyA(ListScenario.Today, letter()), unitActor, now, rules));
        var recent = await ListScenario.RegisterAsync(App, new SuggestionDraft(SuggestionSource.BetweenSessions, null, 2026, s.World.Lead.Id, [],
            "关于昨天收到的建议", "建议内容。", s.World.Category.Id, new DateOnly(2026, 6, 19)));
        recent = await Data.ActAsync(recent.Id, (x, _, now) => x.Accept(Staff, now));
        return (s, new Extras(returnRequested, extension, pastWindow, satisfied, inWindow, recent));
    }

    private static string Count(IHtmlDocument page, string panel) => page.QuerySelector($"#{panel} .dashboard-count")!.TextContent.Trim();

    private static string? CountHref(IHtmlDocument page, string panel) => page.QuerySelector($"#{panel} a.dashboard-count")?.GetAttribute("href");

    private static List<int> Items(IHtmlDocument page, string panel) =>
        page.QuerySelectorAll($"#{panel} li[data-suggestion]").Select(li => int.Parse(li.GetAttribute("data-suggestion")!, CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public async Task The_dashboard_counts_what_needs_attention_and_lists_the_items()
    {
        var (s, x) = await BoardAsync();
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync(Dashboard);

        Count(page, "to-review").Should().Be("1 件");
        Items(page, "to-review").Should().Equal(s.Submitted.Id);
        Count(page, "to-assign").Should().Be("3 件");
        Items(page, "to-assign").Should().Equal([s.BetweenSessions.Id, s.Accepted.Id, x.RecentBetweenSessions.Id], "the late one first, then by date received");
        page.QuerySelector("#late-to-assign")!.TextContent.Should().Contain("其中 1 件闭会期间建议已超过5个工作日未交办");
        page.QuerySelector($"#to-assign li[data-suggestion='{s.BetweenSessions.Id}']")!.TextContent.Should().Contain("超过5个工作日未交办");
        page.QuerySelector($"#to-assign li[data-suggestion='{x.RecentBetweenSessions.Id}']")!.TextContent.Should().NotContain("未交办（");
        Count(page, "overdue").Should().Be("1 件");
        Items(page, "overdue").Should().Equal(s.Overdue.Id);
        page.QuerySelector("#overdue li")!.TextContent.Should().Contain("已逾期18天").And.Contain("承办单位：示例市交通运输局");
        Count(page, "due-soon").Should().Be("1 件");
        Items(page, "due-soon").Should().Equal(s.Handling.Id);
        page.QuerySelector("#due-soon li")!.TextContent.Should().Contain("剩11天");
        Count(page, "return-requests").Should().Be("1 件");
        Items(page, "return-requests").Should().Equal(x.ReturnRequested.Id);
        page.QuerySelector("#return-requests li")!.TextContent.Should().Contain("示例市住房和城乡建设局：退回理由“不属于本单位职责”");
        Count(page, "extension-requests").Should().Be("1 件");
        Items(page, "extension-requests").Should().Equal(x.ExtensionRequested.Id);
        Count(page, "ready-to-close").Should().Be("2 件", "one rated 满意 and one whose rating window passed; the one still in its window waits");
        Items(page, "ready-to-close").Should().Equal(x.UnratedPastWindow.Id, x.RatedSatisfied.Id);
        page.QuerySelector($"#ready-to-close li[data-suggestion='{x.UnratedPastWindow.Id}']")!.TextContent.Should().Contain("评价期已过，代表未评价");
        Count(page, "key-in-handling").Should().Be("1 件");
        Items(page, "key-in-handling").Should().Equal(s.Handling.Id);
        Count(page, "replies-to-review").Should().Be("3 件", "no reply here has been reviewed yet");
        Items(page, "replies-to-review").Should().BeEquivalentTo([x.UnratedPastWindow.Id, x.RatedSatisfied.Id, x.UnratedInWindow.Id]);
        page.QuerySelector($"#overdue li a")!.GetAttribute("href").Should().Be($"/Staff/Suggestions/Details/{s.Overdue.Id}");
    }

    [Fact]
    public async Task Each_count_links_to_the_list_filtered_the_same_way()
    {
        await BoardAsync();
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        var page = await staff.GetDocumentAsync(Dashboard);

        CountHref(page, "to-review").Should().Be("/Staff/Suggestions?status=Submitted");
        CountHref(page, "to-assign").Should().Be("/Staff/Suggestions?status=Accepted");
        CountHref(page, "overdue").Should().Be("/Staff/Suggestions?overdue=true");
        CountHref(page, "due-soon").Should().Be("/Staff/Suggestions?due=true");
        CountHref(page, "key-in-handling").Should().Be("/Staff/Suggestions?key=true");
        CountHref(page, "return-requests").Should().BeNull("the list has no filter for requests: each item links to its details");
        CountHref(page, "ready-to-close").Should().BeNull();
        foreach (var panel in new[] { "to-review", "to-assign", "overdue", "due-soon", "key-in-handling" })
        {
            var list = await staff.GetDocumentAsync(CountHref(page, panel)!);
            list.QuerySelector("#result-count")!.TextContent.Should().Be("共 " + Count(page, panel), $"the {panel} count and its list agree");
        }
    }

    [Fact]
    public async Task With_nothing_to_do_every_panel_says_so()
    {
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync(Dashboard);

        page.QuerySelectorAll(".section-card").Should().HaveCount(9);
        page.QuerySelectorAll(".dashboard-count").Select(c => c.TextContent.Trim()).Should().OnlyContain(t => t == "0 件");
        page.QuerySelector("#late-to-assign").Should().BeNull();
    }
}
