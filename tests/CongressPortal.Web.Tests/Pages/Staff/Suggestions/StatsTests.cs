using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

public sealed class StatsTests(PortalAppFactory app) : WebTest(app)
{
    private const string Stats = "/Staff/Suggestions/Stats";
    private static readonly Actor Staff = Actor.Staff("王工作");

    private static DateTimeOffset Beijing(int month, int day) => new(2026, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The cells of one table row by column header.</summary>
    private static Dictionary<string, string> Row(IHtmlDocument page, string rowId)
    {
        var headers = page.QuerySelectorAll("#stats thead th").Select(th => th.TextContent.Trim()).ToList();
        var cells = page.QuerySelector($"#{rowId}")!.Children.Select(c => c.TextContent.Trim()).ToList();
        return headers.Zip(cells).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>
    /// Hand-counted fixture, all in session 5 of 2026, assigned on 2 March (reply due 2 June):
    /// S1 unit A: contact, A reply on 1 April, 满意, closed.
    /// S2 unit A: B reply on 10 June (late) with an open commitment, 基本满意.
    /// S3 unit B: C reply on 1 April with a commitment done, 不满意 → re-handling due 2 June (overdue on 11 June).
    /// S4 unit B: no reply (overdue on 11 June).
    /// S5: turned into a letter. S6: still waiting for review.
    /// </summary>
    private async Task<TestData.SuggestionWorld> FixtureAsync()
    {
        var world = await Data.SuggestionWorldAsync();
        var lead = Actor.Deputy(world.Lead.Id, "李建国");
        var unitA = Actor.Unit(world.Unit.Id, "住建局");
        var unitB = Actor.Unit(world.OtherUnit.Id, "交通局");
        var s = new List<Suggestion>();
        for (var i = 1; i <= 6; i++) s.Add(await Data.SuggestionAsync(world, $"第{i}件建议"));
        foreach (var (item, unit) in new[] { (s[0], world.Unit.Id), (s[1], world.Unit.Id), (s[2], world.OtherUnit.Id), (s[3], world.OtherUnit.Id) })
            await Data.AssignedSuggestionAsync(item.Id, unit);
        await Data.ActAsync(s[4].Id, (x, _, now) => x.ConvertToLetter("个人诉求", Staff, now));

        App.Clock.Set(Beijing(4, 1));
        await Data.ActAsync(s[0].Id, (x, rules, now, letter) =>
        {
            // All three stages of 三见面: only then does the unit count as having met the deputy.
            x.LogContact(ContactStage.Before, new DateOnly(2026, 3, 5), ContactForm.InPerson, null, unitA, now, rules);
            x.LogContact(ContactStage.During, new DateOnly(2026, 3, 20), ContactForm.Phone, null, unitA, now, rules);
            x.Reply(TestData.ReplyA(new DateOnly(2026, 4, 1), letter()), unitA, now, rules);
            x.LogContact(ContactStage.After, new DateOnly(2026, 4, 1), ContactForm.InPerson, null, unitA, now, rules);
        });
        await Data.ActAsync(s[2].Id, (x, rules, now, letter) =>
            x.Reply(new ReplyDraft("C", "受资金限制，列入远期规划。", "赵局长", new DateOnly(2026, 4, 1), true, letter(), [new CommitmentDraft("编制专项规划", new DateOnly(2026, 12, 31))]), unitB, now, rules));

        App.Clock.Set(Beijing(4, 2));
        await Data.ActAsync(s[0].Id, (x, rules, now) => x.Rate(x.Assignments[0].Replies[0].Id, Satisfaction.Satisfied, null, lead, now, rules));
        await Data.ActAsync(s[2].Id, (x, rules, now) => x.Rate(x.Assignments[0].Replies[0].Id, Satisfaction.Unsatisfied, "没有时间表", lead, now, rules));
        App.Clock.Set(Beijing(4, 3));
        await Data.ActAsync(s[0].Id, (x, rules, now) => x.Close(Staff, now, rules));
        await Data.ActAsync(s[2].Id, (x, _, now) => x.UpdateCommitment(x.Assignments[0].Replies[0].Commitments[0].Id, 100, "规划已印发", new DateOnly(2026, 4, 3), unitB, now));

        App.Clock.Set(Beijing(6, 10));
        await Data.ActAsync(s[1].Id, (x, rules, now, letter) =>
            x.Reply(new ReplyDraft("B", "已列入明年计划。", "张局长", new DateOnly(2026, 6, 10), true, letter(), [new CommitmentDraft("完成设计", new DateOnly(2026, 12, 31))]), unitA, now, rules));
        App.Clock.Set(Beijing(6, 11));
        await Data.ActAsync(s[1].Id, (x, rules, now) => x.Rate(x.Assignments[0].Replies[0].Id, Satisfaction.BasicallySatisfied, null, lead, now, rules));
        return world;
    }

    [Fact]
    public async Task Figures_per_unit_match_the_hand_counted_fixture()
    {
        var world = await FixtureAsync();
        using var staff = await ClientForRoleAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync($"{Stats}?by=Unit&year=2026");

        var a = Row(page, $"stats-{world.Unit.Id}");
        a["名称"].Should().Be("示例市住房和城乡建设局");
        (a["收到"], a["已答复"], a["按期答复"], a["按期答复率"], a["见面沟通"], a["见面率"]).Should().Be(("2", "2", "1", "50.0%", "1", "50.0%"));
        (a["A类"], a["B类"], a["C类"], a["D类"], a["解决或正在解决率"]).Should().Be(("1", "1", "0", "0", "100.0%"));
        (a["满意"], a["基本满意"], a["不满意"], a["满意率（含基本满意）"]).Should().Be(("1", "1", "0", "100.0%"));
        (a["重新办理"], a["逾期未答复"], a["已办结"], a["承诺事项未完成"], a["承诺事项已完成"]).Should().Be(("0", "0", "1", "1", "0"));

        var b = Row(page, $"stats-{world.OtherUnit.Id}");
        (b["收到"], b["已答复"], b["按期答复"], b["C类"], b["解决或正在解决率"]).Should().Be(("2", "1", "1", "1", "0.0%"));
        (b["不满意"], b["满意率（含基本满意）"], b["重新办理"], b["逾期未答复"], b["承诺事项已完成"]).Should().Be(("1", "0.0%", "1", "2", "1"));
    }

    [Fact]
    public async Task Figures_per_session_count_each_suggestion_once_and_exclude_unrated_from_satisfaction()
    {
        var world = await FixtureAsync();
        using var staff = await ClientForRoleAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync($"{Stats}?by=Session");

        var row = Row(page, $"stats-{world.Session.Id}");
        row["名称"].Should().Be("第十六届人民代表大会第五次会议");
        (row["收到"], row["立案"], row["转来信"], row["已交办"], row["已答复"]).Should().Be(("6", "4", "1", "4", "3"));
        (row["按期答复率"], row["见面率"], row["解决或正在解决率"], row["满意率（含基本满意）"]).Should().Be(("66.7%", "33.3%", "66.7%", "66.7%"));
        (row["重新办理"], row["逾期未答复"], row["已办结"], row["承诺事项未完成"], row["承诺事项已完成"]).Should().Be(("1", "2", "1", "1", "1"));
        Row(page, "stats-sum")["收到"].Should().Be("6");
        page.QuerySelector("#stats-data")!.TextContent.Should().Contain("\"satisfaction\":[1,1,1,0]");
    }

    /// <summary>
    /// DOMAIN.md §4 (S50a): an unrated reply leaves the satisfaction rate only after the rating reminder was sent and the
    /// window passed. Three replies of unit A: rated 满意; unrated after the portal's own reminder (ReminderScan); unrated
    /// and never reminded.
    /// </summary>
    [Fact]
    public async Task An_unrated_reply_leaves_the_satisfaction_rate_only_after_its_rating_reminder_and_window()
    {
        var world = await Data.SuggestionWorldAsync();
        var lead = Actor.Deputy(world.Lead.Id, "李建国");
        var unitA = Actor.Unit(world.Unit.Id, "住建局");
        App.Clock.Set(Beijing(3, 2));
        var rated = await Data.SuggestionAsync(world, "第1件建议");
        var reminded = await Data.SuggestionAsync(world, "第2件建议");
        var never = await Data.SuggestionAsync(world, "第3件建议");
        foreach (var item in new[] { rated, reminded, never }) await Data.AssignedSuggestionAsync(item.Id, world.Unit.Id);
        App.Clock.Set(Beijing(4, 1));
        foreach (var item in new[] { rated, reminded })
            await Data.ActAsync(item.Id, (x, rules, now, letter) => x.Reply(TestData.ReplyA(ChinaTime.Today(now), letter()), unitA, now, rules));
        await Data.ActAsync(rated.Id, (x, rules, now) => x.Rate(x.Assignments[0].Replies[0].Id, Satisfaction.Satisfied, null, lead, now, rules));
        var due = (await StoredAsync(reminded.Id)).Assignments[0].LatestReply!.RatingDueOn;

        var scanAt = new DateTimeOffset(due.AddDays(-2).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
        App.Clock.Set(scanAt);
        await ServiceAsync<ReminderScan, int>(scan => scan.RunAsync(default));
        var stored = await StoredAsync(reminded.Id);
        stored.Assignments[0].LatestReply!.RatingRemindedAt.Should().Be(scanAt.ToUniversalTime(), "the server's time of the reminder is on the record");
        stored.Events.Should().Contain(e => e.Kind == SuggestionEventKind.ReminderIssued && e.At == scanAt.ToUniversalTime() && e.Detail!.Contains("提醒代表"));

        App.Clock.Set(new DateTimeOffset(due.ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(8)));
        var inWindow = await SessionRowAsync(world);
        (inWindow["满意"], inWindow["未评价"], inWindow["提醒后逾期未评价（不计入）"], inWindow["满意率（含基本满意）"]).Should().Be(("1", "1", "0", "50.0%"),
            "on the last day of the window the reminded reply is still counted, as not satisfied");

        App.Clock.Set(new DateTimeOffset(due.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        var passed = await SessionRowAsync(world);
        (passed["满意"], passed["未评价"], passed["提醒后逾期未评价（不计入）"], passed["满意率（含基本满意）"]).Should().Be(("1", "0", "1", "100.0%"));

        // A reply the deputy was never reminded of stays in the rate after its window: not satisfied.
        await Data.ActAsync(never.Id, (x, rules, now, letter) => x.Reply(TestData.ReplyA(ChinaTime.Today(now), letter()), unitA, now, rules));
        var neverDue = (await StoredAsync(never.Id)).Assignments[0].LatestReply!.RatingDueOn;
        App.Clock.Set(new DateTimeOffset(neverDue.AddDays(10).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        var later = await SessionRowAsync(world);
        (later["满意"], later["未评价"], later["提醒后逾期未评价（不计入）"], later["满意率（含基本满意）"]).Should().Be(("1", "1", "1", "50.0%"));
        using var staff = await ClientForRoleAsync(PortalRole.Staff);
        var byUnit = Row(await staff.GetDocumentAsync($"{Stats}?by=Unit&year=2026"), $"stats-{world.Unit.Id}");
        (byUnit["满意"], byUnit["未评价"], byUnit["提醒后逾期未评价（不计入）"], byUnit["满意率（含基本满意）"]).Should().Be(("1", "1", "1", "50.0%"));

        // The statistics apply the domain's rule: each suggestion's standing today.
        var today = ChinaTime.Today(App.Clock.GetUtcNow());
        var standings = new List<RatingStanding>();
        foreach (var item in new[] { rated, reminded, never }) standings.Add((await StoredAsync(item.Id)).SatisfactionStanding(today));
        standings.Should().Equal(RatingStanding.Satisfied, RatingStanding.Excluded, RatingStanding.Unrated);

        // The tallies the database keeps carry the rating window too: the same figures as counted from the rows, today and
        // while the windows were open.
        await ExpectTalliesEqualRowsAsync(world, received: 3);
        App.Clock.Set(Beijing(4, 2));
        await ExpectTalliesEqualRowsAsync(world, received: 3);
    }

    private Task<Suggestion> StoredAsync(int id) =>
        DbAsync(db => CongressPortal.Web.Data.Queries.SuggestionStore.WithEverything(db.Suggestions).AsNoTracking().SingleAsync(s => s.Id == id));

    private async Task<Dictionary<string, string>> SessionRowAsync(TestData.SuggestionWorld world)
    {
        using var staff = await ClientForRoleAsync(PortalRole.Staff);
        return Row(await staff.GetDocumentAsync($"{Stats}?by=Session"), $"stats-{world.Session.Id}");
    }

    [Fact]
    public async Task The_table_scrolls_in_its_own_focusable_region_with_the_name_column_kept_in_view()
    {
        await FixtureAsync();
        using var staff = await ClientForRoleAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync($"{Stats}?by=Unit&year=2026");

        var region = page.QuerySelector("#stats-scroll")!;
        (region.GetAttribute("role"), region.GetAttribute("tabindex")).Should().Be(("region", "0"));
        region.GetAttribute("aria-label").Should().NotBeNullOrWhiteSpace();
        region.QuerySelector("table#stats").Should().NotBeNull();
        var css = await (await staff.GetAsync("/css/site.css")).Content.ReadAsStringAsync();
        css.Should().Contain(".stats-scroll { max-width: 100%; overflow-x: auto;").And.Contain(".stats-table th:first-child { position: sticky; left: 0;");
    }

    [Fact]
    public async Task The_headline_figures_are_a_valid_description_list_of_groups_each_holding_one_term_and_its_value()
    {
        var world = await Data.SuggestionWorldAsync();
        await Data.SuggestionAsync(world, "尚未答复的建议");
        using var staff = await ClientForRoleAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync(Stats);

        var groups = page.QuerySelector("dl#stats-total")!.Children;
        groups.Should().HaveCount(8);
        groups.Should().OnlyContain(g => g.LocalName == "div" && g.Children.Select(c => c.LocalName).SequenceEqual(new[] { "dt", "dd" }));
        groups.Select(g => g.Children[0].TextContent).Should().StartWith(["收到", "已答复"]);
    }

    [Fact]
    public async Task The_table_downloads_as_Excel_with_a_title_the_cut_off_time_and_the_same_figures_as_numbers()
    {
        var world = await FixtureAsync();
        using var staff = await ClientForRoleAsync(PortalRole.Staff);

        var response = await staff.GetAsync($"{Stats}?handler=Export&by=Category&year=2026&session={world.Session.Id}");

        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false, sheetName: "办理统计").Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray()).ToList();
        rows[0][0].Should().Be("代表建议办理统计（按类别，第十六届人民代表大会第五次会议，2026年）");
        rows[1][0].Should().Be($"统计截至：{ChinaTime.FormatDateTime(Beijing(6, 11))}。满意率以已评价件数为基数，含基本满意；其余比率以已答复件数为基数。");
        var headers = rows[2].Select(h => h?.ToString()).ToList();
        headers.Should().StartWith(["名称", "收到", "立案"]).And.Contain("满意率（含基本满意）（%）").And.Contain("A类");
        var data = rows.Skip(3).Select(r => headers.Zip(r).ToDictionary(p => p.First!, p => p.Second)).ToList();
        data.Select(r => r["名称"]).Should().Equal("城乡建设", "合计");
        data[1]["收到"].Should().Be(6d, "a count is an Excel number, not text");
        data[1]["已答复"].Should().Be(3d);
        data[1]["满意率（含基本满意）（%）"].Should().Be(66.7d, "a rate is a number of per cent");
        data[1]["A类"].Should().Be(1d);
        data[1]["D类占比（%）"].Should().Be(0d);
    }

    [Fact]
    public async Task A_rate_with_nothing_to_divide_is_an_empty_cell_in_Excel_and_a_dash_on_the_page()
    {
        var world = await Data.SuggestionWorldAsync();
        await Data.SuggestionAsync(world, "尚未答复的建议");
        using var staff = await ClientForRoleAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync($"{Stats}?by=Session");
        Row(page, $"stats-{world.Session.Id}")["按期答复率"].Should().Be("—");
        var response = await staff.GetAsync($"{Stats}?handler=Export&by=Session");

        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray()).ToList();
        var headers = rows[2].Select(h => h?.ToString()).ToList();
        var session = rows[3];
        session[headers.IndexOf("收到")].Should().Be(1d);
        session[headers.IndexOf("按期答复率（%）")].Should().BeNull();
    }

    [Fact]
    public async Task The_tallies_kept_by_the_database_equal_the_figures_counted_from_the_rows()
    {
        var world = await FixtureAsync();
        await ExpectTalliesEqualRowsAsync(world, received: 6);

        // More kinds of change: an edit moving a suggestion to another category, a withdrawal, a deletion, the clock
        // moving past deadlines (overdue is decided when read, not kept).
        var other = await Data.CategoryAsync("社会事业");
        var waiting = await DbAsync(db => db.Suggestions.Where(x => x.Status == SuggestionStatus.Submitted).Select(x => x.Id).SingleAsync());
        await Data.ActAsync(waiting, (x, _, now) => x.Edit(new SuggestionDraft(SuggestionSource.DuringSession, world.Session.Id, 2026, world.Lead.Id, [],
            x.Title, x.Content, other.Id, x.ReceivedOn), Staff, now));
        var extra = await Data.SuggestionAsync(world, "关于增设公共停车泊位的建议");
        await ExpectTalliesEqualRowsAsync(world, received: 7);
        await Data.ActAsync(extra.Id, (x, _, now) => x.Withdraw("代表撤回", Staff, now));
        await ExpectTalliesEqualRowsAsync(world, received: 7);
        await DbAsync(async db => await db.Suggestions.Where(x => x.Id == extra.Id).ExecuteDeleteAsync());
        App.Clock.Set(Beijing(12, 1));
        await ExpectTalliesEqualRowsAsync(world, received: 6);

        // Each change appended its −1 and +1; folding them leaves one row per combination and the same figures.
        var rows = await DbAsync(db => db.SuggestionTallies.CountAsync());
        var folded = await DbAsync(db => CongressPortal.Web.Data.SuggestionTallies.CompactAsync(db, default));
        folded.Should().BePositive();
        var combinations = await DbAsync(db => db.SuggestionTallies.Select(t => new { t.SessionId, t.Year, t.CategoryId, t.Classification, t.Status, t.Assigned,
            t.Replied, t.RepliedOnTime, t.MetDeputy, t.Rehandled, t.Satisfaction, t.InHandDueOn, t.UnratedUntil }).ToListAsync());
        combinations.Should().OnlyHaveUniqueItems().And.HaveCountLessThan(rows - folded + 1, "each folded combination lost at least one row");
        (await DbAsync(db => CongressPortal.Web.Data.SuggestionTallies.CompactAsync(db, default))).Should().Be(0, "nothing is rewritten when nothing is split");
        (await DbAsync(db => db.SuggestionTallies.AnyAsync(t => t.Suggestions == 0 && t.CommitmentsOpen == 0 && t.CommitmentsDone == 0))).Should().BeFalse("a combination that came to nothing is dropped");
        await ExpectTalliesEqualRowsAsync(world, received: 6);
    }

    private async Task ExpectTalliesEqualRowsAsync(TestData.SuggestionWorld world, int received)
    {
        foreach (var dimension in new[] { StatsDimension.Session, StatsDimension.Year, StatsDimension.Category })
        {
            foreach (var scope in new SuggestionStatistics.Scope[] { new(null, null), new(2026, null), new(null, world.Session.Id), new(2025, null) })
            {
                var (kept, counted) = await ServiceAsync<SuggestionStatistics, (IReadOnlyList<SuggestionFigures>, IReadOnlyList<SuggestionFigures>)>(async statistics =>
                    (await statistics.ComputeAsync(dimension, scope, default), await statistics.ComputeFromRowsAsync(dimension, scope, default)));
                // The same rows with every figure equal (rows matched whatever their order: two categories of the same sort
                // order may come in either order from either source; the classification counts compared by key).
                kept.Should().BeEquivalentTo(counted, $"{dimension} in {scope}");
                kept.Sum(f => f.Received).Should().Be(scope.Year == 2025 ? 0 : received);
            }
        }
    }

    [Fact]
    public async Task An_empty_year_says_so()
    {
        using var staff = await ClientForRoleAsync(PortalRole.Staff);
        var page = await staff.GetDocumentAsync($"{Stats}?by=Unit&year=2020");
        page.QuerySelector("#no-data")!.TextContent.Should().Contain("没有代表建议");
    }
}
