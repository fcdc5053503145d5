using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Pages.Staff.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

public sealed class ExportTests(PortalAppFactory app) : WebTest(app)
{
    private const string Export = "/Staff/Suggestions/Export";
    private const string AssignmentList = "/Staff/Suggestions/ExportUnit";

    private static readonly string[] Headers =
    [
        "编号", "标题", "来源", "会议", "领衔代表", "附议代表", "类别", "收到日期", "状态", "办理方式",
        "承办单位", "交办日期", "答复期限", "答复日期", "答复分类", "满意度", "是否重点",
    ];

    private static async Task<List<string?[]>> ReadAsync(HttpResponseMessage response, string sheet)
    {
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(stream).Should().Equal(sheet);
        stream.Position = 0;
        return stream.Query(useHeaderRow: false, sheetName: sheet)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v?.ToString()).ToArray())
            .ToList();
    }

    [Fact]
    public async Task Export_of_a_filtered_list_is_an_xlsx_of_all_matching_suggestions_with_chinese_headers()
    {
        var s = await ListScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await staff.GetAsync($"{Export}?status=Handling");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("代表建议列表-2026-06-20.xlsx");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var rows = await ReadAsync(response, "建议列表");
        rows[0].Should().Equal(Headers);
        rows.Skip(1).Select(r => r[0]).Should().Equal(s.Handling.Number, s.Overdue.Number);
        rows[1].Should().Equal(
            s.Handling.Number, "关于新建中小学校的建议", "会议期间", "第十六届人民代表大会第五次会议", "李建国", null, "城乡建设", "2026-01-12",
            "办理中", "会同办理", "示例市住房和城乡建设局（主办）、示例市交通运输局（协办）", "2026-04-01", "2026-07-01", null, null, null, "是");
        rows[2].Should().Equal(
            s.Overdue.Number, "关于整治背街小巷环境卫生的建议", "会议期间", "第十六届人民代表大会第五次会议", "李建国", null, "城乡建设", "2026-01-12",
            "办理中", "分别办理", "示例市交通运输局", "2026-03-02", "2026-06-02", null, null, null, "否");
    }

    [Fact]
    public async Task Export_holds_every_page_of_the_list_and_the_columns_of_a_replied_and_rated_suggestion()
    {
        var s = await ListScenario.CreateAsync(App);
        // The overdue one finally gets an A-class reply, which 李建国 rates 基本满意.
        await Data.ActAsync(s.Overdue.Id, (x, rules, now, letter) => x.Reply(TestData.ReplyA(ListScenario.Today, letter()), Actor.Unit(s.World.OtherUnit.Id, "测试承办人"), now, rules));
        await Data.ActAsync(s.Overdue.Id, (x, rules, now) =>
            x.Rate(x.Assignments[0].Replies[0].Id, Satisfaction.BasicallySatisfied, null, Actor.Deputy(s.World.Lead.Id, "李建国"), now, rules));
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var response = await staff.GetAsync(Export);

        var rows = await ReadAsync(response, "建议列表");
        rows.Should().HaveCount(6, "the header and all five suggestions");
        var replied = rows.Single(r => r[0] == s.Overdue.Number);
        replied[8].Should().Be("已答复");
        replied[12].Should().Be("2026-06-02", "the deadline the unit answered to");
        replied[13].Should().Be("2026-06-20");
        replied[14].Should().Be("A 已解决或基本解决");
        replied[15].Should().Be("基本满意");
        var submitted = rows.Single(r => r[0] == s.Submitted.Number);
        submitted[5].Should().Be("王秀英");
        submitted[8].Should().Be("待审查");
        submitted[9].Should().BeNull();
        var between = rows.Single(r => r[0] == s.BetweenSessions.Number);
        between[2].Should().Be("闭会期间");
        between[3].Should().Be("闭会期间");
        between[4].Should().Be("王秀英");
        between[7].Should().Be("2025-11-03");
    }

    private static async Task<List<object?[]>> ReadCellsAsync(HttpResponseMessage response, string sheet)
    {
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(stream).Should().Equal(sheet);
        stream.Position = 0;
        return [.. stream.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().Select(r => r.Values.ToArray())];
    }

    /// <summary>ListScenario plus a split suggestion handed back by 交通运输局 on 20 June and reassigned to 住建局.</summary>
    private async Task<(ListScenario S, Suggestion Returned)> ReturnedAsync()
    {
        var s = await ListScenario.CreateAsync(App);
        var returned = await Data.SuggestionAsync(s.World, "关于优化公交线路的建议", "建议优化公交线路。", withCoSigner: false);
        await Data.AssignedSuggestionAsync(returned.Id, s.World.OtherUnit.Id);
        await Data.ActAsync(returned.Id, (x, rules, now) =>
        {
            x.RequestReturn("不属于本单位职责", Actor.Unit(s.World.OtherUnit.Id, "测试承办人"), now);
            x.ApproveReturn(x.Assignments[0].Id, s.World.Unit.Id, Actor.Staff("测试工作人员"), now, rules, confirmed: true);
        });
        return (s, returned);
    }

    [Fact]
    public async Task The_assignment_list_offers_the_units_batches_newest_first_without_parts_handed_back()
    {
        var (s, _) = await ReturnedAsync();
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var other = await staff.GetDocumentAsync($"{AssignmentList}?unit={s.World.OtherUnit.Id}");
        var unit = await staff.GetDocumentAsync($"{AssignmentList}?unit={s.World.Unit.Id}");

        other.QuerySelector("h1")!.TextContent.Should().Be("交办清单：示例市交通运输局");
        other.QuerySelectorAll("#batches tbody tr").Select(r => r.Children[0].TextContent + "/" + r.Children[1].TextContent)
            .Should().Equal("2026年4月1日/1", "2026年3月2日/1");
        other.QuerySelectorAll(".batch-list-link").Select(a => a.GetAttribute("href"))
            .Should().Equal($"{AssignmentList}?unit={s.World.OtherUnit.Id}&on=2026-04-01", $"{AssignmentList}?unit={s.World.OtherUnit.Id}&on=2026-03-02");
        other.QuerySelectorAll(".batch-notice-link").Select(a => a.GetAttribute("href")).First()
            .Should().Be($"/Staff/Suggestions/Notice?unitId={s.World.OtherUnit.Id}&on=2026-04-01");
        unit.QuerySelectorAll("#batches tbody tr").Select(r => r.Children[0].TextContent).Should().Equal("2026年6月20日", "2026年4月1日");
    }

    [Fact]
    public async Task The_assignment_list_of_a_batch_holds_only_that_days_parts_with_a_title_and_numeric_cells()
    {
        var (s, returned) = await ReturnedAsync();
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var march = await staff.GetAsync($"{AssignmentList}?unit={s.World.OtherUnit.Id}&on=2026-03-02");
        using var april = await staff.GetAsync($"{AssignmentList}?unit={s.World.Unit.Id}&on=2026-04-01");
        using var june = await staff.GetAsync($"{AssignmentList}?unit={s.World.Unit.Id}&on=2026-06-20");
        using var handedBack = await staff.GetAsync($"{AssignmentList}?unit={s.World.OtherUnit.Id}&on=2026-06-20");

        march.StatusCode.Should().Be(HttpStatusCode.OK);
        march.Headers.CacheControl!.NoStore.Should().BeTrue();
        march.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("交办清单-示例市交通运输局-2026-03-02.xlsx");
        var rows = await ReadCellsAsync(march, "交办清单");
        rows[0][0].Should().Be("市十六届人大五次会议代表建议交办清单（示例市交通运输局）");
        rows[1][0].Should().Be("交办日期：2026年3月2日，共1件；导出时间（统计截至）：" + ChinaTime.FormatDateTime(new DateTimeOffset(2026, 6, 20, 1, 0, 0, TimeSpan.Zero)) + "");
        rows[2].Should().Equal("序号", "建议编号", "建议标题", "领衔代表", "办理方式", "其他承办单位", "交办日期", "办理期限");
        rows.Skip(3).Should().ContainSingle().Which.Should().Equal(
            1d, s.Overdue.Number, "关于整治背街小巷环境卫生的建议", "李建国", "分别办理", null, new DateTime(2026, 3, 2), new DateTime(2026, 6, 2));

        var aprilRows = (await ReadCellsAsync(april, "交办清单")).Skip(3).ToList();
        aprilRows.Should().ContainSingle().Which[1].Should().Be(s.Handling.Number);
        aprilRows[0][4].Should().Be("会同办理（主办）");
        aprilRows[0][5].Should().Be("示例市交通运输局（协办）");
        (await ReadCellsAsync(june, "交办清单")).Skip(3).Should().ContainSingle().Which[1].Should().Be(returned.Number);
        handedBack.StatusCode.Should().Be(HttpStatusCode.NotFound, "a part handed back is no longer the unit's");
    }

    [Fact]
    public async Task The_assignment_list_without_a_unit_goes_back_to_the_list_and_an_unknown_unit_is_not_found()
    {
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var missing = await staff.GetAsync(AssignmentList);
        using var unknown = await staff.GetAsync($"{AssignmentList}?unit=999999");

        missing.StatusCode.Should().Be(HttpStatusCode.Redirect);
        missing.Headers.Location!.OriginalString.Should().Be("/Staff/Suggestions");
        (await staff.GetDocumentAsync("/Staff/Suggestions")).QuerySelector(".alert-danger")!.TextContent.Should().Be(ExportUnitModel.ChooseUnit);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_offers_the_assignment_list_form_with_the_units()
    {
        var s = await ListScenario.CreateAsync(App);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync($"/Staff/Suggestions?session={s.World.Session.Id}");

        var form = page.QuerySelector("#assignment-list-form")!;
        form.GetAttribute("action").Should().Be(AssignmentList);
        form.QuerySelectorAll("select[name=unit] option").Select(o => o.TextContent).Should().Contain(["示例市住房和城乡建设局", "示例市交通运输局"]);
        form.QuerySelector("input[name=session]").Should().BeNull("the list is chosen by batch, not by the list's filter");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
