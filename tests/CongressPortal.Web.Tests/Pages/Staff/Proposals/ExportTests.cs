using System.IO.Compression;
using System.Net;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace CongressPortal.Web.Tests.Pages.Staff.Proposals;

public sealed class ExportTests(PortalAppFactory app) : PaperworkTest(app)
{
    private const string Export = "/Staff/Proposals/Export";

    [Fact]
    public async Task The_register_has_a_row_per_registered_proposal_of_the_session_with_its_proposers_decision_and_outcome()
    {
        var (session, proposals) = await SeedDemoAsync();
        var names = await DeputyNamesAsync();
        using var staff = await StaffAsync();

        using var response = await staff.GetAsync($"{Export}?session={session}");
        using var latest = await staff.GetAsync(Export);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("第十六届人民代表大会第五次会议议案登记表.xlsx");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var content = await response.Content.ReadAsByteArrayAsync();
        (await latest.Content.ReadAsByteArrayAsync()).Length.Should().BeGreaterThan(0);
        latest.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("第十六届人民代表大会第五次会议议案登记表.xlsx", "without a session, the latest");

        await using var stream = new MemoryStream(content);
        MiniExcel.GetSheetNames(stream).Should().Equal("议案登记表");
        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: false, sheetName: "议案登记表").Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => v?.ToString()).ToArray()).ToList();
        rows[0].Should().Equal("编号", "案由", "提出者", "领衔代表", "联名代表", "登记日期", "办理状态", "主席团决定", "决定日期", "决定理由",
            "交付委员会", "报告期限", "报告日期", "审议结果日期", "审议结果", "撤回或转建议说明");
        rows.Skip(1).Select(r => r[0]).Should().Equal(proposals.Select(p => p.Number), "one row per registered proposal, in number order");

        var firstAid = proposals.Single(p => p.Subject == "关于制定《示例市院前医疗急救服务条例》的议案");
        var row = rows.Single(r => r[0] == firstAid.Number);
        row[1].Should().Be(firstAid.Subject);
        row[2].Should().Be("代表联名");
        row[3].Should().Be("李建国");
        row[4].Should().Be(string.Join("、", firstAid.CoSigners.Select(s => names[s.DeputyId])));
        row[5].Should().Be("2026-01-11");
        row[6].Should().Be("已办结");
        row[7].Should().Be("交专门委员会审议");
        row[8].Should().Be("2026-01-13");
        row[10].Should().Be("教育科学文化卫生委员会");
        row[11].Should().Be("2026-06-30");
        row[12].Should().Be("2026-06-18");
        row[14].Should().StartWith("常委会会议审议同意");

        var plan = rows.Single(r => r[1]!.Contains("规划纲要", StringComparison.Ordinal));
        (plan[2], plan[3], plan[4], plan[7]).Should().Be(("市人民政府", null, null, "列入会议议程"));
        var trees = rows.Single(r => r[1]!.Contains("古树名木", StringComparison.Ordinal));
        trees[2].Should().Be("临江区代表团");
        var withdrawn = rows.Single(r => r[7] == "撤回");
        withdrawn[6].Should().Be("已撤回");
        withdrawn[15].Should().StartWith("自治区电动自行车管理条例");
        var converted = proposals.Where(p => p.Status == ProposalStatus.ConvertedToSuggestion).ToList();
        rows.Where(r => r[7] == "作为建议处理").Select(r => r[14]).Should().HaveCount(2)
            .And.OnlyContain(text => text!.StartsWith("作为代表建议", StringComparison.Ordinal));
        var suggestions = await DbAsync(db => Task.FromResult(db.Suggestions.Where(s => s.ProposalId != null).Select(s => s.Number).ToList()));
        suggestions.Should().HaveCount(converted.Count).And.OnlyContain(n => rows.Any(r => r[14] != null && r[14]!.Contains(n, StringComparison.Ordinal)));

        // The header row stays in view (frozen pane) and the columns have their widths.
        using var zip = new ZipArchive(new MemoryStream(content));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var sheet = await reader.ReadToEndAsync();
        sheet.Should().Contain("ySplit=\"1\"").And.Contain("state=\"frozen\"").And.Contain("<x:col ");
    }

    [Fact]
    public async Task An_unknown_session_is_not_found()
    {
        using var staff = await StaffAsync();

        using var response = await staff.GetAsync($"{Export}?session=999999");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
