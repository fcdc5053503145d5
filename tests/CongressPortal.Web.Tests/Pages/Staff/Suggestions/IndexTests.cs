using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>The staff suggestion list: filters (themes included), search, keyset paging, bulk acceptance.</summary>
public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    private const string List = "/Staff/Suggestions";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The suggestion ids listed on the page, top to bottom.</summary>
    private static async Task<List<int>> ListedAsync(PortalClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        return ListedIds(page);
    }

    private static List<int> ListedIds(IHtmlDocument page) =>
        page.QuerySelectorAll("#suggestions tbody tr").Select(tr => int.Parse(tr.Id!["suggestion-".Length..], CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public async Task Each_filter_narrows_the_list_to_the_matching_suggestions_newest_first()
    {
        var s = await ListScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        (await ListedAsync(staff, List)).Should().Equal(s.BetweenSessions.Id, s.Handling.Id, s.Overdue.Id, s.Accepted.Id, s.Submitted.Id);
        (await ListedAsync(staff, $"{List}?session={s.World.Session.Id}")).Should().Equal(s.Handling.Id, s.Overdue.Id, s.Accepted.Id, s.Submitted.Id);
        (await ListedAsync(staff, $"{List}?session=between")).Should().Equal(s.BetweenSessions.Id);
        (await ListedAsync(staff, $"{List}?year=2025")).Should().Equal(s.BetweenSessions.Id);
        (await ListedAsync(staff, $"{List}?year=2026")).Should().Equal(s.Handling.Id, s.Overdue.Id, s.Accepted.Id, s.Submitted.Id);
        (await ListedAsync(staff, $"{List}?status=Submitted")).Should().Equal(s.Submitted.Id);
        (await ListedAsync(staff, $"{List}?status=Accepted")).Should().Equal(s.BetweenSessions.Id, s.Accepted.Id);
        (await ListedAsync(staff, $"{List}?status=Handling")).Should().Equal(s.Handling.Id, s.Overdue.Id);
        (await ListedAsync(staff, $"{List}?category={s.Social.Id}")).Should().Equal(s.Accepted.Id);
        (await ListedAsync(staff, $"{List}?unit={s.World.Unit.Id}")).Should().Equal(s.Handling.Id);
        (await ListedAsync(staff, $"{List}?unit={s.World.OtherUnit.Id}")).Should().Equal(s.Handling.Id, s.Overdue.Id);
        // 王秀英 leads the between-session one and co-signs the submitted one.
        (await ListedAsync(staff, $"{List}?deputy=王秀英")).Should().Equal(s.BetweenSessions.Id, s.Submitted.Id);
        (await ListedAsync(staff, $"{List}?deputy=李建国")).Should().Equal(s.Handling.Id, s.Overdue.Id, s.Accepted.Id, s.Submitted.Id);
        (await ListedAsync(staff, $"{List}?key=true")).Should().Equal(s.Handling.Id);
        (await ListedAsync(staff, $"{List}?overdue=true")).Should().Equal(s.Overdue.Id);
        (await ListedAsync(staff, $"{List}?due=true")).Should().Equal(s.Handling.Id);
        (await ListedAsync(staff, $"{List}?status=Handling&unit={s.World.OtherUnit.Id}&overdue=true")).Should().Equal(s.Overdue.Id);

        var none = await staff.GetDocumentAsync($"{List}?status=Closed");
        none.QuerySelector("#no-results")!.TextContent.Should().Be("没有符合条件的建议。");
    }

    [Fact]
    public async Task The_filter_form_keeps_what_was_chosen_and_the_export_link_carries_the_same_filter()
    {
        var s = await ListScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync($"{List}?session={s.World.Session.Id}&status=Handling&unit={s.World.OtherUnit.Id}&deputy=李建国&key=true&q=学校");

        page.QuerySelector<IHtmlSelectElement>("#session")!.Value.Should().Be(Id(s.World.Session.Id));
        page.QuerySelector<IHtmlSelectElement>("#status")!.Value.Should().Be("Handling");
        page.QuerySelector<IHtmlSelectElement>("#unit")!.Value.Should().Be(Id(s.World.OtherUnit.Id));
        page.QuerySelector<IHtmlInputElement>("#deputy")!.Value.Should().Be("李建国");
        page.QuerySelector<IHtmlInputElement>("#q")!.Value.Should().Be("学校");
        page.QuerySelector<IHtmlInputElement>("#key")!.IsChecked.Should().BeTrue();
        page.QuerySelector<IHtmlInputElement>("#overdue")!.IsChecked.Should().BeFalse();
        page.QuerySelector("#result-count")!.TextContent.Should().Be("共 1 件");
        page.QuerySelector("#export-link")!.GetAttribute("href").Should().Be(
            $"/Staff/Suggestions/Export?session={s.World.Session.Id}&status=Handling&unit={s.World.OtherUnit.Id}&deputy=%E6%9D%8E%E5%BB%BA%E5%9B%BD&key=true&q=%E5%AD%A6%E6%A0%A1");
        page.QuerySelector("#due + label")!.TextContent.Should().Be("15天内到期", "the due-soon window comes from the settings");
    }

    [Fact]
    public async Task Rows_show_the_units_with_the_lead_marked_the_status_and_the_days_left_in_words()
    {
        var s = await ListScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync(List);

        var handling = page.QuerySelector($"#suggestion-{s.Handling.Id}")!;
        handling.QuerySelector(".suggestion-number")!.TextContent.Should().Be(s.Handling.Number);
        handling.QuerySelector(".suggestion-title a")!.GetAttribute("href").Should().Be($"/Staff/Suggestions/Details/{s.Handling.Id}");
        handling.QuerySelector(".suggestion-title .badge")!.TextContent.Should().Be("重点");
        handling.QuerySelector(".suggestion-units")!.TextContent.Trim().Should().Be("示例市住房和城乡建设局（主办）、示例市交通运输局（协办）");
        handling.QuerySelector(".suggestion-status")!.TextContent.Should().Be("办理中");
        // Assigned 2026-04-01: due 2026-07-01; today is 2026-06-20.
        handling.QuerySelector(".suggestion-due")!.TextContent.Should().Contain("2026年7月1日").And.Contain("剩11天");
        var overdue = page.QuerySelector($"#suggestion-{s.Overdue.Id}")!;
        overdue.QuerySelector(".suggestion-units")!.TextContent.Trim().Should().Be("示例市交通运输局");
        // Assigned 2026-03-02: due 2026-06-02.
        overdue.QuerySelector(".suggestion-due")!.TextContent.Should().Contain("2026年6月2日").And.Contain("已逾期18天");
        overdue.QuerySelector(".suggestion-title .badge").Should().BeNull();
        var submitted = page.QuerySelector($"#suggestion-{s.Submitted.Id}")!;
        submitted.QuerySelector(".suggestion-status")!.TextContent.Should().Be("待审查");
        submitted.QuerySelector(".suggestion-units")!.TextContent.Trim().Should().Be("—");
        submitted.QuerySelector(".suggestion-due")!.TextContent.Trim().Should().Be("—");
        submitted.QuerySelectorAll("td")[2].TextContent.Should().Be("李建国");
        page.QuerySelector("a[href='/Staff/Suggestions/Create']")!.TextContent.Should().Be("登记建议");
        page.QuerySelector("a[href='/Staff/Suggestions/Import']")!.TextContent.Should().Be("批量导入");
    }

    [Fact]
    public async Task Search_finds_a_two_character_chinese_term_in_the_content_and_not_unrelated_rows()
    {
        var s = await ListScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        // “公交” appears only in the content of the accepted suggestion (its title says 专用道 only).
        (await ListedAsync(staff, $"{List}?q=公交")).Should().Equal(s.Accepted.Id);
        (await ListedAsync(staff, $"{List}?q=电梯")).Should().Equal(s.Submitted.Id);
        (await ListedAsync(staff, $"{List}?q=食品安全")).Should().Equal(s.BetweenSessions.Id);
        (await ListedAsync(staff, $"{List}?q=地铁")).Should().BeEmpty();
        // Two words: both must occur.
        (await ListedAsync(staff, $"{List}?q=学校 配套")).Should().Equal(s.Handling.Id);
        (await ListedAsync(staff, $"{List}?q=学校 电梯")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_unit_that_handed_its_part_back_no_longer_lists_it_and_the_replacement_unit_does()
    {
        var s = await ListScenario.CreateAsync(App);
        var returned = await Data.SuggestionAsync(s.World, "关于优化公交线路的建议", "建议优化公交线路。", withCoSigner: false);
        await Data.AssignedSuggestionAsync(returned.Id, s.World.OtherUnit.Id);
        await Data.ActAsync(returned.Id, (x, rules, now) =>
        {
            x.RequestReturn("不属于本单位职责", Actor.Unit(s.World.OtherUnit.Id, "测试承办人"), now);
            x.ApproveReturn(x.Assignments[0].Id, s.World.Unit.Id, Actor.Staff("测试工作人员"), now, rules, confirmed: true);
        });
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        (await ListedAsync(staff, $"{List}?unit={s.World.OtherUnit.Id}")).Should().Equal(s.Handling.Id, s.Overdue.Id);
        (await ListedAsync(staff, $"{List}?unit={s.World.Unit.Id}")).Should().Equal(returned.Id, s.Handling.Id);
        (await ListedAsync(staff, $"{List}?overdue=true")).Should().Equal(s.Overdue.Id);
    }

    [Fact]
    public async Task A_phrase_matches_where_its_characters_are_adjacent_not_where_its_bigrams_are_scattered()
    {
        var s = await ListScenario.CreateAsync(App);
        // Every bigram of 加装电梯 occurs (装电, 加装, 电梯), but never in a row.
        var scattered = await Data.SuggestionAsync(s.World, "关于更换老旧电表的建议", "建议统一更换装电表，小区加装，楼道电梯维修。");
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        (await ListedAsync(staff, $"{List}?q=加装电梯")).Should().Equal(s.Submitted.Id);
        (await ListedAsync(staff, $"{List}?q=加装电")).Should().Equal(s.Submitted.Id);
        (await ListedAsync(staff, $"{List}?q=装电表")).Should().Equal(scattered.Id);
        (await ListedAsync(staff, $"{List}?q=电梯")).Should().Equal(scattered.Id, s.Submitted.Id);
        (await ListedAsync(staff, $"{List}?q=加装电梯 补贴")).Should().Equal(s.Submitted.Id);
        (await ListedAsync(staff, $"{List}?q=加装电梯 电表")).Should().BeEmpty();
        (await ListedAsync(staff, $"{List}?q=加装电梯&session={s.World.Session.Id}")).Should().Equal(s.Submitted.Id);
    }

    /// <summary>
    /// Above <see cref="CongressPortal.Web.Pages.Staff.Suggestions.IndexModel.CountCap"/> matches the page is read walking the
    /// newest suggestions (bitmap scans off for that query): the same rows, newest first, scattered bigrams still left out.
    /// The matches are copies of one suggestion made in SQL (a thousand through the workflow would take minutes).
    /// </summary>
    [Fact]
    public async Task A_phrase_with_more_matches_than_the_count_cap_pages_the_same_rows_newest_first()
    {
        const int Cap = CongressPortal.Web.Pages.Staff.Suggestions.IndexModel.CountCap, PageSize = CongressPortal.Web.Pages.Staff.Suggestions.IndexModel.PageSize;
        var s = await ListScenario.CreateAsync(App);
        var scattered = await Data.SuggestionAsync(s.World, "关于更换老旧电表的建议", "建议统一更换装电表，小区加装，楼道电梯维修。", withCoSigner: false);
        var copies = await DbAsync(async db =>
        {
            var columns = await db.Database.SqlQueryRaw<string>(
                "SELECT column_name AS \"Value\" FROM information_schema.columns WHERE table_name = 'suggestions' AND is_generated = 'NEVER' ORDER BY ordinal_position").ToListAsync();
            var values = columns.Select(c => c switch
            {
                "id" => "id + 1000000 + g",
                "number" => "number || '-' || g",
                "sequence" => "sequence + 100000 + g",
                _ => c,
            });
            // Column names from the catalogue, numbers from the test: nothing typed by a user goes into this SQL.
            var sql = $"INSERT INTO suggestions ({string.Join(", ", columns)}) SELECT {string.Join(", ", values)} FROM suggestions, generate_series(1, {Cap + 40}) g WHERE id = {s.Submitted.Id}";
            await db.Database.ExecuteSqlRawAsync(sql);
            return await db.Suggestions.Where(x => x.Id > s.Submitted.Id + 1000000).Select(x => x.Id).OrderByDescending(id => id).ToListAsync();
        });
        copies.Should().HaveCount(Cap + 40);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var first = await staff.GetDocumentAsync($"{List}?q=加装电梯");
        ListedIds(first).Should().Equal(copies.Take(PageSize));
        first.GetElementById("result-count")!.TextContent.Should().StartWith($"超过 {Cap} 件");
        (await ListedAsync(staff, $"{List}?q=加装电梯&after={copies[PageSize - 1]}")).Should().Equal(copies.Skip(PageSize).Take(PageSize));
        (await ListedAsync(staff, $"{List}?q=加装电梯&session={s.World.Session.Id}&after={copies[^2]}")).Should().Equal(copies[^1], s.Submitted.Id);
        (await ListedAsync(staff, $"{List}?q=装电表")).Should().Equal(scattered.Id);
    }

    [Fact]
    public async Task Search_matches_the_number_exactly_or_by_its_digits()
    {
        var s = await ListScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        s.Accepted.Number.Should().Be("十六届五次会议第002号");
        (await ListedAsync(staff, $"{List}?q={Uri.EscapeDataString(s.Accepted.Number)}")).Should().Equal(s.Accepted.Id);
        (await ListedAsync(staff, $"{List}?q=002")).Should().Equal(s.Accepted.Id);
        (await ListedAsync(staff, $"{List}?q=第003号")).Should().Equal(s.Overdue.Id);
        (await ListedAsync(staff, $"{List}?q={Uri.EscapeDataString(s.BetweenSessions.Number)}")).Should().Equal(s.BetweenSessions.Id);
    }

    [Fact]
    public async Task Keyset_paging_shows_50_per_page_and_the_next_page_continues_without_overlap()
    {
        var world = await Data.SuggestionWorldAsync();
        var created = await BatchAsync(world, 55);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var first = await staff.GetDocumentAsync(List);
        var firstIds = ListedIds(first);
        firstIds.Should().HaveCount(50).And.BeInDescendingOrder();
        firstIds[0].Should().Be(created.Max());
        first.QuerySelector("#result-count")!.TextContent.Should().Be("共 55 件");
        first.QuerySelector("#previous-page").Should().BeNull();
        var next = first.QuerySelector("#next-page")!.GetAttribute("href")!;
        next.Should().Be($"/Staff/Suggestions?after={firstIds[^1]}");

        var second = await staff.GetDocumentAsync(next);
        var secondIds = ListedIds(second);
        secondIds.Should().HaveCount(5).And.BeInDescendingOrder();
        secondIds.Should().OnlyContain(id => id < firstIds.Min());
        firstIds.Concat(secondIds).Should().BeEquivalentTo(created);
        second.QuerySelector("#result-count")!.TextContent.Should().Be("共 55 件", "the count is for the whole filter");
        second.QuerySelector("#next-page").Should().BeNull();

        var back = await staff.GetDocumentAsync(second.QuerySelector("#previous-page")!.GetAttribute("href")!);
        ListedIds(back).Should().Equal(firstIds, "上一页 goes back to exactly the first page");
        back.QuerySelector("#previous-page").Should().BeNull();
    }

    [Fact]
    public async Task Paging_keeps_the_filter()
    {
        var world = await Data.SuggestionWorldAsync();
        var created = await BatchAsync(world, 52);
        // Two of them accepted: a filtered list of 50 submitted ones fits on one page, 52 in all do not.
        await Data.ActAsync(created[0], (s, _, now) => s.Accept(Actor.Staff("测试工作人员"), now));
        await Data.ActAsync(created[1], (s, _, now) => s.Accept(Actor.Staff("测试工作人员"), now));
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var submitted = await staff.GetDocumentAsync($"{List}?status=Submitted");
        ListedIds(submitted).Should().HaveCount(50).And.NotContain([created[0], created[1]]);
        submitted.QuerySelector("#next-page").Should().BeNull();
        var all = await staff.GetDocumentAsync($"{List}?year=2026");
        all.QuerySelector("#next-page")!.GetAttribute("href").Should().Be($"/Staff/Suggestions?year=2026&after={ListedIds(all)[^1]}");
    }

    [Fact]
    public async Task Staff_accept_the_ticked_submitted_suggestions_in_one_go()
    {
        var world = await Data.SuggestionWorldAsync();
        var created = await BatchAsync(world, 3);
        await Data.ActAsync(created[2], (s, _, now) => s.Accept(Actor.Staff("测试工作人员"), now));
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        var page = await staff.GetDocumentAsync(List);
        page.QuerySelectorAll("#accept-form input[name=selected]").Should().HaveCount(2, "only 待审查 rows can be ticked");
        foreach (var box in page.QuerySelectorAll<IHtmlInputElement>("#accept-form input[name=selected]")) box.IsChecked = true;

        using var response = await staff.SubmitFormAsync(page, new Dictionary<string, string?>(), "#accept-form");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(List);
        var statuses = await DbAsync(db => db.Suggestions.OrderBy(s => s.Id).Select(s => s.Status).ToListAsync());
        statuses.Should().Equal(SuggestionStatus.Accepted, SuggestionStatus.Accepted, SuggestionStatus.Accepted);
        var after = await staff.GetDocumentAsync(List);
        after.QuerySelector(".alert-success")!.TextContent.Should().Contain("已立案 2 件建议");
        (await DbAsync(db => db.Suggestions.SelectMany(s => s.Events).CountAsync(e => e.Kind == SuggestionEventKind.Accepted))).Should().Be(3);
    }

    [Fact]
    public async Task Bulk_accept_reports_a_suggestion_changed_since_the_list_was_shown_and_accepts_the_rest()
    {
        var world = await Data.SuggestionWorldAsync();
        var created = await BatchAsync(world, 2);
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        var page = await staff.GetDocumentAsync(List);
        foreach (var box in page.QuerySelectorAll<IHtmlInputElement>("#accept-form input[name=selected]")) box.IsChecked = true;
        // Someone accepts the first one meanwhile.
        await Data.ActAsync(created[0], (s, _, now) => s.Accept(Actor.Staff("另一位工作人员"), now));

        using var response = await staff.SubmitFormAsync(page, new Dictionary<string, string?>(), "#accept-form");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await staff.GetDocumentAsync(response.Headers.Location!.OriginalString);
        after.QuerySelector(".alert-success")!.TextContent.Should().Contain("已立案 1 件建议");
        after.QuerySelector(".alert-danger")!.TextContent.Should().Contain("1 件未能立案").And.Contain("十六届五次会议第001号");
        (await DbAsync(db => db.Suggestions.SelectMany(s => s.Events).CountAsync(e => e.Kind == SuggestionEventKind.Accepted))).Should().Be(2);
    }

    /// <summary>Registers <paramref name="count"/> suggestions in one registrar call (one transaction): cheap bulk data.</summary>
    private async Task<List<int>> BatchAsync(TestData.SuggestionWorld world, int count)
    {
        var drafts = Enumerable.Range(1, count)
            .Select(i => new SuggestionDraft(SuggestionSource.DuringSession, world.Session.Id, 2026, world.Lead.Id, [],
                $"关于第{i}件事项的建议", $"建议内容第{i}件。", world.Category.Id, new DateOnly(2026, 1, 12)))
            .ToList();
        var result = await ServiceAsync<SuggestionRegistrar, Web.Infrastructure.CommandResult<IReadOnlyList<Suggestion>>>(
            registrar => registrar.RegisterAsync(drafts, Actor.Staff("测试工作人员"), null, null, default));
        result.IsSuccess.Should().BeTrue(result.Error);
        return result.Value!.Select(s => s.Id).ToList();
    }

    [Fact]
    public async Task The_list_shows_the_suggestions_bundled_under_a_theme_and_keeps_the_theme_when_filtering_further()
    {
        var world = await Data.SuggestionWorldAsync();
        var bundled = await Data.SuggestionAsync(world, "关于加装电梯的建议");
        var other = await Data.SuggestionAsync(world, "关于增设公交站点的建议");
        var theme = await DbAsync(async db =>
        {
            var t = SuggestionTheme.Create("老旧小区改造", 2026, null);
            db.SuggestionThemes.Add(t);
            await db.SaveChangesAsync();
            return t;
        });
        await Data.AssignedSuggestionAsync(bundled.Id, world.Unit.Id);
        await Data.AssignedSuggestionAsync(other.Id, world.Unit.Id);
        await Data.ActAsync(bundled.Id, (s, _, now) => s.ChangeTheme(theme.Id, theme.Name, Actor.Staff("王工作"), now));
        using var staff = await ClientForRoleAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync($"/Staff/Suggestions?theme={theme.Id}");

        var titles = page.QuerySelectorAll("#suggestions tbody tr").Select(r => r.TextContent).ToList();
        titles.Should().ContainSingle().Which.Should().Contain("关于加装电梯的建议");
        page.QuerySelector("#theme-filter")!.TextContent.Should().Contain("打捆督办主题");
        page.QuerySelector("#suggestion-filter input[name='theme']")!.GetAttribute("value").Should().Be(theme.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("#result-count")!.TextContent.Should().Be("共 1 件");

        // The export link of this list exports this list: the theme's suggestion only.
        using var export = await staff.GetAsync(page.QuerySelector("#export-link")!.GetAttribute("href")!);
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var numbers = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r["编号"]?.ToString()).ToList();
        numbers.Should().Equal(bundled.Number);
    }
}
