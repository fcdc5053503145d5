using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>承诺事项台账 for staff: every commitment, its state on the China date, the filters, the counts and the export.</summary>
public sealed class CommitmentsTests(PortalAppFactory app) : WebTest(app)
{
    private const string Ledger = "/Staff/Suggestions/Commitments";

    private static List<string> Listed(IHtmlDocument page) =>
        page.QuerySelectorAll("#commitment-ledger tbody tr .ledger-description").Select(e => e.TextContent.Trim()).ToList();

    private static string Count(IHtmlDocument page, string id) => page.QuerySelector($"#count-{id}")!.TextContent.Trim();

    private static string StateOf(IHtmlDocument page, int commitmentId) =>
        page.QuerySelector($"#ledger-commitment-{commitmentId} .ledger-state .badge")!.TextContent.Trim();

    [Fact]
    public async Task Ledger_lists_every_commitment_with_unit_promised_date_latest_progress_and_state_most_pressing_first()
    {
        var s = await LedgerScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync(Ledger);

        Listed(page).Should().Equal(LedgerScenario.Plan, LedgerScenario.NewSchool, LedgerScenario.Lifts, LedgerScenario.Acceptance);
        (Count(page, "total"), Count(page, "done"), Count(page, "in-progress"), Count(page, "overdue")).Should().Be(("4", "1", "1", "2"));
        var lifts = page.QuerySelector($"#ledger-commitment-{s.CommitmentId(LedgerScenario.Lifts)}")!;
        lifts.QuerySelector(".ledger-number")!.TextContent.Should().Be(s.Elevator.Number);
        lifts.QuerySelector(".ledger-suggestion a")!.GetAttribute("href").Should().Be($"/Staff/Suggestions/Details/{s.Elevator.Id}");
        lifts.QuerySelector(".ledger-unit")!.TextContent.Should().Be("示例市住房和城乡建设局");
        lifts.QuerySelector(".ledger-planned")!.TextContent.Trim().Should().Be("2026年6月30日");
        lifts.QuerySelector(".ledger-progress")!.TextContent.Should().Contain("60%");
        lifts.QuerySelector(".ledger-latest")!.TextContent.Trim().Should().Be("2026年3月20日：已完成7部");
        lifts.QuerySelector(".ledger-state")!.TextContent.Should().Contain("已逾期").And.Contain("逾期1天");
        StateOf(page, s.CommitmentId(LedgerScenario.Acceptance)).Should().Be("进行中");
        page.QuerySelector($"#ledger-commitment-{s.CommitmentId(LedgerScenario.Acceptance)} .ledger-latest")!.TextContent.Trim().Should().Be("尚未填报进展");
        StateOf(page, s.CommitmentId(LedgerScenario.Plan)).Should().Be("已完成");
        // Staff see the commitments of replies the public does not (not published, not reviewed yet).
        StateOf(page, s.CommitmentId(LedgerScenario.NewSchool)).Should().Be("已逾期");
    }

    [Fact]
    public async Task Overdue_starts_the_day_after_the_promised_date_in_China_time()
    {
        var s = await LedgerScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        var lifts = s.CommitmentId(LedgerScenario.Lifts);

        // 2026-06-30 23:59:59 in Beijing is still the promised day (15:59:59 UTC).
        App.Clock.Set(new DateTimeOffset(2026, 6, 30, 15, 59, 59, TimeSpan.Zero));
        StateOf(await staff.GetDocumentAsync(Ledger), lifts).Should().Be("进行中");
        Listed(await staff.GetDocumentAsync($"{Ledger}?overdue=true")).Should().NotContain(LedgerScenario.Lifts);

        // One second later it is 2026-07-01 in Beijing, though still 2026-06-30 in UTC.
        App.Clock.Set(new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero));
        StateOf(await staff.GetDocumentAsync(Ledger), lifts).Should().Be("已逾期");
        Listed(await staff.GetDocumentAsync($"{Ledger}?overdue=true")).Should().Contain(LedgerScenario.Lifts);
    }

    [Fact]
    public async Task Each_filter_narrows_the_ledger_and_stays_in_the_query_string()
    {
        var s = await LedgerScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

        Listed(await staff.GetDocumentAsync($"{Ledger}?overdue=true")).Should().Equal(LedgerScenario.NewSchool, LedgerScenario.Lifts);
        Listed(await staff.GetDocumentAsync($"{Ledger}?state=Done")).Should().Equal(LedgerScenario.Plan);
        Listed(await staff.GetDocumentAsync($"{Ledger}?state=InProgress")).Should().Equal(LedgerScenario.Acceptance);
        Listed(await staff.GetDocumentAsync($"{Ledger}?state=Overdue")).Should().Equal(LedgerScenario.NewSchool, LedgerScenario.Lifts);
        Listed(await staff.GetDocumentAsync($"{Ledger}?unit={Id(s.World.OtherUnit.Id)}")).Should().Equal(LedgerScenario.Plan);
        Listed(await staff.GetDocumentAsync($"{Ledger}?session={Id(s.World.Session.Id)}")).Should().HaveCount(4);
        Listed(await staff.GetDocumentAsync($"{Ledger}?year=2026")).Should().HaveCount(4);
        Listed(await staff.GetDocumentAsync($"{Ledger}?year=2025")).Should().BeEmpty();
        var between = await staff.GetDocumentAsync($"{Ledger}?session=between");
        Listed(between).Should().BeEmpty();
        between.QuerySelector("#no-results")!.TextContent.Should().Be("没有符合条件的承诺事项。");

        var filtered = await staff.GetDocumentAsync($"{Ledger}?unit={Id(s.World.Unit.Id)}&overdue=true");
        Listed(filtered).Should().Equal(LedgerScenario.NewSchool, LedgerScenario.Lifts);
        // The counts are of the unit's commitments, by state; the filter shows in the form.
        (Count(filtered, "total"), Count(filtered, "done"), Count(filtered, "in-progress"), Count(filtered, "overdue")).Should().Be(("3", "0", "1", "2"));
        filtered.QuerySelector<IHtmlSelectElement>("#unit")!.Value.Should().Be(Id(s.World.Unit.Id));
        filtered.QuerySelector<IHtmlInputElement>("#overdue")!.IsChecked.Should().BeTrue();
        filtered.QuerySelector<IHtmlAnchorElement>("#export-link")!.GetAttribute("href").Should()
            .Be($"/Staff/Suggestions/Commitments?handler=Export&unit={Id(s.World.Unit.Id)}&overdue=true");
    }

    [Fact]
    public async Task The_ledger_pages_by_fifty()
    {
        var s = await LedgerScenario.CreateAsync(App);
        var housing = Actor.Unit(s.World.Unit.Id, "住建局");
        // 48 more commitments on the pending suggestion's reply: 52 in all.
        await Data.ActAsync(s.Pending.Id, (x, rules, now, letter) => x.Reply(new Domain.Suggestions.ReplyDraft("C", "分年度实施。", "张局长", new DateOnly(2026, 7, 1), true, letter(),
            [.. Enumerable.Range(1, 48).Select(i => new Domain.Suggestions.CommitmentDraft($"分项{i:00}", new DateOnly(2027, 1, 1).AddDays(i)))]), housing, now, rules));
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var first = await staff.GetDocumentAsync(Ledger);
        Listed(first).Should().HaveCount(50);
        first.QuerySelector("#result-count")!.TextContent.Should().Be("共 52 项，第 1 页，共 2 页");
        var next = first.QuerySelector<IHtmlAnchorElement>("#next-page")!.GetAttribute("href")!;
        next.Should().Be("/Staff/Suggestions/Commitments?p=2");
        Listed(await staff.GetDocumentAsync(next)).Should().Equal("分项47", "分项48");
    }

    [Fact]
    public async Task Export_is_the_filtered_ledger_with_a_title_the_cut_off_date_and_real_numbers_and_dates()
    {
        var s = await LedgerScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await staff.GetAsync($"{Ledger}?handler=Export&unit={s.World.Unit.Id.ToString(CultureInfo.InvariantCulture)}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("承诺事项台账-2026-07-01.xlsx");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(stream).Should().Equal("承诺事项台账");
        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: false, sheetName: "承诺事项台账").Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray()).ToList();
        rows[0][0].Should().Be("代表建议承诺事项台账");
        rows[1][0].Should().Be("统计截至：2026年7月1日（共3项）");
        rows[2].Should().Equal("建议编号", "建议标题", "年度", "承办单位", "承诺事项", "计划完成日期", "进度（%）", "最近进展日期", "最近进展情况", "完成日期", "状态", "逾期天数");
        rows.Skip(3).Select(r => r[4]).Should().Equal(LedgerScenario.NewSchool, LedgerScenario.Lifts, LedgerScenario.Acceptance);
        var lifts = rows[4];
        lifts[0].Should().Be(s.Elevator.Number);
        lifts[1].Should().Be("关于加快老旧小区加装电梯的建议");
        lifts[2].Should().Be(2026d, "the year is a number");
        lifts[3].Should().Be("示例市住房和城乡建设局");
        lifts[5].Should().Be(new DateTime(2026, 6, 30), "the promised date is an Excel date");
        lifts[6].Should().Be(60d, "the progress is a number");
        lifts[7].Should().Be(new DateTime(2026, 3, 20));
        lifts[8].Should().Be("已完成7部");
        lifts[10].Should().Be("已逾期");
        lifts[11].Should().Be(1d);
        rows[5][10].Should().Be("进行中");
        rows[5][11].Should().BeNull();
    }

    [Fact]
    public async Task Export_of_the_done_commitments_carries_the_completion_date()
    {
        await LedgerScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await staff.GetAsync($"{Ledger}?handler=Export&state=Done");

        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray()).ToList();
        rows.Should().HaveCount(4);
        rows[3][4].Should().Be(LedgerScenario.Plan);
        rows[3][6].Should().Be(100d);
        rows[3][9].Should().Be(new DateTime(2026, 4, 10));
        rows[3][10].Should().Be("已完成");
    }
}
